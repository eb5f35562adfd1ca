/**
 * Stroke maps for the text check: greyscale top-hat transforms. A black top-hat (closing minus the
 * image) keeps dark structures thinner than the structuring element and drops everything broader,
 * so dark letters show up whether they sit on the backdrop or on a product, while a flat product
 * body, a gradient or a shadow gives nothing; the white top-hat (image minus opening) does the same
 * for light letters (and for the light outline overlays draw round dark letters).
 */
export interface StrokeMaps {
  /** Closing minus image: dark strokes, 0-255. */
  dark: Uint8Array;
  /** Image minus opening: light strokes, 0-255. */
  light: Uint8Array;
}

/**
 * Both top-hats of a greyscale image with a square `k` x `k` element (k odd). Min and max filters
 * by van Herk / Gil-Werman (about three comparisons a pixel whatever k is), row pass then column pass.
 */
export function strokeMaps(grey: ArrayLike<number>, width: number, height: number, k: number): StrokeMaps {
  const src = Float32Array.from(grey);
  const closing = filter2d(filter2d(src, width, height, k, true), width, height, k, false);
  const opening = filter2d(filter2d(src, width, height, k, false), width, height, k, true);
  const n = width * height;
  const dark = new Uint8Array(n);
  const light = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    dark[i] = closing[i]! - src[i]!;
    light[i] = src[i]! - opening[i]!;
  }
  return { dark, light };
}

function filter2d(src: Float32Array, width: number, height: number, k: number, max: boolean): Float32Array {
  const rows = new Float32Array(src.length);
  const line = new Float32Array(Math.max(width, height));
  const out = new Float32Array(Math.max(width, height));
  for (let y = 0; y < height; y++) {
    line.set(src.subarray(y * width, (y + 1) * width));
    runningExtreme(line, width, k, max, out);
    rows.set(out.subarray(0, width), y * width);
  }
  const result = new Float32Array(src.length);
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) line[y] = rows[y * width + x]!;
    runningExtreme(line, height, k, max, out);
    for (let y = 0; y < height; y++) result[y * width + x] = out[y]!;
  }
  return result;
}

/** out[i] = extreme of v[i - r .. i + r] (clipped to the line), r = k >> 1, in O(n) for any k. */
function runningExtreme(v: Float32Array, n: number, k: number, max: boolean, out: Float32Array): void {
  const r = k >> 1;
  const g = new Float32Array(n);
  const h = new Float32Array(n);
  const better = max ? (a: number, b: number) => (a > b ? a : b) : (a: number, b: number) => (a < b ? a : b);
  // Prefix extremes within blocks of k from the left (g) and suffix extremes from the right (h).
  for (let i = 0; i < n; i++) g[i] = i % k === 0 ? v[i]! : better(g[i - 1]!, v[i]!);
  for (let i = n - 1; i >= 0; i--) h[i] = i === n - 1 || (i + 1) % k === 0 ? v[i]! : better(h[i + 1]!, v[i]!);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - r);
    const b = Math.min(n - 1, i + r);
    // [a, b] spans at most two blocks of length k: the suffix of a's block and the prefix of b's.
    out[i] = Math.floor(a / k) === Math.floor(b / k) ? slow(v, a, b, better) : better(h[a]!, g[b]!);
  }
}

function slow(v: Float32Array, a: number, b: number, better: (x: number, y: number) => number): number {
  let m = v[a]!;
  for (let i = a + 1; i <= b; i++) m = better(m, v[i]!);
  return m;
}
