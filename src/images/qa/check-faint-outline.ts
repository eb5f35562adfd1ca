import type { QaCheckResult } from '../../domain/manifest-record.js';
import type { Analysed } from './analyse.js';
import { contoursOf } from './mask-ops.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/**
 * An outline point is visible when a pixel within this many px of it differs from the backdrop
 * by... (far enough inward that a soft shadow's or a blurred edge's faint rim still reaches its core)
 */
const REACH = 8;
/** ...at least this much (largest channel difference). */
const VISIBLE = 6;

/**
 * The share of the product region's outline with no visible contrast against the backdrop: the
 * outline runs through pixels within VISIBLE levels of it for REACH px inward. A light product
 * dissolving into white has long faint stretches; a faint grey edge or shadow keeps it visible.
 */
export function measureFaintOutline(a: Analysed): { share: number; length: number } | undefined {
  const { width: w, height: h, region, diff, bbox } = a.small;
  if (!bbox) return undefined;
  let faint = 0;
  let total = 0;
  for (const c of contoursOf(region, w, h)) {
    for (const p of c) {
      const x = p % w;
      const y = (p - x) / w;
      let best = 0;
      for (let dy = -REACH; dy <= REACH && best < VISIBLE; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -REACH; dx <= REACH; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < w && diff[yy * w + xx]! > best) best = diff[yy * w + xx]!;
        }
      }
      total++;
      if (best < VISIBLE) faint++;
    }
  }
  return { share: total ? faint / total : 0, length: total };
}

export function checkFaintOutline(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxFaintOutline;
  const sev = p.severity['faint-outline'];
  const m = measureFaintOutline(a);
  if (!m) return judged('faint-outline', false, sev, null, max, 'no product to judge');
  const ok = m.share <= max;
  const seen = `${(m.share * 100).toFixed(1)}% of the product's outline is within ${VISIBLE} levels of the backdrop (no visible edge), allowed ${(max * 100).toFixed(1)}%`;
  return judged(
    'faint-outline',
    ok,
    sev,
    round(m.share, 4),
    max,
    ok
      ? seen
      : `${seen}: a light product is dissolving into the background. Keep a faint outline or contact shadow (the studio's shadow: \`shadow: true\`), or use a slightly darker background`,
  );
}
