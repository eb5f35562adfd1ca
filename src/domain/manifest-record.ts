import type { ShotSpec } from './spec.js';

/**
 * `pending`: an asynchronous provider job was submitted and its id checkpointed, but the run ended
 * before the result: the next run resumes polling that job instead of paying for a new one.
 */
export type ShotStatus = 'ok' | 'failed' | 'qa-failed' | 'accepted' | 'pending';

/** An asynchronous provider job, as far as a later run needs it to resume. */
export interface JobRef {
  provider: string;
  id: string;
  /** Where the API said to poll and cancel it, when it gave URLs. */
  pollUrl?: string;
  cancelUrl?: string;
  /** The seed the job was submitted with. */
  seed: number;
}

export interface QaCheckResult {
  check: string;
  /**
   * `error`: the check could not finish (the reason is in `message`); the image's verdict is then
   * `fail`, since nothing says it would have passed.
   */
  status: 'pass' | 'warn' | 'fail' | 'error';
  value: number | string | null;
  threshold?: number | string | [number, number];
  message?: string;
  /** The near-duplicate check: key of the nearest sibling variant the value was measured against. */
  sibling?: string;
}

/** One line of `generated/manifest.jsonl`: the idempotency record of one shot. */
export interface ManifestRecord {
  key: string;
  sku: string;
  variant: string;
  genHash: string;
  specHash: string;
  /** `id@version` */
  prompt: string;
  templateHash: string;
  model: string;
  provider: string;
  seed: number;
  status: ShotStatus;
  output?: {
    path?: string;
    url?: string;
    sha256: string;
    bytes: number;
    width: number;
    height: number;
    format: string;
    upscaled?: boolean;
  };
  raw?: { path: string; sha256: string };
  qa?: {
    status: 'pass' | 'warn' | 'fail';
    checks: QaCheckResult[];
    acceptedBy?: string;
    /** 64-bit DCT pHash (16 hex digits) of the output; the product's other variants compare against it. */
    phash?: string;
  };
  jobId?: string;
  /** With status pending: the job to resume. */
  job?: JobRef;
  attempts: number;
  ms: number;
  costUsd: number;
  error?: { kind: string; message: string };
  /** The QA settings the shot was judged by (see ShotSpec.qaHash). */
  qaHash?: string;
  createdAt: string;
  runId: string;
}

/** The fields every record of a shot carries, whatever became of it. */
export function recordBase(s: ShotSpec, providerId: string, seed: number) {
  return {
    key: s.key,
    sku: s.sku,
    variant: s.variant,
    genHash: s.genHash,
    specHash: s.specHash,
    prompt: `${s.promptId}@${s.promptVersion}`,
    templateHash: s.templateHash,
    model: s.model,
    provider: providerId,
    seed,
    qaHash: s.qaHash,
  };
}
