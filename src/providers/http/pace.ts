import type { GenerateRequest, GenerateResult, Provider } from '../types.js';

/**
 * Spaces the starts of one adapter's calls. Calls that start together end together when an API's
 * latency barely varies, and their answers (megabytes each) are then read, decoded and written
 * all at once: every call of the bunch waits for the whole bunch, and the next bunch starts
 * together again, so a run at concurrency 32 settles into waves that each cost the latency plus
 * the processing of 32 answers. Keeping starts at least `gap` apart breaks the waves up. The gap is
 * half the time one slot's turn is worth (learned call time / concurrency), so the spacing never
 * caps the throughput, and at most `maxGapMs`, so slow models (seconds per image) are not held back.
 */
export class StartPacer {
  private nextAt = 0;
  private readonly callMs = new Map<string, number>();

  constructor(
    private readonly concurrency: number,
    private readonly o: { maxGapMs?: number; now?: () => number } = {},
  ) {}

  /** The spacing between starts for `model` (0 until one of its calls has succeeded). */
  gapMs(model: string): number {
    const ms = this.callMs.get(model);
    if (ms === undefined || this.concurrency < 2) return 0;
    return Math.min(this.o.maxGapMs ?? 20, (0.5 * ms) / this.concurrency);
  }

  /** Ms this call should wait before it starts; reserves its start time. */
  reserve(model: string): number {
    const gap = this.gapMs(model);
    if (gap === 0) return 0;
    const now = this.o.now ? this.o.now() : performance.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + gap;
    return at - now;
  }

  /** A call of `model` succeeded in `ms`. */
  learn(model: string, ms: number): void {
    const e = this.callMs.get(model);
    this.callMs.set(model, e === undefined ? ms : 0.8 * e + 0.2 * ms);
  }
}

/** `provider` with its calls' starts spaced by a StartPacer for `concurrency` calls in flight. */
export function paced(provider: Provider, concurrency: number | undefined): Provider {
  if (concurrency === undefined || concurrency < 2) return provider;
  const pacer = new StartPacer(concurrency);
  return {
    id: provider.id,
    async generate(req: GenerateRequest): Promise<GenerateResult> {
      const wait = pacer.reserve(req.providerModel);
      if (wait >= 1) await delay(wait, req.signal);
      const started = performance.now();
      const result = await provider.generate(req);
      pacer.learn(req.providerModel, performance.now() - started);
      return result;
    },
  };
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
