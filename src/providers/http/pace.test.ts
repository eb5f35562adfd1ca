import { describe, expect, it } from 'vitest';
import { testRequest } from '../../../test/helpers/api-server.js';
import type { GenerateRequest } from '../types.js';
import { StartPacer, paced } from './pace.js';

describe('StartPacer', () => {
  it('lets calls start at once until one has taken a measurable time', () => {
    const pacer = new StartPacer(32, { now: () => 0 });
    expect([pacer.reserve('m'), pacer.reserve('m'), pacer.reserve('m')]).toEqual([0, 0, 0]);
  });

  it('spaces a burst of starts by half a slot turn (call time / concurrency), capped', () => {
    let t = 1000;
    const pacer = new StartPacer(32, { now: () => t });
    pacer.learn('m', 320);
    expect(pacer.gapMs('m')).toBe(5);
    expect([0, 1, 2, 3].map(() => pacer.reserve('m'))).toEqual([0, 5, 10, 15]);
    // Starts already far enough apart are not held at all.
    t += 100;
    expect(pacer.reserve('m')).toBe(0);
    t += 5;
    expect(pacer.reserve('m')).toBe(0);
    // A slow model at low concurrency: capped at 20 ms, not half of 15 s / 4.
    const four = new StartPacer(4);
    four.learn('slow', 15_000);
    expect(four.gapMs('slow')).toBe(20);
    expect(new StartPacer(1).gapMs('m')).toBe(0);
  });
});

describe('paced', () => {
  it('holds a burst of calls apart once a call time is known, and passes results and errors through', async () => {
    const starts: number[] = [];
    const provider = paced(
      {
        id: 'x',
        async generate(req: GenerateRequest) {
          starts.push(performance.now());
          await new Promise((r) => setTimeout(r, 80));
          if (req.spec.seed === 99) throw new Error('refused');
          return { images: [{ bytes: Buffer.from('img'), mimeType: 'image/png' }] };
        },
      },
      2,
    );
    const req = (seed: number) => {
      const r = testRequest({ providerModel: 'm' });
      return { ...r, spec: { ...r.spec, seed } };
    };
    // Learns ~80 ms per call: gap = 0.5 * 80 / 2 = 20 ms (the cap).
    await provider.generate(req(1));
    starts.length = 0;
    const results = await Promise.allSettled([1, 2, 99].map((s) => provider.generate(req(s))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(15);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(15);
  });

  it('gives up waiting for its start when the run is cancelled', async () => {
    const provider = paced(
      {
        id: 'x',
        generate: async () => {
          await new Promise((r) => setTimeout(r, 400));
          return { images: [{ bytes: Buffer.from('img'), mimeType: 'image/png' }] };
        },
      },
      2,
    );
    await provider.generate(testRequest({ providerModel: 'm' }));
    const c = new AbortController();
    const first = provider.generate(testRequest({ providerModel: 'm' }));
    const second = provider.generate({ ...testRequest({ providerModel: 'm' }), signal: c.signal });
    c.abort(new Error('run cancelled'));
    await expect(second).rejects.toThrow('run cancelled');
    await first;
  });
});
