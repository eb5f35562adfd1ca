import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { call, decode, download } from './helpers.js';
import { NSFW_ERROR, startReplicateFake, type ReplicateFakeOptions } from './replicate.mjs';

let fake: Awaited<ReturnType<typeof startReplicateFake>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const flux = {
  input: {
    prompt: 'a leather bag on white',
    aspect_ratio: '16:9',
    num_outputs: 1,
    output_format: 'png',
    seed: 3,
  },
};
const auth = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${fake!.apiKey}`, ...extra });
async function start(options: ReplicateFakeOptions = {}) {
  fake = await startReplicateFake(options);
  return fake;
}
const create = (model = 'black-forest-labs/flux-schnell', body: unknown = flux, headers = auth()) =>
  call(`${fake!.baseUrl}/models/${model}/predictions`, { headers, body });
async function until(url: string, statuses: string[]) {
  for (let i = 0; i < 200; i++) {
    const p = (await call(url, { headers: auth() })).json();
    if (statuses.includes(p.status)) return p;
    await sleep(10);
  }
  throw new Error(`never reached ${statuses.join('|')}`);
}

describe('replicate fake', () => {
  it('creates a prediction (201 starting), polls urls.get to succeeded, output an array of URIs serving images', async () => {
    await start({ jobMs: 80 });
    const res = await create();
    expect(res.status).toBe(201);
    const p = res.json();
    expect(p.status).toBe('starting');
    expect(p.urls.get).toBe(`${fake!.baseUrl}/predictions/${p.id}`);
    const done = await until(p.urls.get, ['succeeded']);
    expect(Array.isArray(done.output)).toBe(true);
    const img = await decode((await download(done.output[0])).bytes);
    expect(img.format).toBe('png');
    expect(img.width / img.height).toBeCloseTo(16 / 9, 1);
    expect(fake!.stats.paidByKey.get(p.id)).toBe(1);
    expect(fake!.requests[0]!.headers.authorization).toBe('Bearer <redacted>');
    expect(fake!.stats.schemaViolations).toEqual([]);
  });

  it('holds a Prefer: wait request and answers 201 succeeded, or 202 while still running', async () => {
    await start({ jobMs: 50 });
    const done = await create(
      'google/nano-banana-pro',
      { input: { prompt: 'x', aspect_ratio: '4:5' } },
      auth({ prefer: 'wait=5' }),
    );
    expect(done.status).toBe(201);
    expect(done.json().status).toBe('succeeded');
    expect(typeof done.json().output).toBe('string');
    expect((await decode((await download(done.json().output)).bytes)).format).toBe('jpeg');
    await fake!.close();
    await start({ jobMs: 3000 });
    const t = Date.now();
    const running = await create(
      'google/nano-banana-pro',
      { input: { prompt: 'x' } },
      auth({ prefer: 'wait=1' }),
    );
    expect(Date.now() - t).toBeGreaterThanOrEqual(950);
    expect(running.status).toBe(202);
    expect(running.json().status).toBe('processing');
  });

  it('ends a safety refusal as status failed with the NSFW error, unpaid', async () => {
    await start({ script: (c) => (c.op === 'create' ? { type: 'nsfw' } : undefined) });
    const p = (await create()).json();
    const done = await until(p.urls.get, ['failed', 'succeeded']);
    expect(done).toMatchObject({ status: 'failed', error: NSFW_ERROR, output: null });
    expect(fake!.stats.paid).toBe(0);
  });

  it('cancels a prediction that never finishes', async () => {
    await start({ script: (c) => (c.op === 'create' ? { type: 'never-finish' } : undefined) });
    const p = (await create()).json();
    expect((await until(p.urls.get, ['processing'])).status).toBe('processing');
    const cancel = await call(p.urls.cancel, { method: 'POST', headers: auth() });
    expect(cancel.json().status).toBe('canceled');
    expect((await call(p.urls.get, { headers: auth() })).json().status).toBe('canceled');
    expect(fake!.stats.paid).toBe(0);
  });

  it('answers a bad token with 401 title/detail JSON', async () => {
    await start();
    const res = await create(undefined, flux, { authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({
      title: 'Unauthenticated',
      detail: 'You did not pass a valid authentication token',
      status: 401,
    });
  });

  it('throttles with 429 detail and Retry-After', async () => {
    await start({ script: (c) => (c.op === 'create' ? { type: 'rate-limit', retryAfter: 7 } : undefined) });
    const res = await create();
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.json().detail).toBe('Request was throttled. Your rate limit resets in ~30s.');
  });

  it('answers an invalid input with 422 and records it; unknown models with 404', async () => {
    await start();
    const bad = await create('black-forest-labs/flux-schnell', {
      input: { prompt: 'x', aspect_ratio: '7:3' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json().invalid_fields[0].field).toBe('aspect_ratio');
    const top = await create('black-forest-labs/flux-schnell', { prompt: 'x' });
    expect(top.status).toBe(422);
    expect(fake!.stats.schemaViolations).toHaveLength(2);
    expect((await create('acme/nothing')).status).toBe(404);
  });

  it('deletes output files after outputTtlMs and can fail a poll with 5xx', async () => {
    await start({
      outputTtlMs: 40,
      script: (c) => (c.op === 'get' && c.attempt === 1 ? { type: 'server-error', status: 503 } : undefined),
    });
    const p = (await create()).json();
    expect((await call(p.urls.get, { headers: auth() })).status).toBe(503);
    const done = await until(p.urls.get, ['succeeded']);
    await sleep(60);
    expect((await download(done.output[0])).status).toBe(404);
  });
});
