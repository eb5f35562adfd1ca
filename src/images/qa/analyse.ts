import sharp from 'sharp';
import type { Rgb } from './colour.js';

/** Long edge of the downscale most checks work on, so thresholds mean the same at any size. */
export const ANALYSIS_EDGE = 1024;
/** A pixel differing from the background by more than this (max over channels) is product. */
export const PRODUCT_TOLERANCE = 24;

/** Decoded pixels and the maps several checks share; made once per image. */
export interface Analysed {
  width: number;
  height: number;
  /** Full-size RGB, alpha flattened onto the background. */
  rgb: Buffer;
  /** The background the checks compare against (the expected one, or the measured border colour). */
  bg: Rgb;
  /**
   * Max-channel difference from `bg` (0-255) at exact pixel values, sampled every `stride`
   * pixels (no averaging, so steps keep their height): for the seam check.
   */
  sampled: { stride: number; width: number; height: number; diff: Uint8Array };
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
  bbox: { x0: number; y0: number; x1: number; y1: number } | undefined;
}

export async function decodeImage(image: Buffer, bg: Rgb | undefined): Promise<Analysed> {
  const flattenOnto = bg ?? [255, 255, 255];
  const input = sharp(image, { limitInputPixels: 100_000_000 });
  const meta = await input.metadata();
  // Flattening and colour conversion cost as much as the decode itself (measured), so they run
  // only on images that need them: alpha, or anything but 3-channel sRGB.
  const plain = !meta.hasAlpha && meta.channels === 3 && meta.space === 'srgb';
  const pipeline = plain
    ? input
    : input
        .flatten({ background: { r: flattenOnto[0], g: flattenOnto[1], b: flattenOnto[2] } })
        .toColourspace('srgb')
        .removeAlpha();
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const reference = bg ?? borderMedian(data, width, height);
  const sampled = sampledDiff(data, width, height, reference);
  // Downscale the decoded pixels rather than decode twice (measured: a PNG decode costs more than the resize).
  const scale = Math.min(1, ANALYSIS_EDGE / Math.max(width, height));
  const sw = Math.max(1, Math.round(width * scale));
  const sh = Math.max(1, Math.round(height * scale));
  const small =
    scale === 1
      ? data
      : await sharp(data, { raw: { width, height, channels: 3 } })
          .resize(sw, sh, { kernel: 'linear' })
          .raw()
          .toBuffer();
  return { width, height, rgb: data, bg: reference, sampled, small: makePlane(small, sw, sh, reference) };
}

function sampledDiff(rgb: Buffer, width: number, height: number, [br, bgc, bb]: Rgb): Analysed['sampled'] {
  const stride = Math.max(1, Math.round(Math.max(width, height) / ANALYSIS_EDGE));
  const gw = Math.ceil(width / stride);
  const gh = Math.ceil(height / stride);
  const diff = new Uint8Array(gw * gh);
  for (let y = 0, o = 0; y < gh; y++) {
    const row = y * stride * width;
    for (let x = 0; x < gw; x++, o++) {
      const j = (row + x * stride) * 3;
      const dr = Math.abs(rgb[j]! - br);
      const dg = Math.abs(rgb[j + 1]! - bgc);
      const db = Math.abs(rgb[j + 2]! - bb);
      diff[o] = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
    }
  }
  return { stride, width: gw, height: gh, diff };
}

export function diffMap(rgb: Buffer, [br, bgc, bb]: Rgb): Uint8Array {
  const n = rgb.length / 3;
  const out = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const dr = Math.abs(rgb[j]! - br);
    const dg = Math.abs(rgb[j + 1]! - bgc);
    const db = Math.abs(rgb[j + 2]! - bb);
    out[i] = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
  }
  return out;
}

function makePlane(rgb: Buffer, width: number, height: number, [br, bgc, bb]: Rgb): Plane {
  const n = width * height;
  const luma = new Float32Array(n);
  const diff = new Uint8Array(n);
  const mask = new Uint8Array(n);
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  // One pass for luminance, difference, mask and box: separate passes cost more than the arithmetic.
  for (let y = 0, i = 0, j = 0; y < height; y++) {
    let rowHit = false;
    for (let x = 0; x < width; x++, i++, j += 3) {
      const r = rgb[j]!;
      const g = rgb[j + 1]!;
      const b = rgb[j + 2]!;
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
  return { width, height, rgb, luma, diff, mask, solid: fillHoles(mask, width, height), bbox };
}

/** The mask plus every background pixel the border cannot reach through background. */
function fillHoles(mask: Uint8Array, width: number, height: number): Uint8Array {
  const n = width * height;
  const solid = new Uint8Array(n).fill(1);
  const stack = new Int32Array(n);
  let top = 0;
  const seed = (i: number) => {
    if (!mask[i] && solid[i]) {
      solid[i] = 0;
      stack[top++] = i;
    }
  };
  for (let x = 0; x < width; x++) {
    seed(x);
    seed((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    seed(y * width);
    seed(y * width + width - 1);
  }
  // Neighbours inline rather than through seed(): the flood visits most of the image.
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % width;
    let k = i - 1;
    if (x > 0 && solid[k] && !mask[k]) {
      solid[k] = 0;
      stack[top++] = k;
    }
    k = i + 1;
    if (x < width - 1 && solid[k] && !mask[k]) {
      solid[k] = 0;
      stack[top++] = k;
    }
    k = i - width;
    if (k >= 0 && solid[k] && !mask[k]) {
      solid[k] = 0;
      stack[top++] = k;
    }
    k = i + width;
    if (k < n && solid[k] && !mask[k]) {
      solid[k] = 0;
      stack[top++] = k;
    }
  }
  return solid;
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

/** Summed-area table of a 0/1 or numeric map, (w+1)*(h+1), for box sums in O(1). */
export function integral(values: ArrayLike<number>, width: number, height: number): Float64Array {
  const w1 = width + 1;
  const out = new Float64Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += values[y * width + x]!;
      out[(y + 1) * w1 + x + 1] = out[y * w1 + x + 1]! + row;
    }
  }
  return out;
}

/** Sum of the box [x-r, x+r] x [y-r, y+r] clipped to the image, and its pixel count. */
export function boxSum(
  table: Float64Array,
  width: number,
  height: number,
  x: number,
  y: number,
  r: number,
): [number, number] {
  const xa = Math.max(0, x - r);
  const ya = Math.max(0, y - r);
  const xb = Math.min(width, x + r + 1);
  const yb = Math.min(height, y + r + 1);
  const w1 = width + 1;
  const s = table[yb * w1 + xb]! - table[ya * w1 + xb]! - table[yb * w1 + xa]! + table[ya * w1 + xa]!;
  return [s, (xb - xa) * (yb - ya)];
}
