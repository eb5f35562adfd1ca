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

/**
 * An image's verdict: its worst check. A check that could not finish fails the image: it is kept
 * for review, never published as passed.
 */
export function overallStatus(checks: readonly QaCheckResult[]): 'pass' | 'warn' | 'fail' {
  if (checks.some((c) => c.status === 'fail' || c.status === 'error')) return 'fail';
  return checks.some((c) => c.status === 'warn') ? 'warn' : 'pass';
}

/** The result of a check that could not finish: says so and why, with no measured value. */
export function errored(check: string, error: unknown): QaCheckResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    check,
    status: 'error',
    value: null,
    message: `the check could not finish (${reason}); the image is kept for review. Run \`shotlist qa\` on it again, or accept it after a look`,
  };
}

/** Runs one check; an exception becomes that check's `error` result rather than the image's crash. */
export async function guarded(
  check: string,
  run: () => QaCheckResult | QaCheckResult[] | undefined | Promise<QaCheckResult | undefined>,
): Promise<QaCheckResult[]> {
  try {
    const r = await run();
    return r === undefined ? [] : Array.isArray(r) ? r : [r];
  } catch (error) {
    return [errored(check, error)];
  }
}
