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
