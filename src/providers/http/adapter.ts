import type { ProviderId } from '../../domain/models.js';
import {
  ProviderError,
  type GenerateRequest,
  type GenerateResult,
  type ProviderJob,
  type Provider,
} from '../types.js';
import { makeRedactor } from './redact.js';
import { paced } from './pace.js';
import { abortedByTimeout } from './request.js';

/** What the registry hands an adapter: never read from process.env inside an adapter. */
export interface ProviderContext {
  key: string;
  /** API base URL without a trailing slash (the definition's default unless shotlist.yaml routes elsewhere). */
  baseUrl: string;
  /** Cap on one exchange (the attempt's own deadline also applies). */
  timeoutMs: number;
  /** Cap on any answer or download, bytes. */
  maxBytes: number;
  /**
   * First wait between polls of a job while its model's job time is not yet learned (and for
   * resumed jobs); grows 1.5x up to pollMaxMs. Learned times place later looks (see JobClock).
   */
  pollInitialMs?: number;
  pollMaxMs?: number;
  /** Calls the run keeps in flight for this API (shotlist.yaml `concurrency`): their starts are spaced (see StartPacer). */
  concurrency?: number;
  now?: () => number;
}

export interface ProviderCapabilities {
  /** Jobs run asynchronously and are polled; the job id is reported through onJob. */
  async: boolean;
  /** In-flight jobs are cancelled when the run is cancelled. */
  cancel: boolean;
  /** Sends the request's idempotencyKey to the API. */
  idempotencyKey: boolean;
  /** Reference photos are sent (per model, the route says whether it takes one). */
  reference: boolean;
}

/** One hosted API: its id, the variable its key comes from, what it can do, and a factory. */
export interface ProviderDefinition {
  id: Exclude<ProviderId, 'studio'>;
  keyEnv: string;
  defaultBaseUrl: string;
  capabilities: ProviderCapabilities;
  create(ctx: ProviderContext): Provider;
}

/** The loopback hosts a test fake listens on: plain http is allowed only there. */
export function isLoopbackBase(baseUrl: string): boolean {
  try {
    return /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/**
 * Wraps an adapter so nothing it throws can carry the key: every ProviderError message is redacted
 * (APIs quote the key they refused), and so is any other error's message.
 */
export function redacting(provider: Provider, secrets: readonly string[]): Provider {
  const redact = makeRedactor(secrets);
  return {
    id: provider.id,
    async generate(req: GenerateRequest): Promise<GenerateResult> {
      try {
        return await provider.generate(req);
      } catch (error) {
        if (error instanceof ProviderError) {
          throw new ProviderError(error.kind, redact(error.message), {
            ...(error.status !== undefined ? { status: error.status } : {}),
            ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
            ...(error.reason !== undefined ? { reason: redact(error.reason) } : {}),
          });
        }
        // Aborts and timeouts pass through untouched: the run tells them apart by their identity.
        if (error instanceof Error && redact(error.message) !== error.message) {
          const clean = new Error(redact(error.message));
          clean.name = error.name;
          throw clean;
        }
        throw error;
      }
    },
  };
}

/** What every hosted adapter's create() returns: the key redacted from errors, the starts paced. */
export function hosted(provider: Provider, ctx: ProviderContext): Provider {
  return paced(redacting(provider, [ctx.key]), ctx.concurrency);
}

/**
 * Jobs submitted by this adapter instance and not finished, by idempotency key: a retried attempt
 * (after a polling timeout or a network error while polling) resumes the job instead of paying for
 * another one. The run's journal does the same across runs through `resumeJob`.
 */
export class JobBook {
  private readonly jobs = new Map<string, ProviderJob>();

  /** The job to resume for this request, if any (checkpointed by the run, else remembered here). */
  resumable(req: GenerateRequest): ProviderJob | undefined {
    return req.resumeJob ?? this.jobs.get(req.idempotencyKey);
  }

  /** Records a new job and reports it to the run before any polling starts. */
  async started(req: GenerateRequest, job: ProviderJob): Promise<void> {
    this.jobs.set(req.idempotencyKey, job);
    await req.onJob?.(job);
  }

  finished(req: GenerateRequest): void {
    this.jobs.delete(req.idempotencyKey);
  }
}

/**
 * Runs `work` on a job; when the run is cancelled (not when an attempt merely timed out, which the
 * next attempt resumes) the job is cancelled at the API, best effort, and forgotten.
 */
export async function withCancel<T>(
  req: GenerateRequest,
  book: JobBook,
  cancel: (() => Promise<void>) | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (req.signal.aborted && !abortedByTimeout(req.signal)) {
      book.finished(req);
      if (cancel) await cancel().catch(() => undefined);
    }
    throw error;
  }
}
