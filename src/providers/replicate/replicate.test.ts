import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  rejection,
  sendJson,
  startApiServer,
  testPng,
  testRequest,
  type ApiServer,
  type Handler,
} from '../../../test/helpers/api-server.js';
import type { ProviderJob } from '../types.js';
import { replicate } from './index.js';

const KEY = 'r8_Zq4Wm7Xk2Lp9Vb3Nc6Tj1Hs5Gd8Fa0Ry2';
let server: ApiServer | undefined;
afterEach(async () => server?.close());

async function provider(handle: Handler) {
  server = await startApiServer(handle);
  return replicate.create({
    key: KEY,
    baseUrl: `${server.url}/v1`,
    timeoutMs: 5000,
    maxBytes: 1 << 22,
    pollInitialMs: 10,
    pollMaxMs: 20,
  });
}

const req = (over = {}) =>
  testRequest({ providerModel: 'black-forest-labs/flux-dev', aspect: '4:5', ...over });

function predictions(
  png: Buffer,
  o: { created?: number; end?: Record<string, unknown>; polls?: number } = {},
): Handler {
  let polls = 0;
  return (r, res, s) => {
    const p = (status: string, extra = {}) => ({
      id: 'p1',
      status,
      output: null,
      error: null,
      urls: { get: `${s.url}/v1/predictions/p1`, cancel: `${s.url}/v1/predictions/p1/cancel` },
      ...extra,
    });
    const done = o.end ?? { output: [`${s.url}/out/1.png`] };
    if (r.path === '/out/1.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return void res.end(png);
    }
    if (r.path.endsWith('/cancel')) return sendJson(res, 200, p('canceled'));
    if (r.method === 'POST')
      return sendJson(res, o.created ?? 202, o.created === 201 ? p('succeeded', done) : p('starting'));
    polls++;
    sendJson(
      res,
      200,
      polls >= (o.polls ?? 2) ? p((done.status as string) ?? 'succeeded', done) : p('processing'),
    );
  };
}

describe('replicate adapter', () => {
  it('takes a 201 from Prefer: wait at once, without polling or a job report', async () => {
    const png = await testPng();
    const p = await provider(predictions(png, { created: 201 }));
    const jobs: ProviderJob[] = [];
    const out = await p.generate(req({ onJob: async (j: ProviderJob) => void jobs.push(j) }));
    expect(out.images[0]!.bytes!.equals(png)).toBe(true);
    expect(out.jobId).toBe('p1');
    expect(jobs).toEqual([]);
    const submit = server!.seen[0]!;
    expect(submit.path).toBe('/v1/models/black-forest-labs/flux-dev/predictions');
    expect(submit.headers.prefer).toBe('wait=4');
    expect(submit.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(submit.json()).toMatchObject({ input: { aspect_ratio: '4:5', seed: 42, num_outputs: 1 } });
  });

  it('sends nano banana its own inputs: image_input, the resolution tier for the size, no flux fields', async () => {
    const png = await testPng();
    const p = await provider(predictions(png, { created: 201 }));
    await p.generate(
      req({
        providerModel: 'google/nano-banana-pro',
        aspect: '21:9',
        reference: { bytes: png, mimeType: 'image/png' },
      }),
    );
    await p.generate(req({ providerModel: 'google/nano-banana', aspect: '4:5' }));
    const [pro, flash] = server!.seen.filter((s) => s.method === 'POST');
    expect(pro!.path).toBe('/v1/models/google/nano-banana-pro/predictions');
    expect(pro!.json()).toEqual({
      input: {
        prompt: 'studio photo of a white mug\n\nAvoid: text, watermark',
        aspect_ratio: '21:9',
        output_format: 'png',
        resolution: '2K',
        image_input: [`data:image/png;base64,${png.toString('base64')}`],
      },
    });
    // nano banana (2.5 flash) has one size: no resolution; no photo given: no image_input.
    expect(flash!.json()).toEqual({
      input: {
        prompt: 'studio photo of a white mug\n\nAvoid: text, watermark',
        aspect_ratio: '4:5',
        output_format: 'png',
      },
    });
  });

  it('reports a 202 job before polling urls.get to the end', async () => {
    const png = await testPng();
    const p = await provider(predictions(png, { polls: 3 }));
    const order: string[] = [];
    await p.generate(
      req({
        onJob: async (j: ProviderJob) => void order.push(`job ${j.id} after ${server!.seen.length} requests`),
      }),
    );
    expect(order).toEqual(['job p1 after 1 requests']);
    expect(server!.seen.filter((s) => s.method === 'GET' && s.path === '/v1/predictions/p1')).toHaveLength(3);
  });

  it('reads a failed prediction with an NSFW error as a safety block, other failures as not retried', async () => {
    const png = await testPng();
    let end: Record<string, unknown> = {
      status: 'failed',
      error: 'NSFW content detected. Try running it again, or try a different prompt.',
    };
    const p = await provider((r, res, s) => predictions(png, { end, polls: 1 })(r, res, s));
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'safety', retryable: false });
    end = { status: 'failed', error: 'CUDA out of memory' };
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'bad-output', retryable: false });
  });

  it('cancels the prediction when the run is cancelled and resumes a checkpointed one', async () => {
    const png = await testPng();
    const p = await provider(predictions(png, { polls: 1_000_000 }));
    const run = new AbortController();
    setTimeout(() => run.abort(), 80);
    await rejection(p.generate(req({ signal: run.signal })));
    await new Promise((r) => setTimeout(r, 50));
    expect(server!.seen.find((s) => s.path.endsWith('/cancel'))?.method).toBe('POST');
    server!.handle = predictions(png, { polls: 1 });
    server!.seen.length = 0;
    const out = await p.generate(
      req({ resumeJob: { id: 'p1', pollUrl: `${server!.url}/v1/predictions/p1` } }),
    );
    expect(out.jobId).toBe('p1');
    expect(server!.seen.some((s) => s.method === 'POST')).toBe(false);
  });

  it('maps 429 with Retry-After and the 401 problem body', async () => {
    const answers: ((res: ServerResponse) => void)[] = [
      (res) =>
        sendJson(
          res,
          429,
          { detail: 'Request was throttled. Your rate limit resets in ~30s.' },
          { 'retry-after': '30' },
        ),
      (res) =>
        sendJson(res, 401, {
          title: 'Unauthenticated',
          detail: 'You did not pass a valid authentication token',
          status: 401,
        }),
    ];
    const p = await provider((_r, res) => answers.shift()!(res));
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'rate-limit', retryAfterMs: 30_000 });
    const e = await rejection(p.generate(req()));
    expect(e).toMatchObject({ kind: 'auth', reason: 'Unauthenticated' });
    expect(e.message).toContain('REPLICATE_API_TOKEN');
  });
});
