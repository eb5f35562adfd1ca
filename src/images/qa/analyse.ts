import sharp from 'sharp';
import { backgroundWords, skipBackground } from './background-words.js';
import { floodFromBorder } from './border-flood.js';
import type { Rgb } from './colour.js';

/** Long edge of the downscale most checks work on, so thresholds mean the same at any size. */
export const ANALYSIS_EDGE = 1024;
/** A pixel differing from the background by more than this (max over channels) is product. */
export const PRODUCT_TOLERANCE = 24;
/** Within this many levels of the background a pixel is clean backdrop; above it, faint fringe or product. */
export const CLEAN = 4;

/** The decoded image at full size. */
export interface Decoded {
  width: number;
  height: number;
  /** Full-size RGB, alpha flattened onto the background. */
  rgb: Buffer;
  /** The background the checks compare against (the expected one, or the measured border colour). */
  bg: Rgb;
}

/** Decoded pixels and the maps several checks share; made once per image. */
export interface Analysed extends Decoded {
  small: Plane;
}

/** The analysis downscale: RGB, luminance, difference from background and the product mask. */
export interface Plane {
  width: number;
  height: number;
  rgb: Buffer;
  luma: Float32Array;
  diff: Uint8Array;
  /** 1 where the pixel is product (diff above PRODUCT_TOLERANCE). */
  mask: Uint8Array;
  /** 1 for the product and anything it encloses (background not reachable from the border). */
  solid: Uint8Array;
  /**
   * 1 for everything the border cannot reach through clean backdrop (within CLEAN levels): the
   * product with any faint fringe round it, so its outer layer is the true outline.
   */
  region: Uint8Array;
  /** Clean backdrop pixels touching the region: where its outline begins (for distances inward). */
  outline: Int32Array;
  bbox: { x0: number; y0: number; x1: number; y1: number } | undefined;
}

export async function decodeImage(image: Buffer, bg: Rgb | undefined): Promise<Analysed> {
  const decoded = await decodeFull(image, bg);
  return { ...decoded, small: await analysisPlane(decoded) };
}

export async function decodeFull(image: Buffer, bg: Rgb | undefined): Promise<Decoded> {
  const options = { limitInputPixels: 100_000_000 };
  // Most images are opaque 8-bit RGB: decode them as they are, without asking for metadata first.
  // Flattening and colour conversion cost as much as the decode itself (measured), so anything
  // else (alpha, grey, CMYK, 16-bit) is decoded again through them.
  let { data, info } = await sharp(image, options).raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 || data.length !== info.width * info.height * 3) {
    const [r, g, b] = bg ?? [255, 255, 255];
    ({ data, info } = await sharp(image, options)
      .flatten({ background: { r, g, b } })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true }));
  }
  const { width, height } = info;
  return { width, height, rgb: data, bg: bg ?? borderMedian(data, width, height) };
}

/** Size of the analysis plane for an image of width x height. */
function planeSize(width: number, height: number): { sw: number; sh: number; scale: number } {
  const scale = Math.min(1, ANALYSIS_EDGE / Math.max(width, height));
  return {
    sw: Math.max(1, Math.round(width * scale)),
    sh: Math.max(1, Math.round(height * scale)),
    scale,
  };
}

/**
 * The analysis plane's pixels straight from the encoded image, in one streaming libvips pipeline
 * (decode and resize together), meant to run on the other core while the full-size decode runs:
 * the same pixels a resize of the decoded image gives (tested), ready when the full decode is.
 * Undefined when the image needs no downscale or this fails (the plane is then made from the
 * full decode).
 */
export async function planePixels(image: Buffer, bg: Rgb | undefined): Promise<Buffer | undefined> {
  try {
    const input = sharp(image, { limitInputPixels: 100_000_000 });
    const meta = await input.metadata();
    const { sw, sh, scale } = planeSize(meta.width ?? 0, meta.height ?? 0);
    if (scale === 1) return undefined;
    const plain = !meta.hasAlpha && meta.channels === 3 && meta.space === 'srgb' && meta.depth === 'uchar';
    const [r, g, b] = bg ?? [255, 255, 255];
    const pipeline = plain
      ? input
      : input.flatten({ background: { r, g, b } }).toColourspace('srgb').removeAlpha();
    return await pipeline
      .resize(sw, sh, { kernel: 'linear', fastShrinkOnLoad: false })
      .raw({ depth: 'uchar' })
      .toBuffer();
  } catch {
    return undefined;
  }
}

/**
 * The analysis plane, from pixels planePixels started earlier or else by resizing the decoded
 * pixels; the resize runs on libvips' threads, so full-size checks can run meanwhile.
 */
export async function analysisPlane(
  { width, height, rgb, bg }: Decoded,
  early?: Promise<Buffer | undefined>,
): Promise<Plane> {
  const { sw, sh, scale } = planeSize(width, height);
  if (scale === 1) return makePlane(rgb, sw, sh, bg);
  const pre = early ? await early : undefined;
  const small =
    pre && pre.length === sw * sh * 3
      ? pre
      : await sharp(rgb, { raw: { width, height, channels: 3 } })
          .resize(sw, sh, { kernel: 'linear' })
          .raw()
          .toBuffer();
  return makePlane(small, sw, sh, bg);
}

/** A plain Uint8Array over a Buffer's bytes: hot loops index it faster than the Buffer (measured). */
export function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

/** The per-pixel arrays of a plane, which a finished image hands on to the next (releasePlane). */
type PlaneArrays = Pick<Plane, 'luma' | 'diff' | 'mask' | 'solid' | 'region'>;

/** Arrays of planes nothing reads any more; a few sizes at most (a run checks a few placements). */
const spare: PlaneArrays[] = [];
const MAX_SPARE = 4;

/** Arrays for a plane of n pixels: spare ones when there are, with diff and mask cleared. */
function planeArrays(n: number): PlaneArrays {
  const k = spare.findIndex((s) => s.luma.length === n);
  if (k < 0) {
    const bytes = () => new Uint8Array(n);
    return { luma: new Float32Array(n), diff: bytes(), mask: bytes(), solid: bytes(), region: bytes() };
  }
  const arrays = spare.splice(k, 1)[0]!;
  arrays.diff.fill(0);
  arrays.mask.fill(0);
  return arrays;
}

/**
 * Hands a plane's arrays to the next image's plane once nothing will read the plane again (runQa
 * after its last check). Fresh arrays cost more than their arithmetic: eight megabytes a 1024 px
 * plane, page-faulted in and collected again for every image.
 */
export function releasePlane(plane: Plane): void {
  const { luma, diff, mask, solid, region } = plane;
  if (spare.length < MAX_SPARE && !spare.some((s) => s.luma === luma))
    spare.push({ luma, diff, mask, solid, region });
}

function makePlane(planeRgb: Buffer, width: number, height: number, [br, bgc, bb]: Rgb): Plane {
  const rgb = bytesOf(planeRgb);
  const n = width * height;
  const arrays = planeArrays(n);
  // Exact-background pixels (most of a product shot) keep these starting values and are skipped.
  const luma = arrays.luma.fill(0.2126 * br + 0.7152 * bgc + 0.0722 * bb);
  const { diff, mask } = arrays;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  const bw = backgroundWords(rgb, [br, bgc, bb]);
  // One pass for luminance, difference, mask and box: separate passes cost more than the arithmetic.
  for (let y = 0, i = 0, j = 0; y < height; y++) {
    let rowHit = false;
    for (let x = 0; x < width; x++, i++, j += 3) {
      if (bw && (i & 3) === 0) {
        const skipped = skipBackground(bw, i, i - x + width) - i;
        x += skipped;
        i += skipped;
        j += 3 * skipped;
        if (x === width) break;
      }
      const r = rgb[j]!;
      const g = rgb[j + 1]!;
      const b = rgb[j + 2]!;
      if (r === br && g === bgc && b === bb) continue;
      luma[i] = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      const dr = Math.abs(r - br);
      const dg = Math.abs(g - bgc);
      const db = Math.abs(b - bb);
      const d = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
      diff[i] = d;
      if (d > PRODUCT_TOLERANCE) {
        mask[i] = 1;
        rowHit = true;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
      }
    }
    if (rowHit) {
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  const bbox = x1 < 0 ? undefined : { x0, y0, x1, y1 };
  // The solid product: what the border cannot reach through anything short of product. The
  // product region: what it cannot reach through clean backdrop (faint fringe included).
  const solid = floodFromBorder(diff, width, height, PRODUCT_TOLERANCE + 1, false, arrays.solid).enclosed;
  const { enclosed: region, border: outline } = floodFromBorder(
    diff,
    width,
    height,
    CLEAN,
    true,
    arrays.region,
  );
  return { width, height, rgb: planeRgb, luma, diff, mask, solid, region, outline, bbox };
}

/** Per-channel median of the outermost pixel ring: the backdrop when none is expected. */
function borderMedian(rgb: Buffer, width: number, height: number): Rgb {
  const hist = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let count = 0;
  const add = (x: number, y: number) => {
    const j = (y * width + x) * 3;
    for (let c = 0; c < 3; c++) hist[c]![rgb[j + c]!]!++;
    count++;
  };
  for (let x = 0; x < width; x++) {
    add(x, 0);
    add(x, height - 1);
  }
  for (let y = 1; y < height - 1; y++) {
    add(0, y);
    add(width - 1, y);
  }
  return hist.map((h) => {
    let acc = 0;
    for (let v = 0; v < 256; v++) {
      acc += h[v]!;
      if (acc * 2 >= count) return v;
    }
    return 255;
  }) as Rgb;
}
