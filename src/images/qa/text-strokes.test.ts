import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strokeMaps } from './text-strokes.js';

/** Closing and opening by brute force: the definition the fast filters must match. */
function naive(
  grey: number[],
  width: number,
  height: number,
  k: number,
): { dark: number[]; light: number[] } {
  const r = k >> 1;
  const at = (src: number[], x: number, y: number, max: boolean) => {
    let m = max ? -Infinity : Infinity;
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        const xx = x + dx;
        const yy = y + dy;
        if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
        const v = src[yy * width + xx]!;
        m = max ? Math.max(m, v) : Math.min(m, v);
      }
    }
    return m;
  };
  const pass = (src: number[], max: boolean) =>
    src.map((_, i) => at(src, i % width, Math.floor(i / width), max));
  const closing = pass(pass(grey, true), false);
  const opening = pass(pass(grey, false), true);
  return { dark: grey.map((v, i) => closing[i]! - v), light: grey.map((v, i) => v - opening[i]!) };
}

describe('stroke maps (top-hats)', () => {
  it('match brute-force closing and opening for any image and odd element', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 144, maxLength: 144 }),
        (width, height, half, pixels) => {
          const grey = pixels.slice(0, width * height);
          const k = 2 * half + 1;
          const fast = strokeMaps(grey, width, height, k);
          const slow = naive(grey, width, height, k);
          expect([...fast.dark]).toEqual(slow.dark);
          expect([...fast.light]).toEqual(slow.light);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep thin dark and light strokes on a gradient and drop the gradient and broad shapes', () => {
    const width = 60;
    const height = 20;
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) grey[y * width + x] = 60 + 3 * x;
    }
    // A 3 px dark stroke at x 10-12, a 2 px light one at x 18-19 and a 30 px dark block at x 25-54.
    for (let y = 0; y < height; y++) {
      for (let x = 10; x <= 12; x++) grey[y * width + x] = 20;
      for (let x = 18; x <= 19; x++) grey[y * width + x] = 250;
      for (let x = 25; x <= 54; x++) grey[y * width + x] = 20;
    }
    const { dark, light } = strokeMaps(grey, width, height, 7);
    const row = 10 * width;
    expect(dark[row + 11]).toBeGreaterThan(60);
    expect(dark[row + 5]).toBe(0);
    expect(dark[row + 40]).toBe(0);
    expect(light[row + 18]).toBeGreaterThan(100);
    expect(light[row + 40]).toBe(0);
    expect(light[row + 5]).toBeLessThanOrEqual(9);
  });
});
