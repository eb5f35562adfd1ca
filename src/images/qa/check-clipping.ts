import type { QaCheckResult } from '../../store/manifest-record.js';
import type { Analysed } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** Within this many levels of 0 or 255 in every channel a pixel has lost its detail. */
const CLIP = 3;

/** Share of product pixels (and what the product encloses) blown to white or crushed to black. */
export function measureClipping(a: Analysed): { share: number; high: number; low: number } | undefined {
  const { rgb, solid } = a.small;
  let n = 0;
  let high = 0;
  let low = 0;
  for (let i = 0, j = 0; i < solid.length; i++, j += 3) {
    if (!solid[i]) continue;
    n++;
    const r = rgb[j]!;
    const g = rgb[j + 1]!;
    const b = rgb[j + 2]!;
    if (r >= 255 - CLIP && g >= 255 - CLIP && b >= 255 - CLIP) high++;
    else if (r <= CLIP && g <= CLIP && b <= CLIP) low++;
  }
  if (n === 0) return undefined;
  return { share: (high + low) / n, high: high / n, low: low / n };
}

export function checkClipping(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxClipped;
  const m = measureClipping(a);
  if (!m) return judged('clipping', false, p.severity.clipping, null, max, 'no product to judge');
  const detail = `${(m.high * 100).toFixed(1)}% blown highlights, ${(m.low * 100).toFixed(1)}% crushed shadows`;
  return judged(
    'clipping',
    m.share <= max,
    p.severity.clipping,
    round(m.share),
    max,
    m.share <= max ? detail : `${detail}: more than ${(max * 100).toFixed(0)}% of the product has no detail`,
  );
}
