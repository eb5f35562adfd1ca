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
import { ProviderError } from '../types.js';
import { gemini } from './index.js';

const KEY = 'AIzaSyD3x9Qk7Lm2Pz8Rt5Vw1Yb4Nc6Hj0Gf2Ka';
let server: ApiServer | undefined;
afterEach(async () => server?.close());

async function provider(handle: Handler) {
  server = await startApiServer(handle);
  return gemini.create({ key: KEY, baseUrl: `${server.url}/v1beta`, timeoutMs: 5000, maxBytes: 1 << 22 });
}

const status = (code: number, st: string, message: string, details: unknown[] = []) => ({
  error: { code, message, status: st, details },
});

describe('gemini adapter', () => {
  it('posts generateContent with the key header, aspect and size tier, reference inline; takes the last non-thought image', async () => {
    const png = await testPng();
    const p = await provider((_req, res) =>
      sendJson(res, 200, {
        candidates: [
          {
            content: {
              parts: [
                { text: 'here it is' },
                { inlineData: { mimeType: 'image/png', data: 'bm90IGFuIGltYWdl' }, thought: true },
                { inlineData: { mimeType: 'image/png', data: png.toString('base64') } },
              ],
            },
            finishReason: 'STOP',
          },
        ],
      }),
    );
    const ref = { bytes: Buffer.from('jpegbytes'), mimeType: 'image/jpeg' };
    const out = await p.generate(testRequest({ aspect: '3:4', reference: ref }));
    expect(out.images[0]!.bytes!.equals(png)).toBe(true);
    expect(out.images[0]!.mimeType).toBe('image/png');
    const seen = server!.seen[0]!;
    expect(seen.path).toBe('/v1beta/models/gemini-3.1-flash-image:generateContent');
    expect(seen.headers['x-goog-api-key']).toBe(KEY);
    const body = seen.json() as {
      contents: { parts: Record<string, unknown>[] }[];
      generationConfig: unknown;
    };
    expect(body.generationConfig).toEqual({
      responseModalities: ['IMAGE'],
      imageConfig: { aspectRatio: '3:4', imageSize: '2K' },
    });
    expect(body.contents[0]!.parts[0]!.text).toContain('Avoid: text, watermark');
    expect(body.contents[0]!.parts[1]).toEqual({
      inlineData: { mimeType: 'image/jpeg', data: ref.bytes.toString('base64') },
    });
  });

  it('reads a 200 with promptFeedback.blockReason or an image-less IMAGE_SAFETY candidate as a safety block, not retried', async () => {
    const p = await provider((req, res) =>
      req.json().contents
        ? sendJson(
            res,
            200,
            server!.seen.length === 1
              ? { promptFeedback: { blockReason: 'PROHIBITED_CONTENT' } }
              : { candidates: [{ finishReason: 'IMAGE_SAFETY', content: { parts: [] } }] },
          )
        : undefined,
    );
    const a = await rejection(p.generate(testRequest()));
    expect(a).toBeInstanceOf(ProviderError);
    expect(a).toMatchObject({ kind: 'safety', reason: 'PROHIBITED_CONTENT', retryable: false });
    const b = await rejection(p.generate(testRequest()));
    expect(b).toMatchObject({ kind: 'safety', reason: 'IMAGE_SAFETY' });
  });

  it('maps the 400 API_KEY_INVALID to auth and keeps the key out of the message even when the API quotes it', async () => {
    const p = await provider((_req, res) =>
      sendJson(
        res,
        400,
        status(400, 'INVALID_ARGUMENT', `API key not valid: ${KEY}. Please pass a valid API key.`, [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'API_KEY_INVALID',
            domain: 'googleapis.com',
          },
        ]),
      ),
    );
    const e = await rejection(p.generate(testRequest()));
    expect(e).toMatchObject({ kind: 'auth', status: 400, reason: 'API_KEY_INVALID' });
    expect(e.message).toContain('GEMINI_API_KEY');
    expect(e.message).not.toContain(KEY);
    expect(e.message).not.toContain(KEY.slice(0, 12));
  });

  it('takes a 429 wait from RetryInfo.retryDelay in the body; a per-day QuotaFailure is not retried', async () => {
    let perDay = false;
    const p = await provider((_req, res) =>
      sendJson(
        res,
        429,
        status(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded', [
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [
              {
                quotaId: perDay
                  ? 'GenerateRequestsPerDayPerProjectPerModel'
                  : 'GenerateRequestsPerMinutePerProjectPerModel',
              },
            ],
          },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '45.8s' },
        ]),
      ),
    );
    expect(await rejection(p.generate(testRequest()))).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 45_800,
      retryable: true,
    });
    perDay = true;
    expect(await rejection(p.generate(testRequest()))).toMatchObject({ kind: 'credits', retryable: false });
  });

  it('names the live id when a retired -preview id answers 404, as unavailable (the fallback trigger)', async () => {
    const p = await provider((_req, res) =>
      sendJson(
        res,
        404,
        status(404, 'NOT_FOUND', 'models/gemini-3.1-flash-image-preview is not found for API version v1beta'),
      ),
    );
    const e = await rejection(p.generate(testRequest({ providerModel: 'gemini-3.1-flash-image-preview' })));
    expect(e).toMatchObject({ kind: 'unavailable', retryable: false });
    expect(e.message).toMatch(/model retired: use gemini-3\.1-flash-image/);
  });

  it('retries 5xx and refuses an answer that is not an image', async () => {
    let n = 0;
    const p = await provider((_req, res) =>
      ++n === 1
        ? sendJson(res, 503, status(503, 'UNAVAILABLE', 'The model is overloaded'))
        : sendJson(res, 200, {
            candidates: [
              {
                content: {
                  parts: [
                    { inlineData: { mimeType: 'image/png', data: Buffer.from('<html>').toString('base64') } },
                  ],
                },
              },
            ],
          }),
    );
    expect(await rejection(p.generate(testRequest()))).toMatchObject({
      kind: 'transient',
      status: 503,
      retryable: true,
    });
    expect(await rejection(p.generate(testRequest()))).toMatchObject({ kind: 'bad-output' });
  });

  it('refuses an answer of an unexpected shape with a bad-output naming the field', async () => {
    const p = await provider((_req, res) => sendJson(res, 200, { candidates: { nope: 1 } }));
    const e = await rejection(p.generate(testRequest()));
    expect(e).toMatchObject({ kind: 'bad-output' });
    expect(e.message).toContain('.candidates');
  });
});
