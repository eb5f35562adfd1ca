import type { QaCheckResult } from '../../domain/manifest-record.js';
import type { Severity } from './profiles.js';

/** A check's outcome: within threshold passes; otherwise the profile's severity for it. */
export function judged(
  check: string,
  ok: boolean,
  severity: Severity,
  value: QaCheckResult['value'],
  threshold: QaCheckResult['threshold'],
  message: string,
): QaCheckResult {
  return { check, status: ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail', value, threshold, message };
}

export function round(v: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** An image's verdict: its worst check. */
export function overallStatus(checks: readonly QaCheckResult[]): 'pass' | 'warn' | 'fail' {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  return checks.some((c) => c.status === 'warn') ? 'warn' : 'pass';
}
