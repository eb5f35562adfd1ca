import type { QaCheckResult } from '../../domain/manifest-record.js';
import { CLEAN, type Analysed } from './analyse.js';
import { contoursOf } from './mask-ops.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** Smoothing along the outline that removes the pixel staircase, in outline steps. */
const FINE = 1.5;
/** ...and that removes jags and notches up to a few px deep. */
const COARSE = 5;
/** Outline stretch over which the two lengths are compared, in steps. */
const WINDOW = 32;
/** Only stretches cut hard count: most of their points have clean backdrop within this many px. */
const HARD_REACH = 2;
/** A stretch is ragged when its finely smoothed length exceeds its coarsely smoothed one by this factor. */
const RAGGED = 1.12;

/** x and y of a closed outline smoothed by a Gaussian of sigma steps along it. */
function smoothed(c: Int32Array, w: number, sigma: number): { x: Float32Array; y: Float32Array } {
  const n = c.length;
  const r = Math.min(Math.ceil(3 * sigma), Math.floor((n - 1) / 2));
  const k = Array.from({ length: 2 * r + 1 }, (_, j) => Math.exp(-((j - r) ** 2) / (2 * sigma * sigma)));
  const sum = k.reduce((a, b) => a + b, 0);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let sx = 0;
    let sy = 0;
    for (let j = -r; j <= r; j++) {
      const p = c[(i + j + n) % n]!;
      const px = p % w;
      sx += k[j + r]! * px;
      sy += k[j + r]! * ((p - px) / w);
    }
    x[i] = sx / sum;
    y[i] = sy / sum;
  }
  return { x, y };
}

function stepLengths(s: { x: Float32Array; y: Float32Array }): Float32Array {
  const n = s.x.length;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    out[i] = Math.hypot(s.x[j]! - s.x[i]!, s.y[j]! - s.y[i]!);
  }
  return out;
}

function nearClean(diff: Uint8Array, w: number, h: number, p: number): boolean {
  const x = p % w;
  const y = (p - x) / w;
  for (let dy = -HARD_REACH; dy <= HARD_REACH; dy++) {
    const yy = y + dy;
    if (yy < 0 || yy >= h) continue;
    for (let dx = -HARD_REACH; dx <= HARD_REACH; dx++) {
      const xx = x + dx;
      if (xx >= 0 && xx < w && diff[yy * w + xx]! <= CLEAN) return true;
    }
  }
  return false;
}

/**
 * Outline roughness: along the product region's outlines, the share of stretches whose length,
 * once the pixel staircase is smoothed away, still exceeds the length of the same stretch
 * smoothed over a few px by RAGGED: jags and notches (a cut wandering through the backdrop) add
 * length that smoothing removes; a smooth or straight edge keeps its length.
 */
export function measureOutlineRoughness(a: Analysed): { share: number; length: number } | undefined {
  const { width: w, height: h, mask, diff, bbox } = a.small;
  if (!bbox) return undefined;
  let ragged = 0;
  let total = 0;
  for (const c of contoursOf(mask, w, h)) {
    if (c.length < 2 * WINDOW) continue;
    const fine = stepLengths(smoothed(c, w, FINE));
    const coarse = stepLengths(smoothed(c, w, COARSE));
    const n = c.length;
    for (let s = 0; s + WINDOW <= n; s += WINDOW / 2) {
      let lf = 0;
      let lc = 0;
      let hard = 0;
      for (let i = s; i < s + WINDOW; i++) {
        lf += fine[i]!;
        lc += coarse[i]!;
        if (nearClean(diff, w, h, c[i]!)) hard++;
      }
      // A soft edge (a shadow's rim, a blur) has its outline drawn by noise: not judged.
      if (hard < 0.75 * WINDOW) continue;
      total += WINDOW / 2;
      if (lf > RAGGED * lc) ragged += WINDOW / 2;
    }
  }
  return { share: total ? ragged / total : 0, length: total };
}

export function checkRaggedOutline(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxRaggedOutline;
  const sev = p.severity['ragged-outline'];
  const m = measureOutlineRoughness(a);
  if (!m) return judged('ragged-outline', false, sev, null, max, 'no product to judge');
  const ok = m.share <= max;
  const seen = `${(m.share * 100).toFixed(1)}% of the product's outline is jagged or notched (longer by over ${Math.round((RAGGED - 1) * 100)}% than the same stretch smoothed over a few px), allowed ${(max * 100).toFixed(1)}%`;
  return judged(
    'ragged-outline',
    ok,
    sev,
    round(m.share, 4),
    max,
    ok
      ? seen
      : `${seen}: the cut wandered through the backdrop or bit into the product. Re-cut the photo (a cleaner backdrop or a cut-out with a smooth alpha)`,
  );
}
