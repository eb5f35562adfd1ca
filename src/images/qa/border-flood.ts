/**
 * Flood fills from the image border over row runs rather than pixels: a backdrop is a few long
 * runs per row, so the fill visits thousands of runs instead of a million pixels (measured: about
 * five times faster than a per-pixel stack fill on a 1024 px plane).
 */

/** Horizontal runs of passable pixels, row by row and left to right within a row. */
interface Runs {
  /** First pixel's x of each run. */
  start: Int32Array;
  /** One past the last pixel's x. */
  end: Int32Array;
  /** Runs of row y are rowStart[y] .. rowStart[y + 1] - 1. */
  rowStart: Int32Array;
}

/** Runs of pixels whose value is below `limit`. */
function runsBelow(values: Uint8Array, w: number, h: number, limit: number): Runs {
  // Four zero bytes at a time across clean backdrop, when the bytes line up with 32-bit words.
  const words =
    values.byteOffset % 4 === 0
      ? new Uint32Array(values.buffer, values.byteOffset, values.length >> 2)
      : undefined;
  let start = new Int32Array(4 * h);
  let end = new Int32Array(4 * h);
  const rowStart = new Int32Array(h + 1);
  let count = 0;
  for (let y = 0; y < h; y++) {
    rowStart[y] = count;
    const o = y * w;
    let x = 0;
    while (x < w) {
      while (x < w && values[o + x]! >= limit) x++;
      if (x === w) break;
      const s = x;
      while (x < w && values[o + x]! < limit) {
        x++;
        if (words && limit > 0) {
          while (((o + x) & 3) === 0 && x + 4 <= w && words[(o + x) >> 2] === 0) x += 4;
        }
      }
      if (count === start.length) {
        const grownStart = new Int32Array(count * 2);
        grownStart.set(start);
        start = grownStart;
        const grownEnd = new Int32Array(count * 2);
        grownEnd.set(end);
        end = grownEnd;
      }
      start[count] = s;
      end[count] = x;
      count++;
    }
  }
  rowStart[h] = count;
  return { start, end, rowStart };
}

/** First run of row `y` that ends after x (runs of a row are sorted and disjoint). */
function firstEndingAfter(runs: Runs, y: number, x: number): number {
  let lo = runs.rowStart[y]!;
  let hi = runs.rowStart[y + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs.end[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which runs the border reaches through 4-connected passable pixels. */
function reachedRuns(runs: Runs, w: number, h: number): Uint8Array {
  const total = runs.rowStart[h]!;
  const reached = new Uint8Array(total);
  const stack = new Int32Array(total);
  const rowOf = new Int32Array(total);
  for (let y = 0; y < h; y++) rowOf.fill(y, runs.rowStart[y]!, runs.rowStart[y + 1]!);
  let top = 0;
  for (let r = 0; r < total; r++) {
    const y = rowOf[r]!;
    if (y === 0 || y === h - 1 || runs.start[r] === 0 || runs.end[r] === w) {
      reached[r] = 1;
      stack[top++] = r;
    }
  }
  while (top > 0) {
    const r = stack[--top]!;
    const y = rowOf[r]!;
    const s = runs.start[r]!;
    const e = runs.end[r]!;
    for (const ny of [y - 1, y + 1]) {
      if (ny < 0 || ny >= h) continue;
      const last = runs.rowStart[ny + 1]!;
      // Overlapping runs share at least one column: 4-connected.
      for (let k = firstEndingAfter(runs, ny, s); k < last && runs.start[k]! < e; k++) {
        if (!reached[k]) {
          reached[k] = 1;
          stack[top++] = k;
        }
      }
    }
  }
  return reached;
}

/** 1 everywhere except the reached runs' pixels, written into `out` (w * h long). */
function unreached(runs: Runs, reached: Uint8Array, w: number, h: number, out: Uint8Array): Uint8Array {
  out.fill(1);
  for (let y = 0; y < h; y++) {
    for (let r = runs.rowStart[y]!; r < runs.rowStart[y + 1]!; r++) {
      if (reached[r]) out.fill(0, y * w + runs.start[r]!, y * w + runs.end[r]!);
    }
  }
  return out;
}

/**
 * Reached pixels next to an unreached one (4-neighbours inside the image): where the unreached
 * area's outline begins. A pixel may be listed twice.
 */
function borderOf(runs: Runs, reached: Uint8Array, w: number, h: number): Int32Array {
  let out = new Int32Array(1024);
  let count = 0;
  const emit = (i: number) => {
    if (count === out.length) {
      const grown = new Int32Array(count * 2);
      grown.set(out);
      out = grown;
    }
    out[count++] = i;
  };
  for (let y = 0; y < h; y++) {
    const o = y * w;
    for (let r = runs.rowStart[y]!; r < runs.rowStart[y + 1]!; r++) {
      if (!reached[r]) continue;
      const s = runs.start[r]!;
      const e = runs.end[r]!;
      // Left and right ends: the pixel beyond is not passable.
      if (s > 0) emit(o + s);
      if (e < w) emit(o + e - 1);
      // Above and below: the stretches of [s, e) not covered by the neighbouring row's runs (a
      // passable pixel next to a reached one is reached, so any run there counts as reached).
      for (const ny of [y - 1, y + 1]) {
        if (ny < 0 || ny >= h) continue;
        let cursor = s;
        const last = runs.rowStart[ny + 1]!;
        for (let k = firstEndingAfter(runs, ny, s); k < last && runs.start[k]! < e; k++) {
          for (let x = cursor; x < runs.start[k]!; x++) emit(o + x);
          cursor = runs.end[k]!;
        }
        for (let x = cursor; x < e; x++) emit(o + x);
      }
    }
  }
  return out.slice(0, count);
}

/**
 * `enclosed`: 1 for every pixel the border cannot reach through pixels below `limit`, the rest 0.
 * `border`: the reached pixels that touch an enclosed one, when asked for.
 */
export function floodFromBorder(
  values: Uint8Array,
  w: number,
  h: number,
  limit: number,
  withBorder: boolean,
  /** Where `enclosed` is written (w * h long): a reused array instead of a new one. */
  into?: Uint8Array,
): { enclosed: Uint8Array; border: Int32Array } {
  const runs = runsBelow(values, w, h, limit);
  const reached = reachedRuns(runs, w, h);
  return {
    enclosed: unreached(runs, reached, w, h, into ?? new Uint8Array(w * h)),
    border: withBorder ? borderOf(runs, reached, w, h) : new Int32Array(0),
  };
}
