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
 * Both top-hats of a greyscale image with a square `k` x `k` element (k odd). Max filters by van
 * Herk / Gil-Werman (three comparisons a pixel whatever k is), rows then columns through a
 * transpose so every pass walks memory in order; a min filter is the max filter of the negative.
 */
export function strokeMaps(grey: ArrayLike<number>, width: number, height: number, k: number): StrokeMaps {
  const src = Uint8Array.from(grey);
  const closing = negate(dilate(negate(dilate(src, width, height, k)), width, height, k));
  const opening = dilate(negate(dilate(negate(src), width, height, k)), width, height, k);
  const n = width * height;
  const dark = new Uint8Array(n);
  const light = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    dark[i] = closing[i]! - src[i]!;
    light[i] = src[i]! - opening[i]!;
  }
  return { dark, light };
}

function negate(v: Uint8Array): Uint8Array {
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = 255 - v[i]!;
  return out;
}

/** Max over the k x k square round each pixel, clipped to the image. */
function dilate(src: Uint8Array, width: number, height: number, k: number): Uint8Array {
  const long = Math.max(width, height);
  const g = new Uint8Array(long);
  const h = new Uint8Array(long);
  const rows = new Uint8Array(src.length);
  for (let y = 0; y < height; y++) maxLine(src, rows, y * width, width, k, g, h);
  const t = transpose(rows, width, height);
  const cols = new Uint8Array(src.length);
  for (let x = 0; x < width; x++) maxLine(t, cols, x * height, height, k, g, h);
  return transpose(cols, height, width);
}

function transpose(src: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(src.length);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0, j = y; x < width; x++, i++, j += height) out[j] = src[i]!;
  }
  return out;
}

/**
 * out[o + i] = max of v[o + i - r .. o + i + r] clipped to the line of length n, r = k >> 1.
 * g: running max from the start of each block of k, h: from the end of it; a window of k spans
 * the tail of one block and the head of the next, so its max is max(h[a], g[b]).
 */
function maxLine(
  v: Uint8Array,
  out: Uint8Array,
  o: number,
  n: number,
  k: number,
  g: Uint8Array,
  h: Uint8Array,
): void {
  const r = k >> 1;
  for (let start = 0; start < n; start += k) {
    const end = Math.min(n, start + k) - 1;
    let m = 0;
    for (let i = start; i <= end; i++) {
      const x = v[o + i]!;
      if (x > m) m = x;
      g[i] = m;
    }
    m = 0;
    for (let i = end; i >= start; i--) {
      const x = v[o + i]!;
      if (x > m) m = x;
      h[i] = m;
    }
  }
  for (let i = 0; i < n; i++) {
    const a = i - r < 0 ? 0 : i - r;
    const b = i + r >= n ? n - 1 : i + r;
    // Clipped windows at the line's ends can fall inside one block: starting at its start they
    // need only the prefix g[b], otherwise (ending at the line's end) only the suffix h[a].
    let p: number;
    let q: number;
    if (a - (a % k) !== b - (b % k)) {
      p = h[a]!;
      q = g[b]!;
    } else if (a % k === 0) {
      p = 0;
      q = g[b]!;
    } else {
      p = h[a]!;
      q = 0;
    }
    out[o + i] = p > q ? p : q;
  }
}
