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
      // Left, right, up, down: the order the pixels were always listed in.
      if (x > 0) visit(i - 1);
      if (x < w - 1) visit(i + 1);
      if (y > 0) visit(i - w);
      if (y < h - 1) visit(i + w);
    }
    if (c.pixels.length >= minSize) out.push(c);
  }
  return out;
}

/** Number of pixels set in a 0/1 mask. */
export function countOn(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

/** The 8 directions clockwise (y down) from east: dx and dy. */
const DX = [1, 1, 0, -1, -1, -1, 0, 1];
const DY = [0, 1, 1, 1, 0, -1, -1, -1];

/**
 * The boundaries of the pixels where `on` is 1, each as its boundary pixels in order (radial
 * sweep, 8-connected), outer outlines and holes alike; boundaries shorter than `minLength` are dropped.
 */
export function traceContours(on: Uint8Array, w: number, h: number, minLength: number): Int32Array[] {
  const traced = new Uint8Array(w * h);
  const out: Int32Array[] = [];
  for (let i = 0; i < on.length; i++) {
    const x = i % w;
    if (!on[i] || traced[i] || (x > 0 && on[i - 1])) continue;
    const c = traceFrom(on, w, h, i, traced);
    if (c.length >= minLength) out.push(c);
  }
  return out;
}

function traceFrom(on: Uint8Array, w: number, h: number, start: number, traced: Uint8Array): Int32Array {
  const pts: number[] = [start];
  traced[start] = 1;
  let p = start;
  // As if arrived from the west (background there): sweep clockwise from north-west.
  let back = 4;
  let first = -1;
  for (let step = 0; step < 4 * on.length; step++) {
    const px = p % w;
    const py = (p - px) / w;
    let next = -1;
    let dir = -1;
    for (let k = 1; k <= 8; k++) {
      const d = (back + k) % 8;
      const nx = px + DX[d]!;
      const ny = py + DY[d]!;
      if (nx < 0 || ny < 0 || nx >= w || ny >= h || !on[ny * w + nx]) continue;
      next = ny * w + nx;
      dir = d;
      break;
    }
    if (next < 0) break; // a lone pixel
    if (p === start && dir === first) break;
    if (first < 0) first = dir;
    pts.push(next);
    traced[next] = 1;
    back = (dir + 4) % 8;
    p = next;
  }
  // The walk ends where it began: drop the repeated start.
  if (pts.length > 1 && pts[pts.length - 1] === start) pts.pop();
  return Int32Array.from(pts);
}

/** Contours shorter than this many px are specks, not a product's outline. */
const MIN_CONTOUR = 24;

/**
 * The outlines of a mask's parts. Not cached by the mask: the analysis plane's arrays are reused
 * from one image to the next (releasePlane), so a cache keyed by the array returned the previous
 * image's outlines; and each mask is traced by one check only.
 */
export function contoursOf(on: Uint8Array, w: number, h: number): Int32Array[] {
  return traceContours(on, w, h, MIN_CONTOUR);
}
