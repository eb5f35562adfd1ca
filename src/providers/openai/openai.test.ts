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
import { openai } from './index.js';

const KEY = 'sk-proj-Q7wE9rT2yU4iO6pA8sD0fG1hJ3kL5zX7cV9bN2mQ';
let server: ApiServer | undefined;
afterEach(async () => server?.close());

async function provider(handle: Handler) {
  server = await startApiServer(handle);
  return openai.create({ key: KEY, baseUrl: `${server.url}/v1`, timeoutMs: 5000, maxBytes: 1 << 22 });
}

const req = (over = {}) => testRequest({ providerModel: 'gpt-image-1', ...over });

describe('openai adapter', () => {
  it('always names the model, asks for the size of the planned aspect and costs the answer from usage', async () => {
    const png = await testPng();
    const p = await provider((_r, res) =>
      sendJson(res, 200, {
        created: 1,
        data: [{ b64_json: png.toString('base64') }],
        usage: {
          input_tokens: 50,
          output_tokens: 6208,
          input_tokens_details: { text_tokens: 50, image_tokens: 0 },
        },
      }),
    );
    const out = await p.generate(req({ aspect: '3:2' }));
    expect(out.images[0]!.bytes!.equals(png)).toBe(true);
    // 50 text tokens at $5/M + 6208 image tokens at $40/M
    expect(out.costUsd).toBeCloseTo(0.00025 + 0.24832, 6);
    const seen = server!.seen[0]!;
    expect(seen.path).toBe('/v1/images/generations');
    expect(seen.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(seen.json()).toMatchObject({
      model: 'gpt-image-1',
      size: '1536x1024',
      n: 1,
      output_format: 'png',
    });
  });

  it('asks gpt-image-2 for the exact size of any planned aspect, and gpt-image-1.5 for its fixed sizes', async () => {
    const png = await testPng();
    const p = await provider((_r, res) =>
      sendJson(res, 200, { data: [{ b64_json: png.toString('base64') }] }),
    );
    await p.generate(req({ providerModel: 'gpt-image-2', aspect: '16:9' }));
    await p.generate(req({ providerModel: 'gpt-image-2', aspect: '4:5' }));
    await p.generate(req({ providerModel: 'gpt-image-1.5', aspect: '2:3' }));
    expect(server!.seen.map((s) => [s.json().model, s.json().size])).toEqual([
      ['gpt-image-2', '2048x1152'],
      ['gpt-image-2', '1600x2000'],
      ['gpt-image-1.5', '1024x1536'],
    ]);
    // 16:9 is cropped from 3:2 (planned); 4:1 would waste over half of any size it has.
    const e = await rejection(p.generate(req({ providerModel: 'gpt-image-1.5', aspect: '4:1' })));
    expect(e).toMatchObject({ kind: 'validation' });
  });

  it('sends a reference photo to /images/edits as multipart image[]', async () => {
    const png = await testPng();
    const p = await provider((_r, res) =>
      sendJson(res, 200, { data: [{ b64_json: png.toString('base64') }] }),
    );
    const out = await p.generate(req({ reference: { bytes: png, mimeType: 'image/png' } }));
    expect(out.costUsd).toBeUndefined();
    const seen = server!.seen[0]!;
    expect(seen.path).toBe('/v1/images/edits');
    expect(seen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const text = seen.body.toString('latin1');
    expect(text).toContain('name="image[]"; filename="reference.png"');
    expect(text).toMatch(/name="model"\r\n\r\ngpt-image-1\r\n/);
    expect(text).toMatch(/name="size"\r\n\r\n1024x1024\r\n/);
    expect(seen.body.includes(png)).toBe(true);
  });

  it('maps moderation_blocked to safety and a 401 that quotes the key to auth without the key', async () => {
    let n = 0;
    const p = await provider((_r, res) =>
      ++n === 1
        ? sendJson(
            res,
            400,
            {
              error: {
                message: 'Your request was rejected by the safety system.',
                type: 'image_generation_user_error',
                param: null,
                code: 'moderation_blocked',
                moderation_details: { categories: ['violence'] },
              },
            },
            { 'x-request-id': 'req_1' },
          )
        : sendJson(res, 401, {
            error: {
              message: `Incorrect API key provided: sk-proj-Q7wE9r*********************************2mQ. You can find your API key at https://platform.openai.com/account/api-keys.`,
              type: 'invalid_request_error',
              param: null,
              code: 'invalid_api_key',
            },
          }),
    );
    const a = await rejection(p.generate(req()));
    expect(a).toMatchObject({ kind: 'safety', reason: 'moderation_blocked', retryable: false });
    expect(a.message).toContain('req_1');
    const b = await rejection(p.generate(req()));
    expect(b).toMatchObject({ kind: 'auth', reason: 'invalid_api_key' });
    expect(b.message).not.toMatch(/Q7wE9r|sk-proj/);
    expect(b.message).toContain('OPENAI_API_KEY');
  });

  it('honours retry-after-ms, treats insufficient_quota as credits and follows x-should-retry', async () => {
    const answers: [number, unknown, Record<string, string>][] = [
      [
        429,
        { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
        { 'retry-after-ms': '1500', 'retry-after': '2' },
      ],
      [
        429,
        {
          error: {
            message: 'You exceeded your current quota',
            type: 'insufficient_quota',
            code: 'insufficient_quota',
          },
        },
        {},
      ],
      [
        400,
        { error: { message: 'try later', type: 'server_error', code: null } },
        { 'x-should-retry': 'true' },
      ],
      [500, { error: { message: 'bad', type: 'server_error', code: null } }, { 'x-should-retry': 'false' }],
    ];
    const p = await provider((_r, res) => {
      const [s, b, h] = answers.shift()!;
      sendJson(res, s, b, h);
    });
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'rate-limit', retryAfterMs: 1500 });
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'credits', retryable: false });
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'transient', retryable: true });
    expect(await rejection(p.generate(req()))).toMatchObject({ retryable: false });
  });

  it('refuses an aspect it has no size for before calling', async () => {
    const p = await provider((_r, res) => sendJson(res, 500, {}));
    expect(await rejection(p.generate(req({ aspect: '4:1' })))).toMatchObject({ kind: 'validation' });
    expect(server!.seen).toHaveLength(0);
  });
});
