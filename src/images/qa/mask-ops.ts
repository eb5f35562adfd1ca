/** A connected group of pixels: its pixel indices and their box. */
export interface Component {
  pixels: number[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** 4-connected components of the pixels where `on` is 1, at least `minSize` pixels each. */
export function components(on: Uint8Array, w: number, h: number, minSize: number): Component[] {
  const seen = new Uint8Array(w * h);
  const out: Component[] = [];
  // A typed stack and no neighbour arrays: this runs over every candidate pixel of a 1024 px plane.
  const stack = new Int32Array(w * h);
  for (let s = 0; s < on.length; s++) {
    if (!on[s] || seen[s]) continue;
    const c: Component = { pixels: [], x0: w, y0: h, x1: -1, y1: -1 };
    seen[s] = 1;
    let top = 0;
    stack[top++] = s;
    const visit = (k: number): void => {
      if (on[k] && !seen[k]) {
        seen[k] = 1;
        stack[top++] = k;
      }
    };
    while (top > 0) {
      const i = stack[--top]!;
      c.pixels.push(i);
      const x = i % w;
      const y = (i - x) / w;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      // The order of neighbours() (left, right, up, down), so the pixels are listed as before.
      if (x > 0) visit(i - 1);
      if (x < w - 1) visit(i + 1);
      if (y > 0) visit(i - w);
      if (y < h - 1) visit(i + w);
    }
    if (c.pixels.length >= minSize) out.push(c);
  }
  return out;
}

/** The 4-neighbours of pixel i at (x, y) that lie inside the image. */
export function neighbours(i: number, x: number, y: number, w: number, h: number): number[] {
  const out: number[] = [];
  if (x > 0) out.push(i - 1);
  if (x < w - 1) out.push(i + 1);
  if (y > 0) out.push(i - w);
  if (y < h - 1) out.push(i + w);
  return out;
}

/** Number of pixels set in a 0/1 mask. */
export function countOn(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}
