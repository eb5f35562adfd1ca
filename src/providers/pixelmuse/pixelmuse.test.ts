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
import { pixelmuse } from './index.js';

const KEY = 'pm_live_8Jd3Kq7Wz2Xv5Lm9Nb4Tc1Ry6Hs0Gf';
let server: ApiServer | undefined;
afterEach(async () => server?.close());

async function provider(handle: Handler) {
  server = await startApiServer(handle);
  return pixelmuse.create({
    key: KEY,
    baseUrl: `${server.url}/api/v1`,
    timeoutMs: 5000,
    maxBytes: 1 << 22,
    pollInitialMs: 10,
    pollMaxMs: 20,
  });
}

const req = (over = {}) => testRequest({ providerModel: 'nano-banana-2', aspect: '4:5', ...over });
const gen = (status: string, extra = {}) => ({
  id: 'g1',
  status,
  model: 'nano-banana-2',
  prompt: 'p',
  output: null,
  credits_charged: 0,
  error: null,
  created_at: 'x',
  completed_at: null,
  ...extra,
});

describe('pixelmuse adapter', () => {
  it('sends the Idempotency-Key, Prefer: wait and the body; a succeeded data URI costs its credits', async () => {
    const png = await testPng();
    const p = await provider((_r, res) =>
      sendJson(
        res,
        200,
        gen('succeeded', { output: [`data:image/png;base64,${png.toString('base64')}`], credits_charged: 1 }),
      ),
    );
    const out = await p.generate(req({ reference: { bytes: png, mimeType: 'image/png' } }));
    expect(out.images[0]!.bytes!.equals(png)).toBe(true);
    expect(out.costUsd).toBe(0.05);
    const seen = server!.seen[0]!;
    expect(seen.path).toBe('/api/v1/images');
    expect(seen.headers['idempotency-key']).toBe('idem-0123456789abcdef');
    expect(seen.headers.prefer).toBe('wait=4');
    expect(seen.headers.authorization).toBe(`Bearer ${KEY}`);
    const body = seen.json();
    expect(body).toMatchObject({
      model: 'nano-banana-2',
      aspect_ratio: '4:5',
      style: 'realistic',
      negative_prompt: 'text, watermark',
    });
    expect((body.image_input as string[])[0]).toMatch(/^data:image\/png;base64,/);
  });

  it('reports a 202 job, polls GET /images/{id} and downloads an https-or-loopback URL output', async () => {
    const png = await testPng();
    let polls = 0;
    const p = await provider((r, res, s) => {
      if (r.path === '/cdn/g1.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        return void res.end(png);
      }
      if (r.method === 'POST') return sendJson(res, 202, gen('processing'));
      sendJson(
        res,
        200,
        ++polls < 3
          ? gen('processing')
          : gen('succeeded', { output: [`${s.url}/cdn/g1.png`], credits_charged: 4 }),
      );
    });
    const jobs: ProviderJob[] = [];
    const out = await p.generate(
      req({ providerModel: 'nano-banana-pro', onJob: async (j: ProviderJob) => void jobs.push(j) }),
    );
    expect(jobs.map((j) => j.id)).toEqual(['g1']);
    expect(out).toMatchObject({ jobId: 'g1', costUsd: 0.2 });
    expect(server!.seen.filter((s) => s.path === '/api/v1/images/g1')).toHaveLength(3);
  });

  it('resumes a checkpointed generation instead of paying again', async () => {
    const png = await testPng();
    const p = await provider((_r, res) =>
      sendJson(res, 200, gen('succeeded', { output: [`data:image/png;base64,${png.toString('base64')}`] })),
    );
    await p.generate(req({ resumeJob: { id: 'g1' } }));
    expect(server!.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /api/v1/images/g1']);
  });

  it('maps 402 to credits, 429 with Retry-After, 401, 503, and a failed generation', async () => {
    const answers: ((res: ServerResponse) => void)[] = [
      (res) => sendJson(res, 402, { error: 'Insufficient credits' }),
      (res) =>
        sendJson(
          res,
          429,
          { error: { message: 'Too many requests', code: 'rate_limited' } },
          { 'retry-after': '12', 'x-ratelimit-remaining': '0' },
        ),
      (res) => sendJson(res, 401, { message: 'Invalid API key' }),
      (res) => sendJson(res, 503, { error: 'temporarily unavailable' }),
      (res) =>
        sendJson(res, 200, gen('failed', { error: 'Generation failed: content flagged by moderation' })),
    ];
    const p = await provider((_r, res) => answers.shift()!(res));
    expect(await rejection(p.generate(req()))).toMatchObject({
      kind: 'credits',
      status: 402,
      retryable: false,
    });
    expect(await rejection(p.generate(req()))).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 12_000,
      reason: 'rate_limited',
    });
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'auth' });
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'transient', retryable: true });
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'safety' });
  });
});
