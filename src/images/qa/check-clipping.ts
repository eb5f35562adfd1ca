import type { QaCheckResult } from '../../domain/manifest-record.js';
import { bytesOf, type Analysed } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** Within this many levels of 0 or 255 a channel has lost its detail. */
const CLIP = 3;
/** A blown pixel is also this bright: saturated colours sit at 255 in one channel legitimately. */
const BLOWN_LUMA = 230;

/**
 * Share of product pixels (and what the product encloses) blown out or crushed: blown = its
 * brightest channel at 255 and near-white overall (a blown orange turns pale yellow, never 255 in
 * every channel); crushed = every channel at 0.
 */
export function measureClipping(a: Analysed): { share: number; high: number; low: number } | undefined {
  const { solid, bbox, width: w } = a.small;
  const rgb = bytesOf(a.small.rgb);
  if (!bbox) return undefined;
  let n = 0;
  let high = 0;
  let low = 0;
  // Every other pixel each way: a share of the product is as clear in a quarter of its pixels.
  for (let y = bbox.y0; y <= bbox.y1; y += 2) {
    for (let i = y * w + bbox.x0, j = i * 3; i <= y * w + bbox.x1; i += 2, j += 6) {
      if (!solid[i]) continue;
      n++;
      const r = rgb[j]!;
      const g = rgb[j + 1]!;
      const b = rgb[j + 2]!;
      const max = r > g ? (r > b ? r : b) : g > b ? g : b;
      if (max >= 255 - CLIP && 0.2126 * r + 0.7152 * g + 0.0722 * b >= BLOWN_LUMA) high++;
      else if (max <= CLIP) low++;
    }
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
