import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { call, decode, download } from './helpers.js';
import { startFalFake, type FalAction, type FalFakeOptions } from './fal.mjs';

let fake: Awaited<ReturnType<typeof startFalFake>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const input = {
  prompt: 'a leather bag on white',
  aspect_ratio: '16:9',
  resolution: '1K',
  num_images: 1,
  output_format: 'png',
};
const auth = () => ({ authorization: `Key ${fake!.apiKey}` });
async function start(options: FalFakeOptions = {}) {
  fake = await startFalFake(options);
  return fake;
}
async function submit(model = 'fal-ai/nano-banana-2', body: unknown = input, headers = auth()) {
  return call(`${fake!.baseUrl}/${model}`, { headers, body });
}
async function poll(statusUrl: string, until = 'COMPLETED') {
  for (let i = 0; i < 200; i++) {
    const s = await call(statusUrl, { headers: auth() });
    if (s.json().status === until) return s;
    await sleep(10);
  }
  throw new Error('job never reached ' + until);
}

describe('fal fake', () => {
  it('queues a job, reports IN_QUEUE then IN_PROGRESS then COMPLETED, and serves the result images', async () => {
    await start({ jobMs: 900, queueMs: 450 });
    const sub = await submit();
    expect(sub.status).toBe(200);
    const job = sub.json();
    expect(job).toMatchObject({ status: 'IN_QUEUE' });
    expect(job.status_url).toBe(`${fake!.url}/fal-ai/nano-banana-2/requests/${job.request_id}/status`);
    expect((await call(job.status_url, { headers: auth() })).json().status).toBe('IN_QUEUE');
    expect((await call(job.response_url, { headers: auth() })).status).toBe(400);
    await poll(job.status_url, 'IN_PROGRESS');
    await poll(job.status_url);
    const result = (await call(job.response_url, { headers: auth() })).json();
    expect(result.images[0]).toMatchObject({ content_type: 'image/png' });
    const file = await download(result.images[0].url);
    const img = await decode(file.bytes);
    expect(img.width / img.height).toBeCloseTo(16 / 9, 1);
    expect(img).toMatchObject({ width: result.images[0].width, height: result.images[0].height });
    expect(fake!.stats.paidByKey.get(job.request_id)).toBe(1);
    expect(fake!.requests[0]!.headers.authorization).toBe('Key <redacted>');
    expect(fake!.stats.schemaViolations).toEqual([]);
  });

  it('returns URLs that drop sub-paths of the model id (edit, schnell)', async () => {
    await start();
    const edit = await submit('fal-ai/nano-banana-pro/edit', {
      prompt: 'x',
      image_urls: ['data:image/png;base64,AAAA'],
    });
    expect(edit.json().status_url).toContain('/fal-ai/nano-banana-pro/requests/');
    expect(edit.json().status_url).not.toContain('/edit/');
    const flux = await submit('fal-ai/flux/schnell', { prompt: 'x', image_size: 'landscape_16_9', seed: 7 });
    expect(flux.json().response_url).toBe(`${fake!.url}/fal-ai/flux/requests/${flux.json().request_id}`);
    const result = (await call(flux.json().response_url, { headers: auth() })).json();
    expect(result.seed).toBe(7);
    expect((await decode((await download(result.images[0].url)).bytes)).format).toBe('jpeg');
    const wrong = await call(`${fake!.url}/fal-ai/flux/schnell/requests/${flux.json().request_id}`, {
      headers: auth(),
    });
    expect(wrong.status).toBe(404);
  });

  it('answers an invalid input with 422 detail in the pydantic shape and records it', async () => {
    await start();
    const res = await submit('fal-ai/nano-banana-2', { prompt: 'x', aspect: '16:9' });
    expect(res.status).toBe(422);
    expect(res.json().detail[0]).toMatchObject({ loc: ['body', 'aspect'], type: 'extra_forbidden' });
    expect(fake!.stats.schemaViolations).toHaveLength(1);
  });

  it('rejects Bearer auth: fal wants Authorization: Key', async () => {
    await start();
    const res = await submit('fal-ai/nano-banana-2', input, { authorization: `Bearer ${fake!.apiKey}` });
    expect(res.status).toBe(401);
  });

  it('blocks with 422 content_policy_violation on the result, not paid', async () => {
    await start({ script: (c) => (c.op === 'submit' ? { type: 'content-policy' } : undefined) });
    const job = (await submit()).json();
    await poll(job.status_url);
    const res = await call(job.response_url, { headers: auth() });
    expect(res.status).toBe(422);
    expect(res.headers['x-fal-retryable']).toBe('false');
    expect(res.json().detail[0]).toMatchObject({
      type: 'content_policy_violation',
      msg: 'The content was flagged by a content checker.',
    });
    expect(fake!.stats.paid).toBe(0);
  });

  it('rate-limits with X-Fal-Retryable, fails 5xx and user timeouts', async () => {
    const cases: [FalAction, number, Record<string, string>][] = [
      [{ type: 'rate-limit', retryAfter: 2 }, 429, { 'x-fal-retryable': 'true', 'retry-after': '2' }],
      [{ type: 'server-error', status: 502 }, 502, { 'x-fal-retryable': 'true' }],
      [{ type: 'user-timeout' }, 504, { 'x-fal-request-timeout-type': 'user' }],
    ];
    for (const [action, status, headers] of cases) {
      await start({ script: (c) => (c.op === 'submit' ? action : undefined) });
      const res = await submit();
      expect(res.status).toBe(status);
      expect(res.headers).toMatchObject(headers);
      await fake!.close();
    }
    fake = undefined;
  });

  it('keeps a job that never finishes IN_PROGRESS, and cancels it without paying', async () => {
    await start({ script: (c) => (c.op === 'submit' ? { type: 'never-finish' } : undefined) });
    const job = (await submit()).json();
    await sleep(20);
    expect((await call(job.status_url, { headers: auth() })).json().status).toBe('IN_PROGRESS');
    const cancel = await call(job.cancel_url, { method: 'PUT', headers: auth() });
    expect(cancel.status).toBe(202);
    expect(cancel.json().status).toBe('CANCELLATION_REQUESTED');
    expect(fake!.jobs.get(job.request_id)!.cancelled).toBe(true);
    expect(fake!.stats.paid).toBe(0);
  });

  it('says ALREADY_COMPLETED when cancelling a finished job', async () => {
    await start();
    const job = (await submit()).json();
    await poll(job.status_url);
    const cancel = await call(job.cancel_url, { method: 'PUT', headers: auth() });
    expect(cancel.status).toBe(400);
    expect(cancel.json().status).toBe('ALREADY_COMPLETED');
  });

  it('expires result files after resultTtlMs and truncates a scripted result', async () => {
    await start({
      resultTtlMs: 40,
      script: (c) => (c.op === 'result' && c.attempt === 1 ? { type: 'truncate' } : undefined),
    });
    const job = (await submit()).json();
    await poll(job.status_url);
    await expect(call(job.response_url, { headers: auth() })).rejects.toThrow();
    const result = (await call(job.response_url, { headers: auth() })).json();
    await sleep(60);
    expect((await download(result.images[0].url)).status).toBe(404);
    expect(fake!.stats.paid).toBe(1);
  });
});
