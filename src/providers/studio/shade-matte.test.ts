import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { computeShadeMatte } from './shade-matte.js';

/** The work copy the studio computes its matte on: 512 px, blurred by 1 (as compose.ts does). */
async function work(name: string): Promise<{ data: Buffer; w: number; h: number }> {
  const bytes = readFileSync(new URL(`../../../test/fixtures/photos-2/${name}`, import.meta.url));
  const { data, info } = await sharp(bytes)
    .rotate()
    .resize({ width: 512, height: 512, fit: 'inside' })
    .removeAlpha()
    .blur(1)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, w: info.width, h: info.height };
}

/**
 * A yellow disc (radius 60) on a grainy dark-teal surface, with a black shadow to its right: an
 * ellipse from the disc's foot to the frame's edge. Deterministic grain: +-12 per pixel.
 */
function ballOnCourt(): { data: Uint8Array; w: number; h: number } {
  const w = 320;
  const h = 240;
  const data = new Uint8Array(w * h * 3);
  let seed = 7;
  const noise = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed / 2147483648) * 24 - 12;
  };
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const p = (y * w + x) * 3;
      const grain = 1 + noise() / 40;
      let rgb = [16 * grain, 40 * grain, 47 * grain];
      if (((x - 230) / 90) ** 2 + ((y - 175) / 12) ** 2 < 1) rgb = [2, 4, 6];
      if (Math.hypot(x - 120, y - 120) < 60) rgb = [200 + noise(), 220 + noise(), 50 + noise()];
      data[p] = Math.max(0, Math.min(255, Math.round(rgb[0]!)));
      data[p + 1] = Math.max(0, Math.min(255, Math.round(rgb[1]!)));
      data[p + 2] = Math.max(0, Math.min(255, Math.round(rgb[2]!)));
    }
  return { data, w, h };
}

describe('shade matte (distance from the backdrop shading ray)', () => {
  it('keeps the product and gives the grain and the hard black shadow to the backdrop', () => {
    const { data, w, h } = ballOnCourt();
    const m = computeShadeMatte(data, 3, w, h);
    expect(m.confidence).toBe(1);
    expect(m.mask[120 * w + 120]).toBe(1); // the disc's centre
    expect(m.mask[175 * w + 250]).toBe(0); // inside the shadow
    expect(m.mask[40 * w + 280]).toBe(0); // grain
    let area = 0;
    for (const v of m.mask) area += v;
    // The disc is pi * 60^2 = 11310 pixels; the rim peel may take a pixel or two round it.
    expect(area).toBeGreaterThan(10_500);
    expect(area).toBeLessThan(11_500);
  });

  it('does not trust a neutral backdrop: its ray is the grey axis, where white and black products lie', () => {
    const w = 200;
    const h = 160;
    const data = new Uint8Array(w * h * 3).fill(200);
    for (let y = 50; y < 110; y++)
      for (let x = 70; x < 130; x++) data.fill(250, (y * w + x) * 3, (y * w + x) * 3 + 3);
    const m = computeShadeMatte(data, 3, w, h);
    expect(m.confidence).toBe(0);
    expect(m.concerns[0]).toMatch(/nearly neutral/);
  });

  it('refuses the cluttered photos and the chairs, which the first matte refuses too', async () => {
    for (const name of [
      'lifestyle_pour-over-coffee.jpg',
      'lifestyle_eyeshadow-palette.jpg',
      'shadow_chairs-studio.jpg',
    ]) {
      const { data, w, h } = await work(name);
      expect(computeShadeMatte(data, 3, w, h).confidence, name).toBeLessThan(0.7);
    }
  });
});
