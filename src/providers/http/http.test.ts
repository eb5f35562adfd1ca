import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../types.js';
import { checkImage, probeHeader } from './image.js';
import { readBody } from './request.js';
import { JobClock, jobCheck, pollJob } from './poll.js';
import { makeRedactor, REDACTED } from './redact.js';
import { checkResultUrl, fromDataUri } from './download.js';

describe('makeRedactor', () => {
  const key = 'sk-proj-Q7wE9rT2yU4iO6pA8sD0fG1hJ3kL5zX7';
  const redact = makeRedactor([key]);
  it('removes the key, its quoted start or end, and masked echoes, and keeps ordinary words', () => {
    expect(redact(`bad key ${key} given`)).toBe(`bad key ${REDACTED} given`);
    expect(redact('Incorrect API key provided: sk-proj-Q7wE****kL5zX7.')).not.toMatch(/Q7wE|kL5zX7/);
    expect(redact('key ends in ...fG1hJ3kL5zX7')).not.toContain('fG1hJ3kL5zX7');
    expect(redact('the model gemini-3.1-flash-image answered 404')).toBe(
      'the model gemini-3.1-flash-image answered 404',
    );
  });
});

describe('pollJob', () => {
  it('waits longer each time up to the cap, and gives up at the deadline with a retryable timeout', async () => {
    let t = 0;
    const waits: number[] = [];
    let looks = 0;
    const now = () => t;
    const signal = new AbortController().signal;
    const realSetTimeout = globalThis.setTimeout;
    // A clock that advances by the requested wait without sleeping.
    globalThis.setTimeout = ((fn: () => void, ms: number) => {
      waits.push(ms);
      t += ms;
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout;
    try {
      const done = await pollJob({
        api: 'x',
        signal,
        deadline: 100_000,
        initialMs: 100,
        maxMs: 300,
        now,
        check: async () => (++looks === 5 ? 'done' : undefined),
      });
      expect(done).toBe('done');
      expect(waits).toEqual([100, 150, 225, 300]);
      const e = await pollJob({
        api: 'x',
        signal,
        deadline: t + 500,
        initialMs: 200,
        maxMs: 200,
        now,
        check: async () => undefined,
      }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ProviderError);
      expect((e as ProviderError).kind).toBe('timeout');
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
  });

  it('stops at once when the signal aborts', async () => {
    const c = new AbortController();
    const p = pollJob({
      api: 'x',
      signal: c.signal,
      deadline: Date.now() + 60_000,
      initialMs: 10_000,
      maxMs: 10_000,
      check: async () => undefined,
    });
    setTimeout(() => c.abort(new Error('run cancelled')), 20);
    await expect(p).rejects.toThrow('run cancelled');
  });
});

describe('JobClock', () => {
  /** Polls jobs that each take `jobMs` on a simulated clock; returns each job's looks and notice delay. */
  async function simulate(clock: JobClock, jobMs: number, jobs: number) {
    let t = 0;
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms: number) => {
      t += ms;
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout;
    const out: { looks: number; lateMs: number }[] = [];
    try {
      for (let j = 0; j < jobs; j++) {
        const submittedAt = t;
        let looks = 0;
        await pollJob({
          api: 'x',
          signal: new AbortController().signal,
          deadline: t + 600_000,
          initialMs: 500,
          maxMs: 5000,
          now: () => t,
          timing: { clock, model: 'm', submittedAt },
          check: async () => (++looks, t - submittedAt >= jobMs ? true : undefined),
        });
        out.push({ looks, lateMs: t - submittedAt - jobMs });
      }
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    return out;
  }

  it('places looks around the learned job time: a 300 ms job is noticed within 20 ms in a few looks', async () => {
    const clock = new JobClock();
    const runs = await simulate(clock, 300, 12);
    // Nothing known: at once, then 500 ms (the growing schedule): noticed 200 ms late.
    expect(runs[0]).toEqual({ looks: 2, lateMs: 200 });
    const settled = runs.slice(6);
    for (const r of settled) {
      expect(r.lateMs).toBeLessThanOrEqual(20);
      expect(r.looks).toBeLessThanOrEqual(6);
    }
    expect(clock.expectedMs('m')).toBeGreaterThan(250);
    expect(clock.expectedMs('m')).toBeLessThan(330);
  });

  it('scales to slow models: a 40 s job is looked at a handful of times and noticed within 5% of its time', async () => {
    const clock = new JobClock();
    const runs = await simulate(clock, 40_000, 8);
    // The growing schedule (500 ms x 1.5 up to 5 s) the first time.
    expect(runs[0]!.looks).toBeGreaterThan(8);
    for (const r of runs.slice(4)) {
      expect(r.lateMs).toBeLessThanOrEqual(2000);
      expect(r.looks).toBeLessThanOrEqual(6);
    }
  });

  it('comes down when jobs get faster and backs off when one runs far longer than usual', () => {
    const clock = new JobClock({ maxMs: 5000 });
    clock.learn('m', 9000, 10_000);
    // A first look that finds the job done says only "quicker": the estimate moves down fast.
    for (let i = 0; i < 10; i++) clock.learn('m', undefined, 0.8 * clock.expectedMs('m')!);
    expect(clock.expectedMs('m')).toBeLessThan(2000);
    const e = clock.expectedMs('m')!;
    expect(clock.waitBefore('m', 0)).toBeCloseTo(0.8 * e);
    expect(clock.waitBefore('m', e)).toBe(Math.max(20, e * 0.05));
    expect(clock.waitBefore('m', 100 * e)).toBe(5000);
    expect(clock.waitBefore('other', 0)).toBeUndefined();
  });
});

describe('result checks', () => {
  it('accepts whole PNG and JPEG, calls cut-off ones transient and non-images bad output', async () => {
    const base = sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } });
    const png = await base.clone().png().toBuffer();
    const jpeg = await base.clone().jpeg().toBuffer();
    expect(await checkImage('x', png)).toBe('image/png');
    expect(await checkImage('x', jpeg)).toBe('image/jpeg');
    await expect(checkImage('x', jpeg.subarray(0, jpeg.length - 10))).rejects.toMatchObject({
      kind: 'transient',
    });
    await expect(checkImage('x', Buffer.from('<html>gateway timeout</html>'))).rejects.toMatchObject({
      kind: 'bad-output',
    });
  });

  it('probes PNG, JPEG and WebP headers as sharp reads them, and sends other formats to sharp', async () => {
    for (const [w, h] of [
      [1, 1],
      [97, 13],
      [640, 480],
    ] as const) {
      const base = sharp({ create: { width: w, height: h, channels: 4, background: '#33669980' } });
      for (const format of ['png', 'jpeg', 'webp'] as const) {
        const bytes = await base.clone().toFormat(format).toBuffer();
        expect(probeHeader(bytes)).toEqual({ format, whole: true });
        expect(await checkImage('x', bytes)).toBe(`image/${(await sharp(bytes).metadata()).format}`);
      }
    }
    const webp = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#123456' } })
      .webp()
      .toBuffer();
    await expect(checkImage('x', webp.subarray(0, webp.length - 5))).rejects.toMatchObject({
      kind: 'transient',
    });
    const avif = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#123456' } })
      .avif()
      .toBuffer();
    expect(probeHeader(avif)).toBeUndefined();
    expect(await checkImage('x', avif)).toBe('image/heif');
  });

  it('calls a PNG whose header is damaged (IHDR CRC, zero width) bad output, not an image', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const crc = Buffer.from(png);
    crc[29] = crc[29]! ^ 0xff;
    const zero = Buffer.from(png);
    zero.writeUInt32BE(0, 16);
    for (const bad of [crc, zero, png.subarray(0, 20)])
      await expect(checkImage('x', bad)).rejects.toMatchObject({ kind: 'bad-output' });
  });

  it('takes https everywhere, http only from loopback when allowed, and decodes data URIs', () => {
    expect(checkResultUrl('x', 'https://cdn.example/a.png', false).host).toBe('cdn.example');
    expect(() => checkResultUrl('x', 'http://cdn.example/a.png', true)).toThrow(/not https/);
    expect(() => checkResultUrl('x', 'http://127.0.0.1:9/a.png', false)).toThrow(/not https/);
    expect(checkResultUrl('x', 'http://127.0.0.1:9/a.png', true).port).toBe('9');
    expect(() => checkResultUrl('x', 'file:///etc/passwd', true)).toThrow(/not https/);
    expect(fromDataUri('data:image/png;base64,AAEC')).toEqual(Buffer.from([0, 1, 2]));
    expect(fromDataUri('https://x')).toBeUndefined();
  });
});

describe('jobCheck', () => {
  const answer = (status: number, body: string) => ({ status, headers: {}, body: Buffer.from(body) });
  const base = {
    api: 'Api',
    noun: 'job',
    id: 'j1',
    fail: (status: number) => new ProviderError('auth', `failed ${status}`),
    done: (body: Buffer) => (body.toString() === 'done' ? 'done' : undefined),
  };

  it('returns the finished job, undefined while it runs, and the API error otherwise', async () => {
    let forgotten = 0;
    const forget = () => void forgotten++;
    expect(await jobCheck({ ...base, forget, get: async () => answer(200, 'done') })()).toBe('done');
    expect(await jobCheck({ ...base, forget, get: async () => answer(200, 'running') })()).toBeUndefined();
    const e = await jobCheck({ ...base, forget, get: async () => answer(401, '') })().catch((x) => x);
    expect(e).toMatchObject({ kind: 'auth', message: 'failed 401' });
    expect(forgotten).toBe(0);
  });

  it('forgets a job the API answers 404 for and fails transient, so the retry submits again', async () => {
    let forgotten = 0;
    const check = jobCheck({ ...base, forget: () => void forgotten++, get: async () => answer(404, '{}') });
    const e = (await check().catch((x) => x)) as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.kind).toBe('transient');
    expect(e.status).toBe(404);
    expect(e.message).toBe('Api no longer knows job j1 (HTTP 404); submitting it again');
    expect(forgotten).toBe(1);
  });
});

describe('readBody', () => {
  const body = (...chunks: Buffer[]) => Readable.from(chunks) as unknown as Parameters<typeof readBody>[1];
  const bytes = randomBytes(10_000);
  const parts = [bytes.subarray(0, 3000), bytes.subarray(3000, 7000), bytes.subarray(7000)];

  it('reads the same bytes whether the length is declared right, short, long or not at all', async () => {
    for (const length of [10_000, 6000, 12_000, undefined]) {
      const headers = length === undefined ? {} : { 'content-length': String(length) };
      expect((await readBody('x', body(...parts), headers, 1 << 20)).equals(bytes)).toBe(true);
    }
  });

  it('refuses a body over the cap, declared or not', async () => {
    await expect(readBody('x', body(...parts), { 'content-length': '10000' }, 9999)).rejects.toMatchObject({
      kind: 'bad-output',
    });
    await expect(readBody('x', body(...parts), {}, 9999)).rejects.toThrow(/over|more than/);
  });
});
