export interface BackoffSettings {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = { baseMs: 1000, capMs: 60_000 };

/**
 * Backoff tuning for tests and benches: `SHOTLIST_BACKOFF_MS=base,cap` (milliseconds). Production
 * runs use the defaults; servers that send Retry-After are honoured either way.
 */
export function backoffFromEnv(env: NodeJS.ProcessEnv): BackoffSettings {
  const m = /^(\d+),(\d+)$/.exec(env.SHOTLIST_BACKOFF_MS ?? '');
  return m ? { baseMs: Number(m[1]), capMs: Number(m[2]) } : DEFAULT_BACKOFF;
}

/** Exponential backoff with full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^n)). */
export function fullJitter(retry: number, s: BackoffSettings, random: () => number = Math.random): number {
  const ceiling = Math.min(s.capMs, s.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** Sleeps unless the signal fires first; resolves false when interrupted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
