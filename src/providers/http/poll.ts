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
  /**
   * A job this attempt just submitted (at `submittedAt`, by `now`): its looks are placed by what
   * `clock` has learned about the model's jobs, and what this job took is taught to it. Resumed
   * jobs (no submit time) are looked at at once and then on the growing schedule.
   */
  timing?: { clock: JobClock; model: string; submittedAt: number };
}

/** Polls a job until `check` returns a value, with growing waits, a deadline and the caller's signal. */
export async function pollJob<T>(o: PollOptions<T>): Promise<T> {
  const now = o.now ?? Date.now;
  const t = o.timing;
  let wait = o.initialMs;
  let lastRunning: number | undefined;
  for (let looks = 0; ; looks++) {
    const planned = t ? t.clock.waitBefore(t.model, now() - t.submittedAt) : undefined;
    // Nothing learned yet: the first look is at once (a resumed job may long be done), then growing waits.
    if (looks > 0 || planned !== undefined) {
      const left = o.deadline - now();
      if (left <= 0)
        throw new ProviderError(
          'timeout',
          `${o.api} job still running at the polling deadline; it is resumed on the next try`,
        );
      await sleepOrAbort(Math.min(planned ?? wait, left), o.signal);
      if (planned === undefined) wait = Math.min(o.maxMs, wait * (o.factor ?? 1.5));
    }
    const done = await o.check();
    if (done !== undefined) {
      if (t) t.clock.learn(t.model, lastRunning, now() - t.submittedAt);
      return done;
    }
    if (t) lastRunning = now() - t.submittedAt;
  }
}

/**
 * How long one API's jobs take, per model, learned from the jobs this adapter polled. A fixed poll
 * interval costs up to a whole interval per job (a job done at 300 ms and polled every 500 ms is
 * noticed at 500); looking first just before the expected end, then often until it is past, then
 * less and less often, notices most jobs within `stepFraction` of their time, with a few looks
 * per job whatever the model's speed (seconds for flux, a minute for gpt-image).
 */
export class JobClock {
  private readonly expected = new Map<string, number>();

  constructor(private readonly o: { minStepMs?: number; maxMs?: number; stepFraction?: number } = {}) {}

  /** The expected duration of `model`'s jobs in ms, once one has been seen to finish. */
  expectedMs(model: string): number | undefined {
    return this.expected.get(model);
  }

  /**
   * Ms to wait before the next look at a job submitted `elapsedMs` ago, or undefined while
   * nothing is known about the model (the caller's growing schedule applies).
   */
  waitBefore(model: string, elapsedMs: number): number | undefined {
    const e = this.expected.get(model);
    if (e === undefined) return undefined;
    const step = Math.max(this.o.minStepMs ?? 20, e * (this.o.stepFraction ?? 0.05));
    if (elapsedMs < 0.8 * e - step) return 0.8 * e - elapsedMs;
    if (elapsedMs < 2 * e) return step;
    // Far past the usual time (a queue, a slow model): back off, a quarter of the time so far.
    return Math.min(this.o.maxMs ?? 5000, Math.max(step, elapsedMs / 4));
  }

  /**
   * A job was seen done `doneMs` after its submit, last seen running at `runningMs` (undefined
   * when the first look found it done): it ended in between. A first look that finds the job done
   * says only that it was quicker, so the estimate halves towards that look.
   */
  learn(model: string, runningMs: number | undefined, doneMs: number): void {
    const sample = runningMs === undefined ? doneMs / 2 : (runningMs + doneMs) / 2;
    const e = this.expected.get(model);
    this.expected.set(model, e === undefined ? sample : 0.7 * e + 0.3 * sample);
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
