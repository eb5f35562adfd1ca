import type { QaSettings, Settings } from '../domain/config.js';
import type { QaCheckResult } from '../domain/manifest-record.js';
import type { ShotSpec } from '../domain/spec.js';
import type { PlannedShot, PlanStatus } from '../plan/plan.js';
import type { ProviderLookup } from '../providers/registry.js';
import type { Checkpoint } from '../store/checkpoint.js';
import type { BackoffSettings } from './backoff.js';
import type { SiblingPhashes } from './siblings.js';

export type ShotRunStatus = 'ok' | 'failed' | 'qa-failed' | 'skipped' | 'cancelled';

export interface ShotOutcome {
  key: string;
  status: ShotRunStatus;
  plan: PlanStatus;
  model: string;
  provider?: string;
  /** Provider calls made (0 for a re-derive). */
  attempts: number;
  /** Extra seeds tried after a QA failure. */
  rerolls: number;
  rederived: boolean;
  ms: number;
  costUsd: number;
  output?: string;
  upscaled?: boolean;
  error?: { kind: string; message: string };
  qa?: { status: 'pass' | 'warn' | 'fail'; failed: QaCheckResult[]; warned?: QaCheckResult[] };
}

export interface QaInputLite {
  image: Buffer;
  aspect: string;
  size: number;
  background: string;
  /** The placement's encoder quality: how far a lossy codec may move a flat background colour. */
  quality?: number;
  qa: QaSettings;
  color?: string;
}
export interface QaResultLite {
  status: 'pass' | 'warn' | 'fail';
  checks: QaCheckResult[];
  /** pHash of the image (16 hex digits); empty or absent when it could not be computed. */
  phash?: string;
}
export type QaFunction = (input: QaInputLite) => Promise<QaResultLite>;

export interface RunInput {
  root: string;
  settings: Settings;
  /** Planned shots with a spec (new, regenerate, re-derive, failed-last-time). */
  shots: PlannedShot[];
  lookup: (modelId: string) => ProviderLookup;
  checkpoint: Checkpoint;
  runId: string;
  qaSettings: (spec: ShotSpec) => QaSettings;
  /** Omit to publish without QA (the bench measures the run without it). */
  qa?: QaFunction;
  /**
   * pHashes of each product's variants meant to differ, for the near-duplicate check (after the
   * other checks, see SiblingPhashes). Omit to skip that check.
   */
  siblings?: SiblingPhashes;
  stop: AbortSignal;
  kill: AbortSignal;
  backoff: BackoffSettings;
  limits?: { maxBytes?: number; maxPixels?: number };
  /** Image work in parallel; defaults to the CPU count. */
  cpuConcurrency?: number;
  onOutcome?: (outcome: ShotOutcome) => void;
}

/** A planned shot that has a spec: every shot the run is given. */
export type RunnableShot = PlannedShot & { spec: ShotSpec };

/** Money and calls spent on a shot so far; each step returns the new tally instead of mutating one. */
export interface Tally {
  attempts: number;
  costUsd: number;
  jobId?: string;
}

export function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
