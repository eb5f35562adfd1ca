export type ShotStatus = 'ok' | 'failed' | 'qa-failed' | 'accepted';

export interface QaCheckResult {
  check: string;
  status: 'pass' | 'warn' | 'fail';
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
  attempts: number;
  ms: number;
  costUsd: number;
  error?: { kind: string; message: string };
  /** The QA settings the shot was judged by (see ShotSpec.qaHash). */
  qaHash?: string;
  createdAt: string;
  runId: string;
}
