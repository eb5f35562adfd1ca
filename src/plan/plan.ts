import type { ManifestRecord } from '../domain/manifest-record.js';
import { compareCodeUnits } from '../domain/canonical.js';
import type { ShotSpec } from '../domain/spec.js';

export type PlanStatus =
  'new' | 'regenerate' | 're-derive' | 'unchanged' | 'failed-last-time' | 'blocked' | 'orphaned';

export const PLAN_STATUSES: readonly PlanStatus[] = [
  'new',
  'regenerate',
  're-derive',
  'failed-last-time',
  'blocked',
  'unchanged',
  'orphaned',
];

export interface PlannedShot {
  spec?: ShotSpec;
  key: string;
  status: PlanStatus;
  previous?: ManifestRecord;
  /** Why, for people: filled by the base diff (or from the manifest when there is no base). */
  reason?: string;
  /** Why, for machines: stable codes such as `prompt-version-bumped`, joined reasons keep their order. */
  reasonCodes?: string[];
  /** 1-based shard, when the plan was split. */
  shard?: number;
}

/** Statuses that call a provider (and cost money); re-derive works from the kept raw output. */
export function needsProvider(status: PlanStatus): boolean {
  return status === 'new' || status === 'regenerate' || status === 'failed-last-time';
}

/** Statuses that produce work for `generate`. */
export function isPlanned(status: PlanStatus): boolean {
  return needsProvider(status) || status === 're-derive';
}

/**
 * Failures that the same inputs would meet again: a refusal (the studio cannot separate the photo,
 * a safety block), a request the API rejects as invalid. Running them again costs money or time
 * and fails the same way, so they wait for a change of input, `--retry-blocked` or `accept`.
 * Everything else (network, rate limits, timeouts, 5xx, a missing key, no credits) is retried.
 */
const BLOCKING_ERRORS: ReadonlySet<string> = new Set(['refused', 'safety', 'validation']);

/** A failed record whose failure its unchanged inputs would meet again. */
export function isBlocked(spec: ShotSpec, record: ManifestRecord): boolean {
  if (record.genHash !== spec.genHash || record.specHash !== spec.specHash) return false;
  // Judged by other QA settings than today's: the same image may pass now.
  if (record.qaHash !== spec.qaHash) return false;
  // A QA failure repeats on the same bytes; a check that could not finish (status error: the OCR
  // engine died, say) may well finish next time, so that alone does not block.
  if (record.status === 'qa-failed') return record.qa?.checks.some((c) => c.status === 'fail') ?? true;
  return record.status === 'failed' && BLOCKING_ERRORS.has(record.error?.kind ?? '');
}

function statusOf(spec: ShotSpec, record: ManifestRecord | undefined): PlanStatus {
  if (!record) return 'new';
  if (record.genHash !== spec.genHash) return 'regenerate';
  // A job left running by a killed run is resumed (polled, not paid again) like a failed shot.
  if (record.status === 'pending') return 'failed-last-time';
  const failed = record.status === 'failed' || record.status === 'qa-failed';
  if (failed && isBlocked(spec, record)) return 'blocked';
  if (record.specHash === spec.specHash) return failed ? 'failed-last-time' : 'unchanged';
  // Only the output settings changed. That is free only if the raw provider output was kept;
  // a failed provider call left no raw, and a run with keepRaw off kept none: call again.
  if (!record.raw) return failed ? 'failed-last-time' : 'regenerate';
  return 're-derive';
}

/**
 * Compares every spec with its manifest record. One entry per spec plus one per orphaned record,
 * sorted by key. Linear in specs + records.
 */
export function planShots(
  specs: readonly ShotSpec[],
  records: ReadonlyMap<string, ManifestRecord>,
): PlannedShot[] {
  const out: PlannedShot[] = [];
  let matched = 0;
  for (const spec of specs) {
    const previous = records.get(spec.key);
    const shot: PlannedShot = { spec, key: spec.key, status: statusOf(spec, previous) };
    if (previous) {
      shot.previous = previous;
      matched++;
    }
    out.push(shot);
  }
  // Keys are unique on both sides, so every record matched means there are no orphans to look for.
  let orphans = false;
  if (matched < records.size) {
    const configured = new Set(specs.map((s) => s.key));
    for (const [key, previous] of records) {
      if (configured.has(key)) continue;
      out.push({ key, status: 'orphaned', previous });
      orphans = true;
    }
  }
  // Specs arrive sorted; only orphans can break the order.
  if (orphans || !isSorted(out)) out.sort((a, b) => compareCodeUnits(a.key, b.key));
  return out;
}

function isSorted(shots: PlannedShot[]): boolean {
  for (let i = 1; i < shots.length; i++) if (shots[i - 1]!.key > shots[i]!.key) return false;
  return true;
}
