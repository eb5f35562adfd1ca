import sharp from 'sharp';

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

/** pHash of raw RGB pixels (already decoded). */
export async function phashOfRaw(rgb: Buffer, width: number, height: number): Promise<string> {
  const grey = await sharp(rgb, { raw: { width, height, channels: 3 } })
    .resize(N, N, { fit: 'fill', kernel: 'linear' })
    .greyscale()
    .raw()
    .toBuffer();
  return phashFromGrey(grey);
}

/** pHash of an encoded image, flattened onto white. */
export async function phashOf(image: Buffer): Promise<string> {
  const grey = await sharp(image)
    .flatten({ background: '#FFFFFF' })
    .resize(N, N, { fit: 'fill', kernel: 'linear' })
    .greyscale()
    .raw()
    .toBuffer();
  return phashFromGrey(grey);
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
