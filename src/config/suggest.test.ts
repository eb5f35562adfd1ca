import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './suggest.js';

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('formt', 'format')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests only close candidates', () => {
    expect(closest('pdp-mian', ['grid', 'pdp-main', 'hero'])).toBe('pdp-main');
    expect(closest('maxAtempts', ['maxAttempts', 'rerolls'])).toBe('maxAttempts');
    expect(closest('background', ['aspect', 'size'])).toBeUndefined();
    expect(didYouMean('colour', ['color', 'name'])).toBe('; did you mean "color"?');
    expect(didYouMean('zzz', ['color', 'name'])).toBe('');
  });
});
