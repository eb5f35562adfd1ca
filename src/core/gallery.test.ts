import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeLink } from './gallery.js';

describe('relativeLink', () => {
  it('links up out of the page folder, and starts a file name beside it with ./ so it never reads as a URL scheme', () => {
    const root = path.resolve('/repo');
    expect(relativeLink(path.join(root, 'shotlist-gallery'), path.join(root, 'generated/a/x.webp'))).toBe(
      '../generated/a/x.webp',
    );
    expect(relativeLink(root, path.join(root, 'javascript:alert(1)'))).toBe('./javascript:alert(1)');
  });
});
