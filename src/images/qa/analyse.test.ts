import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeFull } from './analyse.js';

const red = { r: 200, g: 30, b: 40 };
const base = () => sharp({ create: { width: 64, height: 48, channels: 3, background: red } });

describe('decodeFull', () => {
  it('gives 8-bit RGB for every kind of input, alpha flattened onto the expected background', async () => {
    const inputs: Record<string, Buffer> = {
      'opaque PNG': await base().png().toBuffer(),
      JPEG: await base().jpeg({ quality: 95 }).toBuffer(),
      '16-bit PNG': await base().toColourspace('rgb16').png().toBuffer(),
      'CMYK JPEG': await base().toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer(),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      const d = await decodeFull(bytes, [255, 255, 255]);
      expect(d.rgb.length, name).toBe(64 * 48 * 3);
      const [r, g, b] = d.rgb;
      // Within codec and colour-conversion error (CMYK round trips lose most) of the red it was made from.
      expect(Math.abs(r! - red.r) + Math.abs(g! - red.g) + Math.abs(b! - red.b), name).toBeLessThan(40);
    }
    const halfRed = await sharp({
      create: { width: 8, height: 8, channels: 4, background: { ...red, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const onWhite = await decodeFull(halfRed, [255, 255, 255]);
    // 200 * 0.5 + 255 * 0.5 = 227.5 and so on, rounded by libvips.
    expect(Array.from(onWhite.rgb.subarray(0, 3))).toEqual([227, 142, 147]);
    const grey = await base().greyscale().png().toBuffer();
    const g = await decodeFull(grey, undefined);
    expect(g.rgb.length).toBe(64 * 48 * 3);
    expect(g.rgb[0]).toBe(g.rgb[1]);
    // No expected background: the border's median colour is the reference.
    expect(g.bg).toEqual([g.rgb[0], g.rgb[0], g.rgb[0]]);
  });
});
