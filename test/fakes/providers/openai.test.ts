import { FormData } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeHandle } from './common.mjs';
import { productImage } from './common.mjs';
import { call, decode } from './helpers.js';
import { startOpenAIFake, type OpenAIAction } from './openai.mjs';

let fake: FakeHandle | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const gen = {
  model: 'gpt-image-1',
  prompt: 'a leather bag on white',
  size: '1536x1024',
  quality: 'low',
  output_format: 'jpeg',
};
async function post(path: string, body: unknown, key = fake!.apiKey) {
  return call(`${fake!.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` }, body });
}
async function scripted(action: OpenAIAction) {
  fake = await startOpenAIFake({ script: () => action });
  return post('/images/generations', gen);
}

describe('openai fake', () => {
  it('answers a generation with b64_json of the requested size and format, usage and x-request-id', async () => {
    fake = await startOpenAIFake();
    const res = await post('/images/generations', gen);
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ output_format: 'jpeg', size: '1536x1024', quality: 'low' });
    expect(body.usage.total_tokens).toBeGreaterThan(0);
    const img = await decode(body.data[0].b64_json);
    expect(img).toMatchObject({ format: 'jpeg', width: 384, height: 256 });
    expect(res.headers['x-request-id']).toMatch(/^req_/);
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer <redacted>');
    expect(fake.stats.schemaViolations).toEqual([]);
    expect(fake.stats.paid).toBe(1);
  });

  it('answers a multipart edit with image[] files', async () => {
    fake = await startOpenAIFake();
    const form = new FormData();
    form.append('model', 'gpt-image-1');
    form.append('prompt', 'put the bag on a table');
    form.append('input_fidelity', 'high');
    form.append('n', '1');
    form.append(
      'image[]',
      new Blob([new Uint8Array(await productImage(64, 64))], { type: 'image/png' }),
      'ref.png',
    );
    const res = await post('/images/edits', form);
    expect(res.status).toBe(200);
    expect((await decode(res.json().data[0].b64_json)).format).toBe('png');
    expect(fake.requests[0]!.body.files[0]).toMatchObject({ field: 'image[]', type: 'image/png' });
    expect(fake.stats.schemaViolations).toEqual([]);
  });

  it('answers a JSON edit with images[].image_url as a data URI', async () => {
    fake = await startOpenAIFake();
    const data = `data:image/png;base64,${(await productImage(32, 32)).toString('base64')}`;
    const res = await post('/images/edits', {
      model: 'gpt-image-1.5',
      prompt: 'x',
      images: [{ image_url: data }],
    });
    expect(res.status).toBe(200);
    expect(fake.stats.schemaViolations).toEqual([]);
  });

  it('rejects a parameter the spec does not have with unknown_parameter, and records it', async () => {
    fake = await startOpenAIFake();
    const res = await post('/images/generations', { ...gen, aspect_ratio: '16:9' });
    expect(res.status).toBe(400);
    expect(res.json().error).toEqual({
      message: "Unknown parameter: 'aspect_ratio'.",
      type: 'invalid_request_error',
      param: 'aspect_ratio',
      code: 'unknown_parameter',
    });
    expect(fake.stats.schemaViolations).toHaveLength(1);
  });

  it('rejects a value outside the spec enum and a size the model cannot make', async () => {
    fake = await startOpenAIFake();
    expect((await post('/images/generations', { ...gen, quality: 'ultra' })).status).toBe(400);
    const size = await post('/images/generations', { ...gen, size: '1920x1080' });
    expect(size.status).toBe(400);
    expect(size.json().error).toMatchObject({ param: 'size', code: 'invalid_value' });
    expect(
      (await post('/images/generations', { ...gen, model: 'gpt-image-2', size: '1920x1088' })).status,
    ).toBe(200);
  });

  it('takes any gpt-image-2 WxH within PROVIDERS.md limits (sides /16, up to 3:1, 3840x2160), nothing else', async () => {
    fake = await startOpenAIFake();
    const size = async (model: string, s: string) =>
      (await post('/images/generations', { ...gen, model, size: s })).status;
    for (const ok of ['2048x1152', '2016x864', '3840x2160', '1600x2000'])
      expect(await size('gpt-image-2', ok)).toBe(200);
    for (const bad of ['2000x1125', '3072x1008', '4096x2048', '2176x2176'])
      expect(await size('gpt-image-2', bad)).toBe(400);
    expect(await size('gpt-image-1.5', '2048x1152')).toBe(400);
    expect(await size('gpt-image-1.5', '1536x1024')).toBe(200);
  });

  it('records a request without model as a violation (the API would silently use dall-e-2)', async () => {
    fake = await startOpenAIFake();
    const { model: _m, ...noModel } = gen;
    await post('/images/generations', noModel);
    expect(fake.stats.schemaViolations[0]!.errors.join()).toMatch(/dall-e-2/);
  });

  it('answers a wrong key with 401 invalid_api_key whose message quotes part of the key', async () => {
    fake = await startOpenAIFake();
    const key = 'sk-proj-SECRETSECRETSECRET1234';
    const res = await post('/images/generations', gen, key);
    expect(res.status).toBe(401);
    expect(res.json().error.code).toBe('invalid_api_key');
    expect(res.json().error.message).toContain(key.slice(0, 8));
    expect(res.json().error.message).toContain(key.slice(-4));
    expect(JSON.stringify(fake.requests)).not.toContain('SECRET');
  });

  it('refuses with 400 moderation_blocked and moderation_details', async () => {
    const res = await scripted({ type: 'moderation', categories: ['violence'] });
    expect(res.status).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'moderation_blocked',
      type: 'image_generation_user_error',
      moderation_details: { categories: ['violence'] },
    });
    expect(fake!.stats.paid).toBe(0);
  });

  it('rate-limits with retry-after-ms, retry-after, or neither', async () => {
    const a = await scripted({ type: 'rate-limit', retryAfterMs: 1500 });
    expect(a.status).toBe(429);
    expect(a.headers['retry-after-ms']).toBe('1500');
    expect(a.json().error.code).toBe('rate_limit_exceeded');
    await fake!.close();
    const b = await scripted({ type: 'rate-limit', retryAfter: 3 });
    expect(b.headers['retry-after']).toBe('3');
    await fake!.close();
    const c = await scripted({ type: 'rate-limit' });
    expect(c.headers['retry-after']).toBeUndefined();
    expect(c.headers['retry-after-ms']).toBeUndefined();
  });

  it('says insufficient_quota with 429, and 5xx with x-should-retry', async () => {
    expect((await scripted({ type: 'quota' })).json().error.code).toBe('insufficient_quota');
    await fake!.close();
    const res = await scripted({ type: 'server-error', status: 502, shouldRetry: false });
    expect(res.status).toBe(502);
    expect(res.headers['x-should-retry']).toBe('false');
  });

  it('truncates, hangs until the client gives up, and scripts per attempt', async () => {
    fake = await startOpenAIFake({ script: (c) => (c.attempt === 1 ? { type: 'truncate' } : undefined) });
    await expect(post('/images/generations', gen)).rejects.toThrow();
    expect((await post('/images/generations', gen)).status).toBe(200);
    expect(fake.stats.paidByKey.get('gpt-image-1:a leather bag on white')).toBe(1);
  });
});
