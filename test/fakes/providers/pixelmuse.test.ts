import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { call, decode, download } from './helpers.js';
import { startPixelmuseFake, type PixelmuseAction, type PixelmuseFakeOptions } from './pixelmuse.mjs';

let fake: Awaited<ReturnType<typeof startPixelmuseFake>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const body = {
  prompt: 'a leather bag on white',
  model: 'nano-banana-2',
  aspect_ratio: '4:5',
  style: 'realistic',
};
const auth = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${fake!.apiKey}`, ...extra });
async function start(options: PixelmuseFakeOptions = {}) {
  fake = await startPixelmuseFake(options);
  return fake;
}
const post = (b: unknown = body, headers = auth()) => call(`${fake!.baseUrl}/images`, { headers, body: b });
const scripted = async (action: PixelmuseAction, options: PixelmuseFakeOptions = {}) => {
  await start({ ...options, script: (c) => (c.op === 'create' ? action : undefined) });
  return post();
};

describe('pixelmuse fake', () => {
  it('answers a synchronous model with 200 succeeded, a data URI image and credits_charged', async () => {
    await start();
    const res = await post();
    expect(res.status).toBe(200);
    const g = res.json();
    expect(g).toMatchObject({ status: 'succeeded', model: 'nano-banana-2', credits_charged: 1, error: null });
    expect(g.output[0]).toMatch(/^data:image\/png;base64,/);
    const img = await decode(g.output[0]);
    expect(img.width / img.height).toBeCloseTo(4 / 5, 1);
    expect(fake!.requests[0]!.headers.authorization).toBe('Bearer <redacted>');
    expect(fake!.stats.schemaViolations).toEqual([]);
  });

  it('answers an asynchronous model with 202 processing, then polling GET /images/{id} gives a URL output', async () => {
    await start({ jobMs: 60, output: 'url' });
    const res = await post({ ...body, model: 'nano-banana-pro' });
    expect(res.status).toBe(202);
    const g = res.json();
    expect(g).toMatchObject({ status: 'processing', output: null });
    let polled = g;
    for (let i = 0; i < 100 && polled.status === 'processing'; i++) {
      await sleep(10);
      polled = (await call(`${fake!.baseUrl}/images/${g.id}`, { headers: auth() })).json();
    }
    expect(polled).toMatchObject({ status: 'succeeded', credits_charged: 4 });
    expect((await decode((await download(polled.output[0])).bytes)).format).toBe('png');
  });

  it('holds an asynchronous request for Prefer: wait and answers 200 when done in time', async () => {
    await start({ jobMs: 50 });
    const res = await post({ ...body, model: 'imagen-3' }, auth({ prefer: 'wait=5' }));
    expect(res.status).toBe(200);
    expect(res.json().status).toBe('succeeded');
  });

  it('replays a repeated Idempotency-Key without charging again; rejects it with another body', async () => {
    await start();
    const key = 'shot-abc-123';
    const a = (await post(body, auth({ 'idempotency-key': key }))).json();
    const b = (await post(body, auth({ 'idempotency-key': key }))).json();
    expect(b.id).toBe(a.id);
    expect(fake!.stats.paidByKey.get(key)).toBe(1);
    expect(fake!.stats.paid).toBe(1);
    expect((await post({ ...body, prompt: 'other' }, auth({ 'idempotency-key': key }))).status).toBe(409);
    expect((await post(body, auth({ 'idempotency-key': 'k'.repeat(256) }))).status).toBe(400);
  });

  it('rejects what the API does not take (seed, unknown model) with 400 and records it', async () => {
    await start();
    expect((await post({ ...body, seed: 4 })).status).toBe(400);
    expect((await post({ ...body, model: 'gemini-3-pro-image' })).status).toBe(400);
    expect(fake!.stats.schemaViolations).toHaveLength(2);
  });

  it('answers 402 out of credits, 401, 500 and 503 in each documented body shape', async () => {
    const shapes: [string, (b: Record<string, unknown>) => unknown][] = [
      ['object', (b) => (b.error as { message: string }).message],
      ['string', (b) => b.error],
      ['message', (b) => b.message],
    ];
    for (const [shape, read] of shapes) {
      const res = await scripted({ type: 'out-of-credits' }, { errorShape: shape as 'object' });
      expect(res.status).toBe(402);
      expect(read(res.json())).toMatch(/credits/i);
      await fake!.close();
    }
    for (const [type, status] of [
      ['server-error', 500],
      ['unavailable', 503],
    ] as const) {
      expect((await scripted({ type })).status).toBe(status);
      await fake!.close();
    }
    await start();
    expect((await post(body, { authorization: 'Bearer pm_live_wrong' })).status).toBe(401);
  });

  it('rate-limits with Retry-After and X-RateLimit-Remaining', async () => {
    const res = await scripted({ type: 'rate-limit', retryAfter: 12 });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('12');
    expect(res.headers['x-ratelimit-remaining']).toBe('0');
  });

  it('ends a failed generation as status failed with an error and no charge', async () => {
    const res = await scripted({ type: 'failed', error: 'Content policy violation' });
    expect(res.json()).toMatchObject({
      status: 'failed',
      error: 'Content policy violation',
      credits_charged: 0,
      output: null,
    });
    expect(fake!.stats.paid).toBe(0);
  });

  it('keeps an asynchronous job that never finishes processing', async () => {
    await start({ script: (c) => (c.op === 'create' ? { type: 'never-finish' } : undefined) });
    const res = await post({ ...body, model: 'nano-banana-pro' });
    expect(res.status).toBe(202);
    await sleep(30);
    expect((await call(`${fake!.baseUrl}/images/${res.json().id}`, { headers: auth() })).json().status).toBe(
      'processing',
    );
  });
});
