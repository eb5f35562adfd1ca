import { describe, expect, it } from 'vitest';
import { toLab } from './colour.js';
import { differenceMatte } from './difference-matte.js';

const W = 400;
const H = 300;

/** A backdrop with a vignette (`centre` in the middle, 12 levels darker at the corners), mild noise, and `paint` on top. */
function photo(centre: number, paint: (x: number, y: number) => number | undefined): Uint8Array {
  const rgb = new Uint8Array(W * H * 3);
  let seed = 7;
  const noise = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 2;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const r = Math.hypot((x - W / 2) / W, (y - H / 2) / H);
      const v = paint(x, y) ?? centre - 24 * r * r + noise();
      rgb.fill(Math.round(Math.min(255, Math.max(0, v))), (y * W + x) * 3, (y * W + x) * 3 + 3);
    }
  return rgb;
}

const at = (mask: Uint8Array, x: number, y: number): number => mask[y * W + x]!;
const ring = (x: number, y: number, inner: number, outer: number): boolean => {
  const r = Math.hypot(x - 200, y - 150);
  return r >= inner && r < outer;
};

describe('differenceMatte', () => {
  it('keeps an enclosed region of backdrop colour as product on a light backdrop (a white plug body)', () => {
    // A thin darker outline round a body exactly the backdrop's colour: only the shape says product.
    const rgb = photo(236, (x, y) => (ring(x, y, 60, 64) ? 200 : undefined));
    const m = differenceMatte(toLab(rgb, W, H, 3));
    expect(m.concerns).toEqual([]);
    expect(at(m.mask, 200, 150)).toBe(1);
    expect(at(m.mask, 200, 150 + 62)).toBe(1);
    expect(at(m.mask, 20, 20)).toBe(0);
  });

  it('refuses a dark backdrop, where it leaves scraps of the floor shadow', () => {
    const rgb = photo(45, (x, y) => (ring(x, y, 60, 64) ? 10 : undefined));
    const m = differenceMatte(toLab(rgb, W, H, 3));
    expect(m.concerns.join(' ')).toMatch(/backdrop is not light/);
    // The opening inside the ring is backdrop there: the sweep between a wheel's spokes.
    expect(at(m.mask, 200, 150)).toBe(0);
    expect(at(m.mask, 200, 150 + 62)).toBe(1);
  });

  it('gives a soft cast shadow beside the product to the backdrop, and keeps a faint edge', () => {
    const rgb = photo(236, (x, y) => {
      // A plain grey bar is as smooth as a shadow: it is kept because it is narrower than 3% of the
      // frame and bounded by its edges on both sides (a cable's shaded body). Its lit side (2 px, within the reach of 0.5% of the long edge) is 5 levels off the backdrop.
      if (x >= 150 && x < 162 && y >= 60 && y < 240) return x < 160 ? 205 : 231;
      // A soft shadow to its left, 0..14 levels darker, fading over 40 px.
      if (x >= 100 && x < 150 && y >= 60 && y < 240) return 236 - 14 * Math.min(1, (x - 100) / 40);
      return undefined;
    });
    const m = differenceMatte(toLab(rgb, W, H, 3));
    expect(at(m.mask, 155, 150)).toBe(1);
    expect(at(m.mask, 161, 150)).toBe(1);
    expect(at(m.mask, 166, 150)).toBe(0);
    expect(at(m.mask, 130, 150)).toBe(0);
    expect(at(m.mask, 145, 150)).toBe(0);
  });

  it('names a textured backdrop', () => {
    let seed = 3;
    const rgb = new Uint8Array(W * H * 3).map(() => (seed = (seed * 69069 + 1) % 256));
    const m = differenceMatte(toLab(rgb, W, H, 3));
    expect(m.concerns.join(' ')).toMatch(/not smooth/);
  });
});
