import type { QaCheckResult } from '../../domain/manifest-record.js';
import { PRODUCT_TOLERANCE, type Decoded } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';
import { SeamSamples } from './seam-samples.js';

/** A seam step: background (within BG levels) next to near-background (STEP..PRODUCT_TOLERANCE). */
const BG = 2;
const STEP = 4;
/** Past the step the near-background must go on this far (full-size px): see isStep. */
const PLATEAU_PX = 12;

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
 * rows and columns with at least CONTENT_MIN samples of STEP or more. Rows are sampled inward from
 * top and bottom; columns are found from each row's first and last hit, so the product's interior
 * is never sampled.
 */
function contentBox(samples: SeamSamples) {
  const { width: w, height: h } = samples;
  const content = (counts: Uint32Array) => counts[0]! >= CONTENT_MIN;
  let y0 = 0;
  while (y0 < h && !content(samples.rows(y0, y0, STEP))) y0++;
  if (y0 === h) return undefined;
  let y1 = h - 1;
  while (!content(samples.rows(y1, y1, STEP))) y1--;
  const firsts: number[] = [];
  const lasts: number[] = [];
  for (let y = 0; y < h; y++) {
    const f = samples.firstHit(y, STEP);
    if (f < 0) continue;
    firsts.push(f);
    lasts.push(samples.lastHit(y, STEP));
  }
  if (firsts.length < CONTENT_MIN) return undefined;
  // A column counts when CONTENT_MIN rows have a hit in it, and no row has one before its first:
  // so no column left of the CONTENT_MIN-th smallest first hit can count (likewise on the right).
  firsts.sort((p, q) => p - q);
  lasts.sort((p, q) => q - p);
  const BLOCK = 16;
  let x0 = -1;
  for (let lo = firsts[CONTENT_MIN - 1]!; lo < w && x0 < 0; lo += BLOCK) {
    const counts = samples.cols(lo, lo + BLOCK - 1, STEP);
    const k = counts.findIndex((c) => c >= CONTENT_MIN);
    if (k >= 0) x0 = lo + k;
  }
  if (x0 < 0) return undefined;
  let x1 = -1;
  for (let hi = lasts[CONTENT_MIN - 1]!; hi >= x0 && x1 < 0; hi -= BLOCK) {
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
  const samples = new SeamSamples(a);
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
