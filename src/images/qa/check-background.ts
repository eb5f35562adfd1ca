import type { QaCheckResult } from '../../domain/manifest-record.js';
import { bytesOf, type Decoded } from './analyse.js';
import type { BackgroundTolerance } from './background-tolerance.js';
import { backgroundWords, skipBackground } from './background-words.js';
import { toHex } from './colour.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** Width of the border band judged, as a share of the short side (at least 2 px). */
const BAND = 0.01;

/**
 * Background purity in the border band: the share at the background (exactly, or within what the
 * codec leaves of a flat colour: see backgroundTolerance) and the worst pixel.
 */
export function checkBackground(a: Decoded, p: QaProfile, tolerance: BackgroundTolerance): QaCheckResult[] {
  if (!p.background) return [];
  const tol = tolerance.levels;
  const { width, height } = a;
  const rgb = bytesOf(a.rgb);
  const [br, bgc, bb] = p.background;
  const band = Math.max(2, Math.round(Math.min(width, height) * BAND));
  const bw = backgroundWords(rgb, p.background);
  let exact = 0;
  let total = 0;
  let worst = 0;
  // Pixels p in [from, to): exact-background groups of four skipped a word group at a time.
  const scan = (from: number, to: number) => {
    total += to - from;
    for (let q = from; q < to; q++) {
      if (bw && (q & 3) === 0) {
        const next = skipBackground(bw, q, to);
        exact += next - q;
        q = next;
        if (q >= to) break;
      }
      const j = q * 3;
      const dr = Math.abs(rgb[j]! - br);
      const dg = Math.abs(rgb[j + 1]! - bgc);
      const db = Math.abs(rgb[j + 2]! - bb);
      const d = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
      if (d <= tol) exact++;
      if (d > worst) worst = d;
    }
  };
  for (let y = 0; y < height; y++) {
    const o = y * width;
    if (y < band || y >= height - band) {
      scan(o, o + width);
    } else {
      scan(o, o + band);
      scan(o + width - band, o + width);
    }
  }
  const share = exact / total;
  const bg = toHex(p.background);
  const { minBorderShare, maxBorderDeviation } = p.thresholds;
  const at = tol === 0 ? `exactly ${bg}` : `within ${tol} levels of ${bg} (${tolerance.basis})`;
  return [
    judged(
      'background',
      share >= minBorderShare,
      p.severity.background,
      round(share, 4),
      minBorderShare,
      `${(share * 100).toFixed(1)}% of the ${band}px border is ${at} (needs ${(minBorderShare * 100).toFixed(1)}%)`,
    ),
    judged(
      'background-deviation',
      worst <= maxBorderDeviation,
      p.severity['background-deviation'],
      worst,
      maxBorderDeviation,
      worst <= maxBorderDeviation
        ? `border differs from ${bg} by at most ${worst} levels`
        : `border differs from ${bg} by up to ${worst} levels (allowed ${maxBorderDeviation}): tinted backdrop or product touching the edge`,
    ),
  ];
}
