const N = 32;
const K = 8;

// DCT-II basis for 32 samples, first 8 frequencies: the rest is detail a near-duplicate may change.
const COS: Float64Array = (() => {
  const t = new Float64Array(K * N);
  for (let u = 0; u < K; u++) {
    for (let x = 0; x < N; x++) t[u * N + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * N));
  }
  return t;
})();

/**
 * 64-bit DCT perceptual hash (the pHash construction): 32x32 greyscale, 2-D DCT, the 8x8
 * lowest frequencies, each bit = coefficient above the median (DC excluded from the median).
 * Returned as 16 hex digits.
 */
export function phashFromGrey(grey: Uint8Array | Buffer): string {
  const rows = new Float64Array(N * K);
  for (let y = 0; y < N; y++) {
    for (let u = 0; u < K; u++) {
      let s = 0;
      for (let x = 0; x < N; x++) s += grey[y * N + x]! * COS[u * N + x]!;
      rows[y * K + u] = s;
    }
  }
  const coeffs = new Float64Array(K * K);
  for (let v = 0; v < K; v++) {
    for (let u = 0; u < K; u++) {
      let s = 0;
      for (let y = 0; y < N; y++) s += rows[y * K + u]! * COS[v * N + y]!;
      coeffs[v * K + u] = s;
    }
  }
  const sorted = Array.from(coeffs.subarray(1)).sort((a, b) => a - b);
  const median = (sorted[31]! + sorted[32]!) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let b = 0; b < 4; b++) v = (v << 1) | (coeffs[nibble * 4 + b]! > median ? 1 : 0);
    hex += v.toString(16);
  }
  return hex;
}

/**
 * pHash of a luminance plane: area-averaged to 32x32 (stretched, not cropped), then hashed. Cells
 * of 8 px or more are averaged over every other pixel each way: the same mean to a fraction of a
 * level, for a quarter of the reads.
 */
export function phashOfLuma(luma: Float32Array, width: number, height: number): string {
  const grey = new Uint8Array(N * N);
  for (let v = 0; v < N; v++) {
    const y0 = Math.floor((v * height) / N);
    const y1 = Math.max(y0 + 1, Math.floor(((v + 1) * height) / N));
    const sy = y1 - y0 >= 8 ? 2 : 1;
    for (let u = 0; u < N; u++) {
      const x0 = Math.floor((u * width) / N);
      const x1 = Math.max(x0 + 1, Math.floor(((u + 1) * width) / N));
      const sx = x1 - x0 >= 8 ? 2 : 1;
      let sum = 0;
      let count = 0;
      for (let y = y0; y < y1; y += sy) {
        for (let i = y * width + x0, end = y * width + x1; i < end; i += sx) {
          sum += luma[i]!;
          count++;
        }
      }
      grey[v * N + u] = Math.round(sum / count);
    }
  }
  return phashFromGrey(grey);
}

/** pHash of an encoded image, flattened onto white: the same hash runQa reports for it. */
export async function phashOf(image: Buffer): Promise<string> {
  const { decodeImage } = await import('./analyse.js');
  const { small } = await decodeImage(image, [255, 255, 255]);
  return phashOfLuma(small.luma, small.width, small.height);
}

export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) {
    throw new Error(`pHash must be 16 hex digits, found "${a}" and "${b}"`);
  }
  let d = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}
