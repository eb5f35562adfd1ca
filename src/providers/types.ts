import type { ShotSpec } from '../domain/spec.js';

export interface ReferenceImage {
  bytes: Buffer;
  mimeType: string;
}

export interface GenerateRequest {
  spec: ShotSpec;
  /** The provider's own model id, from the registry. */
  providerModel: string;
  /** Aspect to ask the provider for (may be wider than the placement's, then cropped). */
  aspect: string;
  reference?: ReferenceImage;
  /** Stable per (shot, genHash, seed): lets an API drop a duplicate submit after a retry. */
  idempotencyKey: string;
  signal: AbortSignal;
  /**
   * Asynchronous APIs (Pixelmuse, fal, Replicate) call this as soon as a job id is known, before
   * polling, and wait for it: the run checkpoints the job so a killed run resumes it instead of
   * paying again. A rejection fails the attempt (the job is then cancelled where the API allows).
   */
  onJob?: (job: JobRef) => Promise<void>;
  /** A job checkpointed by an earlier run (same idempotencyKey): poll it instead of submitting again. */
  resumeJob?: JobRef;
}

/** An asynchronous job as the API named it; URLs only where the API returned them. */
export interface JobRef {
  /** Provider id that made the job (a job is only resumed through the same provider). */
  provider: string;
  id: string;
  pollUrl?: string;
  /** fal: where the result is fetched once the job completes. */
  resultUrl?: string;
  cancelUrl?: string;
}

export interface GeneratedImage {
  bytes?: Buffer;
  url?: string;
  mimeType?: string;
}

export interface GenerateResult {
  images: GeneratedImage[];
  jobId?: string;
  /** Cost reported by the API, else the registry's price. */
  costUsd?: number;
}

/** The one interface every hosted adapter and the studio implement. */
export interface Provider {
  readonly id: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
}

/**
 * Why a provider call failed. The run branches on `retryable`; the report shows `kind` and the message.
 * `transient` covers network errors, timeouts, 408/409/425/5xx; `rate-limit` is 429; `unavailable`
 * is a model the API no longer serves (404 model not found): the run may try the fallback provider.
 */
export type ProviderErrorKind =
  | 'transient'
  | 'rate-limit'
  | 'timeout'
  | 'auth'
  | 'credits'
  | 'validation'
  | 'safety'
  | 'unavailable'
  /** The input cannot be made into a good image (e.g. the studio cannot separate a cluttered backdrop). */
  | 'refused'
  | 'bad-output';

const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set(['transient', 'rate-limit', 'timeout']);

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status?: number;
  /** Delay the API asked for before the next try. */
  readonly retryAfterMs?: number;
  /** The API's own reason code (`moderation_blocked`, `API_KEY_INVALID`, `content_policy_violation`…). */
  readonly reason?: string;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number; reason?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.reason = options.reason;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}
