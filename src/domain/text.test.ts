import { describe, expect, it } from 'vitest';
import { article, plural } from './text.js';

describe('plural and article', () => {
  it('counts', () => {
    expect(plural(1, 'image')).toBe('1 image');
    expect(plural(0, 'image')).toBe('0 images');
    expect(plural(2, 'shot')).toBe('2 shots');
    expect(plural(3, 'candidate x', 'candidates x')).toBe('3 candidates x');
  });
  it('a or an', () => {
    expect(`${article('OpenAI')} OpenAI`).toBe('an OpenAI');
    expect(`${article('Gemini')} Gemini`).toBe('a Gemini');
    expect(`${article('image')} image`).toBe('an image');
    expect(`${article('unique')} unique`).toBe('a unique');
    expect(`${article('update')} update`).toBe('an update');
  });
});
