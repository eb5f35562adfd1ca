import type { QaCheckResult } from '../../store/manifest-record.js';
import type { Analysed } from './analyse.js';
import { PRODUCT_TOLERANCE } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

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

/**
 * Longest straight seam: for every row and column boundary inside the image, the number of
 * sharp steps from exact background to near-background colour along it, as a share of the side.
 * A pasted rectangle of off-white backdrop makes long straight rows of such steps; a product's
 * outline is curved and dark, and a soft shadow fades instead of stepping.
 */
export function measureSeams(a: Analysed): { share: number; at: string } {
  // Exact pixel values sampled every `stride` px: a step keeps its height, and the work is that of
  // a 1024 px image whatever the size.
  const { width: w, height: h, diff, stride } = a.sampled;
  const run = Math.max(2, Math.round(PLATEAU_PX / stride));
  const margin = run + 2;
  const cols = new Uint32Array(w);
  let bestRow = 0;
  let bestRowAt = -1;
  for (let y = margin; y < h - margin - 1; y++) {
    let rowCount = 0;
    const o = y * w;
    for (let x = margin; x < w - margin - 1; x++) {
      if (isStep(diff, o + x, w, run)) rowCount++;
      if (isStep(diff, o + x, 1, run)) cols[x]!++;
    }
    if (rowCount > bestRow) {
      bestRow = rowCount;
      bestRowAt = y;
    }
  }
  let bestCol = 0;
  let bestColAt = -1;
  for (let x = margin; x < w - margin - 1; x++) {
    if (cols[x]! > bestCol) {
      bestCol = cols[x]!;
      bestColAt = x;
    }
  }
  const rowShare = bestRow / w;
  const colShare = bestCol / h;
  return rowShare >= colShare
    ? { share: rowShare, at: `row ${bestRowAt * stride}` }
    : { share: colShare, at: `column ${bestColAt * stride}` };
}

export function checkSeams(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxSeam;
  const m = measureSeams(a);
  return judged(
    'seams',
    m.share <= max,
    p.severity.seams,
    round(m.share),
    max,
    m.share <= max
      ? `longest straight near-background edge spans ${(m.share * 100).toFixed(1)}% of the side`
      : `a straight near-background edge at ${m.at} spans ${(m.share * 100).toFixed(1)}% of the side: a pasted backdrop rectangle (seam)`,
  );
}
