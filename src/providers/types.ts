import type { JobRef } from '../domain/manifest-record.js';
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
   * Asynchronous APIs (Pixelmuse, fal, Replicate) call this as soon as they know the job id,
   * before polling, and wait for it: the run checkpoints it, so a run killed mid-job resumes
   * polling it instead of paying again. A rejection fails the attempt.
   */
  onJob?: (job: ProviderJob) => Promise<void>;
  /** A job submitted by an earlier attempt or run for the same shot and seed: poll it instead of submitting. */
  resumeJob?: ProviderJob;
}

/**
 * A job as an adapter names it (the run adds provider and seed to checkpoint it). `resultUrl` is
 * fal's response_url; when a resumed job lacks it, fal derives it from the status URL.
 */
export type ProviderJob = Omit<JobRef, 'provider' | 'seed'> & { resultUrl?: string };

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
