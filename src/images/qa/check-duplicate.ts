import type { QaSettings } from '../../domain/config.js';
import type { QaCheckResult } from '../../domain/manifest-record.js';
import { hammingDistance } from './phash.js';
import { resolveQaProfile, type QaProfile } from './profiles.js';
import { judged, overallStatus } from './result.js';

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
  const result = judged(
    'duplicate',
    best >= min,
    p.severity.duplicate,
    best,
    min,
    best >= min
      ? `nearest sibling ${nearest.key} differs by ${best}/64 pHash bits`
      : `near-duplicate of ${nearest.key}: only ${best}/64 pHash bits differ (needs ${min})`,
  );
  return { ...result, sibling: nearest.key };
}

/**
 * Adds the near-duplicate verdict to a report made without siblings. The run uses this instead of
 * passing siblings to runQa: the lookup of siblings and the verdict then happen in one synchronous
 * step after the other checks, so a sibling that finished meanwhile is not missed.
 */
export function addDuplicateCheck<R extends { status: 'pass' | 'warn' | 'fail'; checks: QaCheckResult[] }>(
  report: R,
  phash: string,
  siblings: { key: string; phash: string }[],
  qa: QaSettings,
  background: string,
): R {
  const profile = resolveQaProfile(qa, background);
  if (profile.severity.duplicate === 'off') return report;
  const result = checkDuplicate(phash, siblings, profile);
  if (!result) return report;
  const checks = [...report.checks.filter((c) => c.check !== 'duplicate'), result];
  return { ...report, checks, status: overallStatus(checks) };
}
