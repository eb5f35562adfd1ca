import {
  ProviderError,
  type GenerateRequest,
  type GenerateResult,
  type Provider,
} from '../providers/types.js';
import { fullJitter, sleep, type BackoffSettings } from './backoff.js';
import { StoppedError, type ProviderQueues } from './queues.js';

export interface AttemptContext {
  queues: ProviderQueues;
  providerId: string;
  provider: Provider;
  /** Per-attempt timeout (the provider's timeoutSeconds). */
  attemptTimeoutMs: number;
  maxAttempts: number;
  /** Absolute time (ms since epoch) after which the shot gives up. */
  deadline: number;
  backoff: BackoffSettings;
  /** Fires when the run stops taking new work: no new attempt or backoff starts. */
  stop: AbortSignal;
  /** Fires when the grace period is over: running calls are aborted. */
  kill: AbortSignal;
  random?: () => number;
  now?: () => number;
}

export type AttemptOutcome =
  | { ok: true; result: GenerateResult; attempts: number; waitedMs: number }
  | { ok: false; attempts: number; kind: string; message: string; retryable: boolean; cancelled: boolean };

/** One line per error kind for the report: why it was (not) retried. */
export function notRetriedBecause(kind: string): string {
  switch (kind) {
    case 'validation':
      return 'the request was rejected as invalid; retrying the same request cannot succeed';
    case 'auth':
      return 'the API key was refused; fix the secret';
    case 'credits':
      return 'the account is out of credits or over quota; top it up';
    case 'safety':
      return 'the provider refused for safety reasons; change the prompt or source photo';
    case 'refused':
      return 'the input cannot be made into a good image';
    case 'bad-output':
      return 'the provider output was not an acceptable image';
    default:
      return '';
  }
}

/**
 * Calls the provider until it answers, retrying only transient kinds (network, timeout, 408, 409,
 * 425, 429, 5xx) with full-jitter exponential backoff or the server's Retry-After, within the
 * shot's deadline and attempt budget. Each attempt takes a slot in the provider's queue; backoff
 * waits outside it so a sleeping shot never blocks a slot.
 */
export async function callWithRetries(
  ctx: AttemptContext,
  makeRequest: (signal: AbortSignal) => GenerateRequest,
): Promise<AttemptOutcome> {
  const now = ctx.now ?? Date.now;
  let attempts = 0;
  let waitedMs = 0;
  let last: { kind: string; message: string } = { kind: 'timeout', message: 'no attempt made' };
  const cancelled = (message: string): AttemptOutcome => ({
    ok: false,
    attempts,
    kind: 'cancelled',
    message,
    retryable: true,
    cancelled: true,
  });
  while (attempts < ctx.maxAttempts) {
    if (ctx.stop.aborted) return cancelled('stopped before the attempt started');
    const remaining = ctx.deadline - now();
    if (remaining <= 0) break;
    let result: GenerateResult;
    try {
      result = await ctx.queues.run(ctx.providerId, async () => {
        attempts++;
        const timeout = AbortSignal.timeout(
          Math.max(1, Math.min(ctx.attemptTimeoutMs, ctx.deadline - now())),
        );
        const signal = AbortSignal.any([ctx.kill, timeout]);
        try {
          return await ctx.provider.generate(makeRequest(signal));
        } catch (error) {
          if (ctx.kill.aborted) throw new StoppedError('aborted after the grace period', { cause: error });
          if (timeout.aborted && !(error instanceof ProviderError)) {
            throw new ProviderError(
              'timeout',
              `no answer within ${Math.round(ctx.attemptTimeoutMs / 1000)} s`,
              {
                cause: error,
              },
            );
          }
          throw error;
        }
      });
      return { ok: true, result, attempts, waitedMs };
    } catch (error) {
      if (error instanceof StoppedError) return cancelled(error.message);
      if (!(error instanceof ProviderError)) {
        return {
          ok: false,
          attempts,
          kind: 'internal',
          message: (error as Error)?.message ?? String(error),
          retryable: false,
          cancelled: false,
        };
      }
      last = { kind: error.kind, message: error.message };
      if (!error.retryable) {
        const why = notRetriedBecause(error.kind);
        return {
          ok: false,
          attempts,
          kind: error.kind,
          message: why ? `${error.message} (not retried: ${why})` : error.message,
          retryable: false,
          cancelled: false,
        };
      }
      if (attempts >= ctx.maxAttempts) break;
      const wait = error.retryAfterMs ?? fullJitter(attempts, ctx.backoff, ctx.random);
      if (now() + wait >= ctx.deadline) {
        return {
          ok: false,
          attempts,
          kind: last.kind,
          message: `${last.message}; the next try (in ${Math.ceil(wait / 1000)} s) would pass the shot deadline`,
          retryable: true,
          cancelled: false,
        };
      }
      waitedMs += wait;
      if (!(await sleep(wait, ctx.stop))) return cancelled('stopped while waiting to retry');
    }
  }
  const reason =
    attempts >= ctx.maxAttempts ? `gave up after ${attempts} attempts` : 'the shot deadline passed';
  return {
    ok: false,
    attempts,
    kind: last.kind,
    message: `${last.message}; ${reason}`,
    retryable: true,
    cancelled: false,
  };
}
