import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analysisPlane, decodeFull, PRODUCT_TOLERANCE, planePixels, releasePlane } from './analyse.js';

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

describe('planePixels', () => {
  it('gives the same analysis plane as resizing the full decode, for every kind of input', async () => {
    const big = (channels: 3 | 4) =>
      sharp({
        create: {
          width: 2100,
          height: 1500,
          channels,
          background: { ...red, alpha: channels === 4 ? 0.6 : 1 },
        },
      }).composite([
        {
          input: { create: { width: 700, height: 500, channels: 3, background: '#1E5AA8' } },
          left: 300,
          top: 200,
        },
      ]);
    const inputs: Record<string, Buffer> = {
      PNG: await big(3).png().toBuffer(),
      JPEG: await big(3).jpeg({ quality: 85 }).toBuffer(),
      'PNG with alpha': await big(4).png().toBuffer(),
      'grey PNG': await big(3).greyscale().png().toBuffer(),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      const decoded = await decodeFull(bytes, [255, 255, 255]);
      const fromFull = await analysisPlane(decoded);
      const early = await planePixels(bytes, [255, 255, 255]);
      expect(early, name).toBeDefined();
      const fromEarly = await analysisPlane(decoded, Promise.resolve(early));
      expect([fromEarly.width, fromEarly.height], name).toEqual([1024, 731]);
      expect(Buffer.compare(fromEarly.rgb, fromFull.rgb), name).toBe(0);
    }
    // Small images need no plane of their own; broken bytes give nothing rather than a rejection.
    expect(await planePixels(await base().png().toBuffer(), undefined)).toBeUndefined();
    expect(await planePixels(Buffer.from('not an image'), undefined)).toBeUndefined();
  });
});

describe('analysisPlane', () => {
  it('computes luminance, difference, mask and box per pixel, whatever the width and background', async () => {
    for (const [width, bg] of [
      [37, [255, 255, 255]],
      [64, [244, 241, 236]],
      [101, [0, 0, 0]],
    ] as const) {
      const height = 23;
      const rgb = Buffer.alloc(width * height * 3);
      // Mostly background in runs, with scattered product and near-background pixels.
      let seed: number = width;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let i = 0; i < width * height; i++) {
        const px =
          rand() < 0.7
            ? bg
            : [0, 1, 2].map((c) => Math.round(rand() < 0.5 ? bg[c]! + (rand() - 0.5) * 20 : rand() * 255));
        rgb.set(
          px.map((v) => Math.max(0, Math.min(255, v))),
          i * 3,
        );
      }
      const plane = await analysisPlane({ width, height, rgb, bg: [...bg] });
      let box: { x0: number; y0: number; x1: number; y1: number } = { x0: width, y0: height, x1: -1, y1: -1 };
      for (let i = 0; i < width * height; i++) {
        const [r, g, b] = [rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!];
        const d = Math.max(Math.abs(r - bg[0]), Math.abs(g - bg[1]), Math.abs(b - bg[2]));
        expect(plane.diff[i]).toBe(d);
        expect(plane.luma[i]).toBeCloseTo(0.2126 * r + 0.7152 * g + 0.0722 * b, 3);
        expect(plane.mask[i]).toBe(d > PRODUCT_TOLERANCE ? 1 : 0);
        if (d > PRODUCT_TOLERANCE) {
          const x = i % width;
          const y = Math.floor(i / width);
          box = {
            x0: Math.min(box.x0, x),
            y0: Math.min(box.y0, y),
            x1: Math.max(box.x1, x),
            y1: Math.max(box.y1, y),
          };
        }
      }
      expect(plane.bbox).toEqual(box);
    }
  });
});

describe('releasePlane', () => {
  it("gives the next plane of that size the released arrays, with no trace of the first image's pixels", async () => {
    // A red box on white, then a smaller blue one at another place: same size, different pixels.
    const box = (colour: sharp.RGBA, left: number, top: number, size: number) =>
      sharp({ create: { width: 96, height: 80, channels: 3, background: '#FFFFFF' } })
        .composite([
          {
            input: { create: { width: size, height: size, channels: 3, background: colour } },
            left,
            top,
          },
        ])
        .png()
        .toBuffer();
    const plane = async (bytes: Buffer) => analysisPlane(await decodeFull(bytes, [255, 255, 255]));
    const first = await plane(await box({ r: 200, g: 30, b: 40 }, 10, 10, 50));
    const secondBytes = await box({ r: 30, g: 40, b: 200 }, 50, 40, 20);
    releasePlane(first);
    const reused = await plane(secondBytes);
    expect(reused.luma).toBe(first.luma);
    expect(reused.mask).toBe(first.mask);
    // Taken from the spares, so this one is freshly allocated: the reused plane must equal it.
    const fresh = await plane(secondBytes);
    expect(fresh.luma).not.toBe(first.luma);
    for (const key of ['luma', 'diff', 'mask', 'solid', 'region', 'outline'] as const)
      expect(Array.from(reused[key]), key).toEqual(Array.from(fresh[key]));
    expect(reused.bbox).toEqual({ x0: 50, y0: 40, x1: 69, y1: 59 });
  });
});
