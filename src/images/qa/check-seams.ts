import type { QaCheckResult } from '../../store/manifest-record.js';
import { ANALYSIS_EDGE, bytesOf, PRODUCT_TOLERANCE, type Decoded } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** A seam step: background (within BG levels) next to near-background (STEP..PRODUCT_TOLERANCE). */
const BG = 2;
const STEP = 4;
/** Past the step the near-background must go on this far (full-size px): see isStep. */
const PLATEAU_PX = 12;

/**
 * Max-channel difference from the background (0-255) at exact pixel values, sampled every
 * `stride` pixels (no averaging, so steps keep their height). Samples are made on demand, by whole
 * rows or columns: the seam search looks only at the bands round the content's box.
 */
class Samples {
  readonly stride: number;
  readonly width: number;
  readonly height: number;
  readonly diff: Uint8Array;
  private readonly rowDone: Uint8Array;
  private readonly colDone: Uint8Array;

  private readonly rgb: Uint8Array;
  private readonly fullWidth: number;
  private readonly br: number;
  private readonly bg: number;
  private readonly bb: number;

  constructor(a: Decoded) {
    this.rgb = bytesOf(a.rgb);
    this.fullWidth = a.width;
    [this.br, this.bg, this.bb] = a.bg;
    this.stride = Math.max(1, Math.round(Math.max(a.width, a.height) / ANALYSIS_EDGE));
    this.width = Math.ceil(a.width / this.stride);
    this.height = Math.ceil(a.height / this.stride);
    this.diff = new Uint8Array(this.width * this.height);
    this.rowDone = new Uint8Array(this.height);
    this.colDone = new Uint8Array(this.width);
  }

  /**
   * Samples the rectangle of columns x0..x1 and rows y0..y1 (clipped), skipping rows and columns
   * already done; returns how many samples in each row (`byRow`) or column are at least `min`.
   */
  private sample(x0: number, x1: number, y0: number, y1: number, min: number, byRow: boolean): Uint32Array {
    const counts = new Uint32Array(Math.max(0, byRow ? y1 - y0 + 1 : x1 - x0 + 1));
    const { rgb, br, bg, bb, stride, fullWidth, diff, rowDone, colDone, width } = this;
    const xa = Math.max(0, x0);
    const xb = Math.min(width - 1, x1);
    const ya = Math.max(0, y0);
    const yb = Math.min(this.height - 1, y1);
    for (let y = ya; y <= yb; y++) {
      const o = y * width;
      const done = rowDone[y] === 1;
      const row = y * stride * fullWidth;
      let c = 0;
      for (let x = xa; x <= xb; x++) {
        let d: number;
        if (done || colDone[x] === 1) {
          d = diff[o + x]!;
        } else {
          const j = (row + x * stride) * 3;
          const dr = Math.abs(rgb[j]! - br);
          const dg = Math.abs(rgb[j + 1]! - bg);
          const db = Math.abs(rgb[j + 2]! - bb);
          d = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
          diff[o + x] = d;
        }
        if (d >= min) {
          if (byRow) c++;
          else counts[x - x0]!++;
        }
      }
      if (byRow) counts[y - y0] = c;
    }
    return counts;
  }

  /** Samples whole rows lo..hi; returns how many samples in each are at least `min`. */
  rows(lo: number, hi: number, min = 256): Uint32Array {
    const counts = this.sample(0, this.width - 1, lo, hi, min, true);
    this.rowDone.fill(1, Math.max(0, lo), Math.max(0, Math.min(this.height, hi + 1)));
    return counts;
  }

  /** Samples whole columns lo..hi, row by row (going down one column touches a new cache line per sample). */
  cols(lo: number, hi: number, min = 256): Uint32Array {
    const counts = this.sample(lo, hi, 0, this.height - 1, min, false);
    this.colDone.fill(1, Math.max(0, lo), Math.max(0, Math.min(this.width, hi + 1)));
    return counts;
  }
}

function near(d: number, min: number): boolean {
  return d >= min && d <= PRODUCT_TOLERANCE;
}

/**
 * A step between neighbours i and i + stride: from background up by at least STEP levels in one
 * pixel, followed by a flat plateau of near-background (a soft shadow keeps rising instead).
 */
function isStep(diff: Uint8Array, i: number, stride: number, run: number): boolean {
  const a = diff[i]!;
  const b = diff[i + stride]!;
  if (a <= BG && near(b, STEP) && b - a >= STEP) return plateau(diff, i + stride, stride, b, run);
  if (b <= BG && near(a, STEP) && a - b >= STEP) return plateau(diff, i, -stride, a, run);
  return false;
}

/**
 * The near-background goes on for `run` more samples without rising: a pasted backdrop, not an
 * anti-aliased outline, the few pixels a lossy codec smears beside a product edge, or a soft shadow.
 */
function plateau(diff: Uint8Array, from: number, stride: number, level: number, run: number): boolean {
  let sum = 0;
  for (let k = 1; k <= run; k++) {
    const d = diff[from + k * stride]!;
    if (!near(d, 2)) return false;
    sum += d;
  }
  return sum / run <= level + 3;
}

/** A pasted backdrop darker than near-background must stay within this many levels past its step. */
const HIGH_FLAT = 10;
/** ...and, since a product can have a long straight flat face too, its run must cover this share of the content box's side. */
const HIGH_COVER = 0.9;

/**
 * A step from exact background straight onto a flat plateau beyond near-background (a naive trim
 * of a photo shot on a grey or off-white backdrop): the pasted backdrop is then plainly visible.
 */
function isHighStep(diff: Uint8Array, i: number, stride: number, run: number): boolean {
  const a = diff[i]!;
  const b = diff[i + stride]!;
  if (a <= BG && b > PRODUCT_TOLERANCE) return flat(diff, i + stride, stride, b, run);
  if (b <= BG && a > PRODUCT_TOLERANCE) return flat(diff, i, -stride, a, run);
  return false;
}

function flat(diff: Uint8Array, from: number, stride: number, level: number, run: number): boolean {
  for (let k = 1; k <= run; k++) if (Math.abs(diff[from + k * stride]! - level) > HIGH_FLAT) return false;
  return true;
}

/** A seam's run of steps may skip this many samples in a row (codec noise) and still be one run. */
const GAP = 2;

/** Rows or columns with fewer off-background samples than this are noise, not content, for the bbox. */
const CONTENT_MIN = 3;
/** How far (samples) a seam may sit from the content's bounding box (codec ringing, rounding). */
const BBOX_SLACK = 3;

/**
 * Bounding box, in samples, of everything off the background (product and any pasted backdrop):
 * found by sampling inward from each side until a row or column has content, so the product's
 * interior is never sampled.
 */
function contentBox(samples: Samples) {
  const { width: w, height: h } = samples;
  const content = (counts: Uint32Array) => counts[0]! >= CONTENT_MIN;
  let y0 = 0;
  while (y0 < h && !content(samples.rows(y0, y0, STEP))) y0++;
  if (y0 === h) return undefined;
  let y1 = h - 1;
  while (!content(samples.rows(y1, y1, STEP))) y1--;
  // Columns a block at a time, each block sampled row by row.
  const BLOCK = 16;
  let x0 = -1;
  for (let lo = 0; lo < w && x0 < 0; lo += BLOCK) {
    const counts = samples.cols(lo, lo + BLOCK - 1, STEP);
    const k = counts.findIndex((c) => c >= CONTENT_MIN);
    if (k >= 0) x0 = lo + k;
  }
  if (x0 < 0) return undefined;
  let x1 = -1;
  for (let hi = w - 1; hi >= x0 && x1 < 0; hi -= BLOCK) {
    const counts = samples.cols(hi - BLOCK + 1, hi, STEP);
    for (let k = counts.length - 1; k >= 0 && x1 < 0; k--)
      if (counts[k]! >= CONTENT_MIN) x1 = hi - BLOCK + 1 + k;
  }
  return { x0, y0, x1, y1 };
}

/**
 * Longest straight seam, as a share of the side: the longest unbroken run of sharp steps from
 * exact background to a flat near-background plateau along a row or column boundary that lies
 * on the bounding box of everything off the background. A naive trim pastes a rectangle of
 * off-white backdrop: the rectangle is the outermost content, and its edge is a step at every
 * pixel along a perfectly axis-aligned line. A light product's own edge (a white camera's side)
 * steps the same way, but it is straight for a short stretch only (it drifts to the next row or
 * column, which breaks the run), and mostly lies inside the content's box, not on it.
 */
export function measureSeams(a: Decoded): { share: number; at: string } {
  // Exact pixel values sampled every `stride` px: a step keeps its height, and the work is that of
  // a 1024 px image whatever the size.
  const samples = new Samples(a);
  const { width: w, height: h, diff, stride } = samples;
  const box = contentBox(samples);
  if (!box) return { share: 0, at: 'nowhere' };
  const run = Math.max(2, Math.round(PLATEAU_PX / stride));
  const margin = run + 2;
  // The rows and columns the search below reads: those on the box's edges, and the plateau beyond.
  const reach = BBOX_SLACK + run + 2;
  samples.rows(box.y0 - reach, box.y0 + reach);
  samples.rows(box.y1 - reach, box.y1 + reach);
  samples.cols(box.x0 - reach, box.x0 + reach);
  samples.cols(box.x1 - reach, box.x1 + reach);
  const onBox = (v: number, lo: number, hi: number) =>
    (v >= lo - 1 - BBOX_SLACK && v <= lo + BBOX_SLACK) || (v >= hi - BBOX_SLACK && v <= hi + BBOX_SLACK);
  // A boundary between k and k+1 steps into a plateau at lo (k = lo - 1) or out of one at hi (k = hi).
  let best = 0;
  let bestAt = 'nowhere';
  const longest = (from: number, step: number, count: number, test: typeof isStep) => {
    let cur = 0;
    let gap = 0;
    let top = 0;
    for (let k = 0, i = from; k < count; k++, i += step) {
      if (test(diff, i, step === 1 ? w : 1, run)) {
        cur++;
        gap = 0;
        if (cur > top) top = cur;
      } else if (++gap > GAP) {
        cur = 0;
      }
    }
    return top;
  };
  // Near-background seams count at any length; a seam onto a darker plateau only when it runs
  // corner to corner of the content box, as a pasted rectangle's edge does and a product's face does not.
  const seam = (from: number, step: number, count: number, extent: number) => {
    const low = longest(from, step, count, isStep);
    const high = longest(from, step, count, isHighStep);
    return Math.max(low, high >= HIGH_COVER * extent ? high : 0);
  };
  for (let y = margin; y < h - margin - 1; y++) {
    if (!onBox(y, box.y0, box.y1)) continue;
    const share = seam(y * w + margin, 1, w - 2 * margin - 1, box.x1 - box.x0 + 1) / w;
    if (share > best) {
      best = share;
      bestAt = `row ${y * stride}`;
    }
  }
  for (let x = margin; x < w - margin - 1; x++) {
    if (!onBox(x, box.x0, box.x1)) continue;
    const share = seam(margin * w + x, w, h - 2 * margin - 1, box.y1 - box.y0 + 1) / h;
    if (share > best) {
      best = share;
      bestAt = `column ${x * stride}`;
    }
  }
  return { share: best, at: bestAt };
}

export function checkSeams(a: Decoded, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxSeam;
  const m = measureSeams(a);
  return judged(
    'seams',
    m.share <= max,
    p.severity.seams,
    round(m.share),
    max,
    m.share <= max
      ? `longest unbroken straight near-background edge spans ${(m.share * 100).toFixed(1)}% of the side`
      : `an unbroken straight near-background edge at ${m.at} spans ${(m.share * 100).toFixed(1)}% of the side: a pasted backdrop rectangle (seam)`,
  );
}
