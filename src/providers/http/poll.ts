import type { Headers, HttpAnswer } from './request.js';
import { ProviderError } from '../types.js';

export interface PollOptions<T> {
  api: string;
  /** One look at the job: a value when it is done, undefined while it runs. */
  check: () => Promise<T | undefined>;
  signal: AbortSignal;
  /** Absolute time (ms since epoch) after which polling gives up with a `timeout`. */
  deadline: number;
  /** Wait before the second look; grows by `factor` up to `maxMs`. */
  initialMs: number;
  maxMs: number;
  factor?: number;
  now?: () => number;
}

/** Polls a job until `check` returns a value, with growing waits, a deadline and the caller's signal. */
export async function pollJob<T>(o: PollOptions<T>): Promise<T> {
  const now = o.now ?? Date.now;
  let wait = o.initialMs;
  for (;;) {
    const done = await o.check();
    if (done !== undefined) return done;
    const left = o.deadline - now();
    if (left <= 0)
      throw new ProviderError(
        'timeout',
        `${o.api} job still running at the polling deadline; it is resumed on the next try`,
      );
    await sleepOrAbort(Math.min(wait, left), o.signal);
    wait = Math.min(o.maxMs, wait * (o.factor ?? 1.5));
  }
}

function sleepOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export interface JobCheck<T> {
  api: string;
  /** What the API calls a job ("prediction", "generation"), for messages. */
  noun: string;
  id: string;
  /** One GET of the job. */
  get: () => Promise<HttpAnswer>;
  /** Forgets the job so the retried attempt submits it again. */
  forget: () => void;
  /** The API's error for a non-200 answer. */
  fail: (status: number, headers: Headers, text: string) => ProviderError;
  /** The job when it has finished (either way), undefined while it runs; from the answer's bytes. */
  done: (body: Buffer) => T | undefined;
}

/**
 * The `check` of a job polled by GET: a 404 means the API no longer knows the job (expired or
 * lost), so it is forgotten and the attempt fails `transient`, and the retry submits it again.
 */
export function jobCheck<T>(o: JobCheck<T>): () => Promise<T | undefined> {
  return async () => {
    const res = await o.get();
    if (res.status === 404) {
      o.forget();
      throw new ProviderError(
        'transient',
        `${o.api} no longer knows ${o.noun} ${o.id} (HTTP 404); submitting it again`,
        { status: 404 },
      );
    }
    if (res.status !== 200) throw o.fail(res.status, res.headers, res.body.toString('utf8'));
    return o.done(res.body);
  };
}
