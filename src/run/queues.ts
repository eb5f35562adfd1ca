import PQueue from 'p-queue';
import type { ProviderSettings } from '../domain/config.js';

/** Thrown into shots that were still waiting for a slot when the run was told to stop. */
export class StoppedError extends Error {
  override name = 'StoppedError';
}

/**
 * One p-queue per provider with its concurrency and rate cap. Waiting tasks are dropped when the run
 * stops; tasks already running are left alone (the grace period decides their fate).
 */
export class ProviderQueues {
  private readonly queues = new Map<string, PQueue>();
  private readonly waiting = new Set<AbortController>();
  private stopped = false;

  constructor(private readonly settings: Record<string, ProviderSettings>) {}

  queue(providerId: string): PQueue {
    let q = this.queues.get(providerId);
    if (!q) {
      const s = this.settings[providerId] ?? { concurrency: 4, timeoutSeconds: 120 };
      const concurrency = Math.max(1, s.concurrency);
      if (s.ratePerMinute !== undefined && s.ratePerMinute > 0) {
        // Per-second windows (or one start per longer window below 60/min) keep a minute's allowance
        // from going out as one burst, which APIs with per-second limits also reject.
        const perSecond = s.ratePerMinute / 60;
        q =
          perSecond >= 1
            ? new PQueue({ concurrency, intervalCap: Math.floor(perSecond), interval: 1000 })
            : new PQueue({ concurrency, intervalCap: 1, interval: Math.ceil(60_000 / s.ratePerMinute) });
      } else {
        q = new PQueue({ concurrency });
      }
      this.queues.set(providerId, q);
    }
    return q;
  }

  async run<T>(providerId: string, task: () => Promise<T>): Promise<T> {
    if (this.stopped) throw new StoppedError('run is stopping');
    const waiter = new AbortController();
    this.waiting.add(waiter);
    try {
      return await this.queue(providerId).add(
        async () => {
          this.waiting.delete(waiter);
          if (this.stopped) throw new StoppedError('run is stopping');
          return task();
        },
        { signal: waiter.signal },
      );
    } catch (error) {
      if (waiter.signal.aborted) throw new StoppedError('run is stopping', { cause: error });
      throw error;
    } finally {
      this.waiting.delete(waiter);
    }
  }

  /** Drops every waiting task; running ones continue. */
  stop(): void {
    this.stopped = true;
    for (const w of this.waiting) w.abort();
    this.waiting.clear();
  }
}
