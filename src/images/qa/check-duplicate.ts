import type { QaCheckResult } from '../../store/manifest-record.js';
import { hammingDistance } from './phash.js';
import type { QaProfile } from './profiles.js';
import { judged } from './result.js';

export function checkDuplicate(
  phash: string,
  siblings: { key: string; phash: string }[] | undefined,
  p: QaProfile,
): QaCheckResult | undefined {
  if (!siblings || siblings.length === 0) return undefined;
  const min = p.thresholds.minDuplicateDistance;
  let nearest = siblings[0]!;
  let best = Infinity;
  for (const s of siblings) {
    const d = hammingDistance(phash, s.phash);
    if (d < best) {
      best = d;
      nearest = s;
    }
  }
  return judged(
    'duplicate',
    best >= min,
    p.severity.duplicate,
    best,
    min,
    best >= min
      ? `nearest sibling ${nearest.key} differs by ${best}/64 pHash bits`
      : `near-duplicate of ${nearest.key}: only ${best}/64 pHash bits differ (needs ${min})`,
  );
}
