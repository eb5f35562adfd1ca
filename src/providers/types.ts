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
   * Asynchronous APIs call this as soon as they know the job id, before polling; the run
   * checkpoints it, so a run killed mid-job resumes polling it instead of paying again.
   */
  onJob?: (job: Omit<JobRef, 'provider' | 'seed'>) => Promise<void>;
  /** A job submitted by an earlier run for the same shot and seed: poll it instead of submitting. */
  resumeJob?: Omit<JobRef, 'provider' | 'seed'>;
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
 * `transient` covers network errors, timeouts, 408/409/425/5xx; `rate-limit` is 429.
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

  constructor(
    kind: ProviderErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}
