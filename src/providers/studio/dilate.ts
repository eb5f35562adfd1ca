/**
 * `mask` grown by r pixels (a square, two separable passes), kept only where `within` is set
 * when it is given. The forward and backward sweeps give each pixel the distance to the nearest
 * set pixel in its row, then in its column.
 */
export function dilate(mask: Uint8Array, w: number, h: number, r: number, within?: Uint8Array): Uint8Array {
  const tmp = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    let last = -Infinity;
    for (let x = 0; x < w; x++) {
      if (mask[y * w + x]) last = x;
      if (x - last <= r) tmp[y * w + x] = 1;
    }
    last = Infinity;
    for (let x = w - 1; x >= 0; x--) {
      if (mask[y * w + x]) last = x;
      if (last - x <= r) tmp[y * w + x] = 1;
    }
  }
  const out = new Uint8Array(w * h);
  for (let x = 0; x < w; x++) {
    let last = -Infinity;
    for (let y = 0; y < h; y++) {
      if (tmp[y * w + x]) last = y;
      if (y - last <= r && (!within || within[y * w + x])) out[y * w + x] = 1;
    }
    last = Infinity;
    for (let y = h - 1; y >= 0; y--) {
      if (tmp[y * w + x]) last = y;
      if (last - y <= r && (!within || within[y * w + x])) out[y * w + x] = 1;
    }
  }
  return out;
}
