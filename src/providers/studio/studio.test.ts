import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShotSpec } from '../../domain/spec.js';
import { ProviderError } from '../types.js';
import { composeStudioImage, createStudioProvider, detectSeam, type ComposeResult } from './index.js';
import { backgroundAt, parseBackground } from './options.js';

const photo = (name: string): Buffer =>
  readFileSync(new URL(`../../../test/fixtures/photos/${name}`, import.meta.url));

const ACCEPTED = ['shoe-near-white.jpg', 'mouse-light-grey.jpg', 'camera-off-white.jpg', 'mugs-cutout.png'];
const WHITE: [number, number, number] = [255, 255, 255];

interface Decoded {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

async function decodePng(png: Buffer): Promise<Decoded> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function pixel(img: Decoded, x: number, y: number): [number, number, number] {
  const p = (y * img.width + x) * img.channels;
  return [img.data[p]!, img.data[p + 1]!, img.data[p + 2]!];
}

/** Pixels that differ from the background outside `box` grown by `margin`, and the box of all differing pixels. */
function offBackground(
  img: Decoded,
  bgAt: (y: number) => [number, number, number],
  box: { left: number; top: number; width: number; height: number },
  margin: number,
): { outside: number; bbox?: { x0: number; y0: number; x1: number; y1: number } } {
  let outside = 0;
  let x0 = img.width;
  let y0 = img.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < img.height; y++) {
    const bg = bgAt(y);
    for (let x = 0; x < img.width; x++) {
      const [r, g, b] = pixel(img, x, y);
      if (r === bg[0] && g === bg[1] && b === bg[2]) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = y;
      const inside =
        x >= box.left - margin &&
        x < box.left + box.width + margin &&
        y >= box.top - margin &&
        y < box.top + box.height + margin;
      if (!inside) outside++;
    }
  }
  return { outside, bbox: x1 < 0 ? undefined : { x0, y0, x1, y1 } };
}

describe('studio compositor on the fixture photos', () => {
  const results = new Map<string, { shadow: ComposeResult; plain: ComposeResult }>();

  beforeAll(async () => {
    for (const name of ACCEPTED) {
      const bytes = photo(name);
      const shadow = await composeStudioImage(bytes, { aspect: '1:1', size: 1024, background: '#FFFFFF' });
      const plain = await composeStudioImage(bytes, {
        aspect: '1:1',
        size: 1024,
        background: '#FFFFFF',
        shadow: false,
      });
      results.set(name, { shadow, plain });
    }
  });

  it.each([
    ['1:1', 1024, 1024, 1024],
    ['4:5', 1024, 819, 1024],
    ['16:9', 1024, 1024, 576],
    ['3:2', 1000, 1000, 667],
    ['2:3', 900, 600, 900],
  ])('writes a PNG of exactly the canvas size for %s at %i px', async (aspect, size, width, height) => {
    const r = await composeStudioImage(photo('shoe-near-white.jpg'), { aspect, size, background: '#FFFFFF' });
    expect(r.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const meta = await sharp(r.png).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([width, height]);
    expect([r.width, r.height]).toEqual([width, height]);
  });

  it.each(ACCEPTED)('keeps every pixel beyond the product and its shadow exactly white: %s', async (name) => {
    for (const r of Object.values(results.get(name)!)) {
      const img = await decodePng(r.png);
      const box = r.productBox;
      // The contact shadow reaches a little beyond the product's box; 8% of the box covers it.
      const margin = Math.ceil(0.08 * Math.max(box.width, box.height)) + 2;
      const { outside, bbox } = offBackground(img, () => WHITE, box, margin);
      expect(outside).toBe(0);
      expect(bbox).toBeDefined();
      // Corners of the canvas are pure white, not near-white.
      for (const [x, y] of [
        [0, 0],
        [img.width - 1, 0],
        [0, img.height - 1],
        [img.width - 1, img.height - 1],
      ] as const) {
        expect(pixel(img, x, y)).toEqual(WHITE);
      }
    }
  });

  it('the seam detector flags a naive trim of the near-white shoe onto pure white', async () => {
    const trimmed = await sharp(photo('shoe-near-white.jpg')).trim().toBuffer();
    const naive = await sharp(trimmed)
      .resize(1024, 1024, { fit: 'contain', background: '#FFFFFF' })
      .png()
      .toBuffer();
    const img = await decodePng(naive);
    const report = detectSeam(img, WHITE);
    expect(report.seam).toBe(true);
    expect(report.longestRun).toBeGreaterThan(report.minRun);
  });

  it('the seam detector flags a faint pasted rectangle but not a hard product edge or a soft shadow', () => {
    const w = 400;
    const h = 400;
    const make = (paint: (x: number, y: number) => number): Decoded => {
      const data = Buffer.alloc(w * h * 3, 255);
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) data.fill(paint(x, y), (y * w + x) * 3, (y * w + x) * 3 + 3);
      return { data, width: w, height: h, channels: 3 };
    };
    const pasted = make((x, y) =>
      x >= 80 && x < 320 && y >= 60 && y < 340 ? (x > 150 && x < 250 && y > 150 && y < 250 ? 20 : 249) : 255,
    );
    const darkBox = make((x, y) => (x >= 80 && x < 320 && y >= 60 && y < 340 ? 30 : 255));
    const shadow = make((x, y) => {
      const r2 = ((x - 200) / 150) ** 2 + ((y - 300) / 20) ** 2;
      return r2 >= 1 ? 255 : Math.round(255 * (1 - 0.35 * (1 - r2) ** 2));
    });
    expect(detectSeam(pasted, WHITE).seam).toBe(true);
    expect(detectSeam(darkBox, WHITE).seam).toBe(false);
    expect(detectSeam(shadow, WHITE).seam).toBe(false);
  });

  it.each(ACCEPTED)('leaves no seam where the old backdrop ended: %s', async (name) => {
    for (const r of Object.values(results.get(name)!)) {
      const report = detectSeam(await decodePng(r.png), WHITE);
      expect(report.seam, `${name}: ${report.where}, run ${report.longestRun}`).toBe(false);
    }
  });

  it.each([0.85, 0.6])('fills the requested share of the canvas (fill %f)', async (fill) => {
    for (const name of ACCEPTED) {
      const r = await composeStudioImage(photo(name), {
        aspect: '4:5',
        size: 800,
        background: '#FFFFFF',
        shadow: false,
        fill,
      });
      const img = await decodePng(r.png);
      const { bbox } = offBackground(img, () => WHITE, r.productBox, 0);
      const measured = Math.max(
        (bbox!.x1 - bbox!.x0 + 1) / img.width,
        (bbox!.y1 - bbox!.y0 + 1) / img.height,
      );
      expect(Math.abs(measured - fill), `${name}: measured ${measured}`).toBeLessThan(0.02);
      // Centred: equal margins left and right within a few px.
      expect(Math.abs(bbox!.x0 - (img.width - 1 - bbox!.x1))).toBeLessThan(0.02 * img.width);
    }
  });

  it('aligns the product to the bottom or top margin', async () => {
    const H = 1000;
    for (const align of ['bottom', 'top'] as const) {
      const r = await composeStudioImage(photo('camera-off-white.jpg'), {
        aspect: '1:1',
        size: H,
        background: '#FFFFFF',
        shadow: false,
        fill: 0.8,
        align,
      });
      const { bbox } = offBackground(await decodePng(r.png), () => WHITE, r.productBox, 0);
      if (align === 'bottom') expect(Math.abs(H - 1 - bbox!.y1 - 100)).toBeLessThanOrEqual(3);
      else expect(Math.abs(bbox!.y0 - 100)).toBeLessThanOrEqual(3);
    }
  });

  it('refuses the cluttered coffee photo with a reason, the measured value and what to do', async () => {
    const attempt = composeStudioImage(photo('coffee-on-wood.png'), {
      aspect: '1:1',
      size: 512,
      background: '#FFFFFF',
    });
    await expect(attempt).rejects.toBeInstanceOf(ProviderError);
    const error = (await attempt.catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('refused');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/cannot separate the product/);
    expect(error.message).toMatch(/confidence \(0\.\d\d, needs 0\.7\)/);
    expect(error.message).toMatch(/plain, evenly lit backdrop|hosted model/);
  });

  it('accepts the four clean photos with high confidence', () => {
    for (const name of ACCEPTED)
      expect(results.get(name)!.shadow.confidence, name).toBeGreaterThanOrEqual(0.7);
  });

  it('uses the alpha channel of a cut-out: the hole inside the mug handle stays background', async () => {
    const src = await sharp(photo('mugs-cutout.png'))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const sw = src.info.width;
    const alphaAt = (x: number, y: number): number => src.data[(y * sw + x) * 4 + 3]!;
    // (360, 323) is inside the red mug's handle: transparent, with opaque handle left of it and mug right of it.
    expect(alphaAt(360, 323)).toBe(0);
    expect(alphaAt(280, 323)).toBeGreaterThan(200);
    expect(alphaAt(440, 323)).toBeGreaterThan(200);
    let x0 = sw;
    let y0 = src.info.height;
    let x1 = 0;
    for (let y = 0; y < src.info.height; y++)
      for (let x = 0; x < sw; x++)
        if (alphaAt(x, y) >= 8) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
        }
    const r = results.get('mugs-cutout.png')!.plain;
    expect(r.matte).toBe('alpha');
    const scale = r.productBox.width / (x1 - x0 + 1);
    const img = await decodePng(r.png);
    const map = (x: number, y: number): [number, number] => [
      Math.round(r.productBox.left + (x - x0) * scale),
      Math.round(r.productBox.top + (y - y0) * scale),
    ];
    expect(pixel(img, ...map(360, 323))).toEqual(WHITE);
    // The handle itself is red.
    const [red, green] = pixel(img, ...map(280, 323));
    expect(red).toBeGreaterThan(150);
    expect(green).toBeLessThan(100);
  });

  it('paints a vertical gradient background exactly, row by row', async () => {
    const spec = 'linear(#FFFFFF,#C8D2E6)';
    const r = await composeStudioImage(photo('shoe-near-white.jpg'), {
      aspect: '4:5',
      size: 1000,
      background: spec,
    });
    const img = await decodePng(r.png);
    const bg = parseBackground(spec);
    const bgAt = (y: number): [number, number, number] => backgroundAt(bg, y, img.height);
    expect(pixel(img, 0, 0)).toEqual([255, 255, 255]);
    expect(pixel(img, img.width - 1, img.height - 1)).toEqual([200, 210, 230]);
    const margin = Math.ceil(0.08 * Math.max(r.productBox.width, r.productBox.height)) + 2;
    expect(offBackground(img, bgAt, r.productBox, margin).outside).toBe(0);
    expect(detectSeam(img, bgAt).seam).toBe(false);
  });

  it('draws a contact shadow under the product only when asked, darker with more strength', async () => {
    const { shadow, plain } = results.get('camera-off-white.jpg')!;
    // The product's real lowest row, measured on the shadowless image.
    const bottom = offBackground(await decodePng(plain.png), () => WHITE, plain.productBox, 0).bbox!.y1;
    const darkestBelow = async (r: ComposeResult): Promise<number> => {
      const img = await decodePng(r.png);
      const b = r.productBox;
      let min = 255;
      // A band just below the product, across its middle half.
      for (let y = bottom + 1; y < Math.min(img.height, bottom + 13); y++)
        for (let x = b.left + Math.round(b.width / 4); x < b.left + Math.round((3 * b.width) / 4); x++)
          min = Math.min(min, pixel(img, x, y)[1]);
      return min;
    };
    expect(await darkestBelow(plain)).toBe(255);
    const soft = await darkestBelow(shadow);
    expect(soft).toBeLessThan(250);
    const strong = await composeStudioImage(photo('camera-off-white.jpg'), {
      aspect: '1:1',
      size: 1024,
      background: '#FFFFFF',
      shadowStrength: 0.8,
    });
    expect(await darkestBelow(strong)).toBeLessThan(soft - 10);
  });

  it('balances a grey, blue-tinted backdrop to neutral and applies the same gains to the product', async () => {
    // A grey-lit, bluish scene: backdrop (170,176,196), a disc of (85,88,98) in the middle.
    const w = 600;
    const h = 400;
    const data = Buffer.alloc(w * h * 3);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const inDisc = (x - 300) ** 2 + (y - 200) ** 2 < 90 ** 2;
        const c = inDisc ? [85, 88, 98] : [170, 176, 196];
        data.set(c, (y * w + x) * 3);
      }
    const src = await sharp(data, { raw: { width: w, height: h, channels: 3 } })
      .png()
      .toBuffer();
    const r = await composeStudioImage(src, {
      aspect: '1:1',
      size: 600,
      background: '#FFFFFF',
      shadow: false,
    });
    const img = await decodePng(r.png);
    const [cr, cg, cb] = pixel(img, 300, 300);
    // Neutral (channels within a few levels) and brighter than the dim original.
    expect(Math.max(cr, cg, cb) - Math.min(cr, cg, cb)).toBeLessThanOrEqual(4);
    expect(cg).toBeGreaterThan(100);
    expect(cg).toBeLessThan(140);
  });

  it('leaves no pale fringe of the old backdrop around a dark product on a dark background', async () => {
    const r = await composeStudioImage(photo('shoe-near-white.jpg'), {
      aspect: '1:1',
      size: 1024,
      background: '#202020',
      shadow: false,
    });
    const img = await decodePng(r.png);
    const isBg = (x: number, y: number): boolean => {
      const [red, green, blue] = pixel(img, x, y);
      return red === 32 && green === 32 && blue === 32;
    };
    // The rim: product pixels within 2 px of the background. The shoe is black, so a bright rim
    // pixel is mostly backdrop mixed into the edge (the lace's own reflective flecks add some).
    // Measured: 21% bright without edge decontamination, 10% with.
    let rim = 0;
    let bright = 0;
    for (let y = 2; y < img.height - 2; y++)
      for (let x = 2; x < img.width - 2; x++) {
        if (isBg(x, y)) continue;
        let near = false;
        for (let dy = -2; dy <= 2 && !near; dy++)
          for (let dx = -2; dx <= 2 && !near; dx++) near = isBg(x + dx, y + dy);
        if (!near) continue;
        rim++;
        const [red, green, blue] = pixel(img, x, y);
        if (0.299 * red + 0.587 * green + 0.114 * blue > 150) bright++;
      }
    expect(rim).toBeGreaterThan(1000);
    expect(bright / rim).toBeLessThan(0.15);
  });

  it('ignores an alpha channel that is fully opaque and cuts from the backdrop instead', async () => {
    const rgba = await sharp(photo('shoe-near-white.jpg')).ensureAlpha(1).png().toBuffer();
    const r = await composeStudioImage(rgba, { aspect: '1:1', size: 512, background: '#FFFFFF' });
    expect(r.matte).toBe('backdrop');
    expect(detectSeam(await decodePng(r.png), WHITE).seam).toBe(false);
  });

  it('holds size, framing and an exact background for any options (property)', async () => {
    const bytes = photo('mouse-light-grey.jpg');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('1:1', '4:5', '3:4', '16:9', '2:3', '21:9'),
        fc.integer({ min: 160, max: 640 }),
        fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        fc.constantFrom('center', 'top', 'bottom') as fc.Arbitrary<'center' | 'top' | 'bottom'>,
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (aspect, size, fill, align, shadow, shadowStrength) => {
          const r = await composeStudioImage(bytes, {
            aspect,
            size,
            background: '#FFFFFF',
            fill,
            align,
            shadow,
            shadowStrength,
          });
          const [aw, ah] = aspect.split(':').map(Number) as [number, number];
          const img = await decodePng(r.png);
          expect(Math.max(img.width, img.height)).toBe(size);
          expect(Math.abs(img.width / img.height - aw / ah)).toBeLessThan(
            2 / Math.min(img.width, img.height) + 0.01,
          );
          const margin = Math.ceil(0.08 * Math.max(r.productBox.width, r.productBox.height)) + 2;
          expect(offBackground(img, () => WHITE, r.productBox, margin).outside).toBe(0);
          expect(Math.abs(r.fill - fill)).toBeLessThan(0.03);
        },
      ),
      { numRuns: 12, seed: 5 },
    );
  });

  it('rejects a malformed background as a validation error', async () => {
    await expect(
      composeStudioImage(photo('shoe-near-white.jpg'), { aspect: '1:1', size: 256, background: 'white' }),
    ).rejects.toMatchObject({ kind: 'validation', message: expect.stringMatching(/#RRGGBB/) });
  });
});

describe('createStudioProvider', () => {
  const spec = (over: Partial<ShotSpec> = {}): ShotSpec => ({
    key: 'SHOE-1/main',
    sku: 'SHOE-1',
    variant: 'main',
    placement: 'marketplace',
    promptId: 'studio',
    promptVersion: 1,
    templateHash: 'x',
    prompt: '',
    model: 'studio',
    aspect: '4:5',
    size: 640,
    format: 'webp',
    quality: 90,
    background: '#FFFFFF',
    seed: 1,
    contract: 1,
    genHash: 'g',
    specHash: 's',
    qaHash: 'q',
    ...over,
  });
  const request = (s: ShotSpec, bytes?: Buffer) => ({
    spec: s,
    providerModel: 'studio',
    aspect: s.aspect,
    reference: bytes ? { bytes, mimeType: 'image/jpeg' } : undefined,
    idempotencyKey: 'k',
    signal: new AbortController().signal,
  });

  it('makes one PNG at the placement size, with studio options from the spec', async () => {
    const provider = createStudioProvider();
    expect(provider.id).toBe('studio');
    const result = await provider.generate(
      request(
        spec({ studio: { background: 'linear(#FFFFFF,#E0E0E0)', fill: 0.7, shadow: false } }),
        photo('shoe-near-white.jpg'),
      ),
    );
    expect(result.images).toHaveLength(1);
    const meta = await sharp(result.images[0]!.bytes!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 640]);
    const img = await decodePng(result.images[0]!.bytes!);
    expect(pixel(img, 0, img.height - 1)).toEqual([224, 224, 224]);
  });

  it('refuses a shot without a source photo, saying what to set', async () => {
    await expect(createStudioProvider().generate(request(spec()))).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/studio needs a source photo.*source:/),
    });
  });

  it('refuses the cluttered photo through the provider too', async () => {
    await expect(
      createStudioProvider().generate(request(spec(), photo('coffee-on-wood.png'))),
    ).rejects.toMatchObject({
      kind: 'refused',
    });
  });
});
