import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floodFromBorder } from './border-flood.js';

/** The plain per-pixel flood the run-based one must agree with. */
function naive(values: Uint8Array, w: number, h: number, limit: number) {
  const reached = new Uint8Array(w * h);
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    const i = y * w + x;
    if (reached[i] || values[i]! >= limit) return;
    reached[i] = 1;
    stack.push(i);
  };
  for (let x = 0; x < w; x++) {
    push(x, 0);
    push(x, h - 1);
  }
  for (let y = 0; y < h; y++) {
    push(0, y);
    push(w - 1, y);
  }
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % w;
    const y = (i - x) / w;
    push(x - 1, y);
    push(x + 1, y);
    push(x, y - 1);
    push(x, y + 1);
  }
  const enclosed = reached.map((r) => 1 - r);
  const border = new Set<number>();
  for (let i = 0; i < w * h; i++) {
    if (!reached[i]) continue;
    const x = i % w;
    const y = (i - x) / w;
    const out = (xx: number, yy: number) =>
      xx >= 0 && yy >= 0 && xx < w && yy < h && enclosed[yy * w + xx] === 1;
    if (out(x - 1, y) || out(x + 1, y) || out(x, y - 1) || out(x, y + 1)) border.add(i);
  }
  return { enclosed, border };
}

describe('floodFromBorder', () => {
  it('agrees with a per-pixel flood on random pictures (enclosed pixels and the border round them)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(
          fc.integer({ min: 0, max: 15 }).map((v) => (v < 9 ? 0 : v - 6)),
          { minLength: 576, maxLength: 576 },
        ),
        (w, h, limit, cells) => {
          const values = Uint8Array.from(cells.slice(0, w * h));
          const got = floodFromBorder(values, w, h, limit, true);
          const want = naive(values, w, h, limit);
          expect(Array.from(got.enclosed)).toEqual(Array.from(want.enclosed));
          expect(new Set(got.border)).toEqual(want.border);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('fills a ring-shaped product with its hole, and lists the pixels just outside it', () => {
    // 7x7: a ring of product (9) round a hole of backdrop (0), on backdrop.
    const w = 7;
    const values = new Uint8Array(w * w);
    for (let y = 1; y <= 5; y++) for (let x = 1; x <= 5; x++) values[y * w + x] = 9;
    values[3 * w + 3] = 0;
    const { enclosed, border } = floodFromBorder(values, w, w, 4, true);
    expect(enclosed[3 * w + 3]).toBe(1); // the hole is enclosed
    expect(enclosed[0]).toBe(0);
    expect(Array.from(enclosed).filter((v) => v).length).toBe(25);
    // The outline's outer neighbours: 5 per side, corners excluded.
    expect(new Set(border).size).toBe(20);
  });
});
