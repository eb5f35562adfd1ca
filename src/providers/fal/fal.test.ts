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
import { fal } from './index.js';

const KEY = 'f4a1c2e3-9b8d-4e7f-a6c5-0d1e2f3a4b5c:7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b';
let server: ApiServer | undefined;
afterEach(async () => server?.close());

async function provider(handle: Handler) {
  server = await startApiServer(handle);
  return fal.create({
    key: KEY,
    baseUrl: server.url,
    timeoutMs: 5000,
    maxBytes: 1 << 22,
    pollInitialMs: 10,
    pollMaxMs: 20,
  });
}

const req = (over = {}) => testRequest({ providerModel: 'fal-ai/nano-banana-2', aspect: '4:5', ...over });

/** A queue that answers IN_QUEUE, IN_PROGRESS, then COMPLETED with an image URL on this server. */
function queue(
  png: Buffer,
  opts: { polls?: number; result?: (res: import('node:http').ServerResponse) => void } = {},
): Handler {
  let polls = 0;
  return (r, res, s) => {
    const base = `${s.url}/fal-ai/nano-banana-2/requests/req-1`;
    if (r.method === 'POST')
      return sendJson(res, 200, {
        request_id: 'req-1',
        status: 'IN_QUEUE',
        status_url: `${base}/status`,
        response_url: base,
        cancel_url: `${base}/cancel`,
      });
    if (r.method === 'PUT') return sendJson(res, 202, { status: 'CANCELLATION_REQUESTED' });
    if (r.path.endsWith('/status')) {
      polls++;
      const st = polls >= (opts.polls ?? 3) ? 'COMPLETED' : polls === 1 ? 'IN_QUEUE' : 'IN_PROGRESS';
      return sendJson(res, 200, { status: st });
    }
    if (r.path === '/img/1.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return void res.end(png);
    }
    if (opts.result) return opts.result(res);
    sendJson(res, 200, {
      images: [{ url: `${s.url}/img/1.png`, width: 64, height: 48, content_type: 'image/png' }],
      seed: 7,
    });
  };
}

describe('fal adapter', () => {
  it('submits with Key auth, reports the job before polling, polls status_url, fetches response_url, downloads the image', async () => {
    const png = await testPng();
    const p = await provider(queue(png));
    const jobs: ProviderJob[] = [];
    const out = await p.generate(req({ onJob: async (j: ProviderJob) => void jobs.push(j) }));
    expect(out.images[0]!.bytes!.equals(png)).toBe(true);
    expect(out.jobId).toBe('req-1');
    expect(jobs).toEqual([
      {
        id: 'req-1',
        pollUrl: `${server!.url}/fal-ai/nano-banana-2/requests/req-1/status`,
        resultUrl: `${server!.url}/fal-ai/nano-banana-2/requests/req-1`,
        cancelUrl: `${server!.url}/fal-ai/nano-banana-2/requests/req-1/cancel`,
      },
    ]);
    const submit = server!.seen[0]!;
    expect(submit.path).toBe('/fal-ai/nano-banana-2');
    expect(submit.headers.authorization).toBe(`Key ${KEY}`);
    expect(submit.json()).toMatchObject({
      aspect_ratio: '4:5',
      resolution: '2K',
      num_images: 1,
      output_format: 'png',
    });
    expect(server!.seen.filter((s) => s.path.endsWith('/status'))).toHaveLength(3);
  });

  it('sends a reference to the /edit endpoint as image_urls, and flux gets image_size and seed', async () => {
    const png = await testPng();
    const p = await provider(queue(png, { polls: 1 }));
    await p.generate(req({ reference: { bytes: png, mimeType: 'image/png' } }));
    expect(server!.seen[0]!.path).toBe('/fal-ai/nano-banana-2/edit');
    expect((server!.seen[0]!.json().image_urls as string[])[0]).toMatch(/^data:image\/png;base64,/);
    server!.seen.length = 0;
    await p.generate(req({ providerModel: 'fal-ai/flux/schnell', aspect: '16:9' }));
    expect(server!.seen[0]!.path).toBe('/fal-ai/flux/schnell');
    expect(server!.seen[0]!.json()).toMatchObject({ image_size: 'landscape_16_9', seed: 42 });
  });

  it('resumes a checkpointed job without submitting again, from its id alone or with its status URL', async () => {
    const png = await testPng();
    const p = await provider(queue(png, { polls: 1 }));
    const out = await p.generate(req({ resumeJob: { id: 'req-1' } }));
    expect(out.jobId).toBe('req-1');
    const base = `${server!.url}/fal-ai/nano-banana-2/requests/req-1`;
    await p.generate(req({ resumeJob: { id: 'req-1', pollUrl: `${base}/status` } }));
    expect(server!.seen.some((s) => s.method === 'POST')).toBe(false);
    expect(server!.seen.filter((s) => s.path === '/fal-ai/nano-banana-2/requests/req-1')).toHaveLength(2);
  });

  it('resumes its own job on the next attempt after a polling timeout, and cancels it when the run is cancelled', async () => {
    const png = await testPng();
    const p = await provider(queue(png, { polls: 1_000_000 }));
    const timedOut = await rejection(p.generate(req({ signal: AbortSignal.timeout(150) })));
    expect(timedOut.name).toBe('TimeoutError');
    expect(server!.seen.some((s) => s.method === 'PUT')).toBe(false);
    const run = new AbortController();
    setTimeout(() => run.abort(), 100);
    await rejection(p.generate(req({ signal: run.signal })));
    expect(server!.seen.filter((s) => s.method === 'POST')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 50));
    const cancel = server!.seen.find((s) => s.method === 'PUT');
    expect(cancel?.path).toBe('/fal-ai/nano-banana-2/requests/req-1/cancel');
    expect(cancel?.headers.authorization).toBe(`Key ${KEY}`);
  });

  it('maps a 422 content_policy_violation to safety, X-Fal-Retryable and a user timeout', async () => {
    const png = await testPng();
    let result: (res: import('node:http').ServerResponse) => void = (res) =>
      sendJson(res, 422, {
        detail: [
          {
            loc: ['body', 'prompt'],
            msg: 'The content was flagged by a content checker.',
            type: 'content_policy_violation',
          },
        ],
      });
    const p = await provider(queue(png, { polls: 1, result: (res) => result(res) }));
    expect(await rejection(p.generate(req()))).toMatchObject({
      kind: 'safety',
      reason: 'content_policy_violation',
      retryable: false,
    });
    result = (res) => sendJson(res, 503, { detail: 'busy' }, { 'x-fal-retryable': 'false' });
    expect(await rejection(p.generate(req()))).toMatchObject({ retryable: false });
    result = (res) => sendJson(res, 504, { detail: 'timed out' }, { 'x-fal-request-timeout-type': 'user' });
    expect(await rejection(p.generate(req()))).toMatchObject({ retryable: false });
    result = (res) => sendJson(res, 429, { detail: 'slow down' }, { 'retry-after': '3' });
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3000 });
  });

  it('never sends the key to a job URL on another host', async () => {
    const p = await provider((r, res) =>
      sendJson(res, 200, {
        request_id: 'r',
        status: 'IN_QUEUE',
        status_url: 'https://evil.example/status',
        response_url: 'https://evil.example/r',
      }),
    );
    const e = await rejection(p.generate(req()));
    expect(e).toMatchObject({ kind: 'bad-output' });
    expect(server!.seen).toHaveLength(1);
  });
});
