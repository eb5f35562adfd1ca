import { afterEach, describe, expect, it } from 'vitest';
import { startGeminiFake, type GeminiAction } from './gemini.mjs';
import type { FakeHandle } from './common.mjs';
import { call, decode } from './helpers.js';

let fake: FakeHandle | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const body = (extra: Record<string, unknown> = {}) => ({
  contents: [{ role: 'user', parts: [{ text: 'a leather bag on white' }] }],
  generationConfig: {
    responseModalities: ['IMAGE'],
    imageConfig: { aspectRatio: '16:9', imageSize: '1K' },
    ...extra,
  },
});
async function post(model: string, b: unknown, key = fake!.apiKey) {
  return call(`${fake!.baseUrl}/models/${model}:generateContent`, {
    headers: { 'x-goog-api-key': key },
    body: b,
  });
}
async function scripted(action: GeminiAction) {
  fake = await startGeminiFake({ script: () => action });
  return post('gemini-3-pro-image', body());
}

describe('gemini fake', () => {
  it('answers a documented request with the last non-thought inlineData part as a decodable image', async () => {
    fake = await startGeminiFake();
    const res = await post('gemini-3-pro-image', body());
    expect(res.status).toBe(200);
    const parts = res.json().candidates[0].content.parts as {
      inlineData?: { data: string };
      thought?: boolean;
    }[];
    const images = parts.filter((p) => p.inlineData && !p.thought);
    expect(images).toHaveLength(1);
    expect(parts.some((p) => p.thought && p.inlineData)).toBe(true);
    const img = await decode(images[0]!.inlineData!.data);
    expect(img.format).toBe('png');
    expect(img.width / img.height).toBeCloseTo(16 / 9, 1);
    expect(fake.stats.paid).toBe(1);
    expect(fake.requests[0]!.headers['x-goog-api-key']).toBe('<redacted>');
    expect(fake.requests[0]!.body.generationConfig.imageConfig.aspectRatio).toBe('16:9');
    expect(fake.stats.schemaViolations).toEqual([]);
  });

  it('rejects fields the Gemini API does not take in imageConfig and records the violation', async () => {
    fake = await startGeminiFake();
    const b = body();
    (b.generationConfig.imageConfig as Record<string, unknown>).personGeneration = 'ALLOW_ALL';
    const res = await post('gemini-3-pro-image', b);
    expect(res.status).toBe(400);
    expect(res.json().error.status).toBe('INVALID_ARGUMENT');
    expect(fake.stats.schemaViolations[0]!.errors.join()).toMatch(/personGeneration/);
    expect(fake.stats.paid).toBe(0);
  });

  it('rejects a lower-case image size (the wire value is 1K, 2K, 4K)', async () => {
    fake = await startGeminiFake();
    const b = body();
    b.generationConfig.imageConfig.imageSize = '1k';
    expect((await post('gemini-3-pro-image', b)).status).toBe(400);
    expect(fake.stats.schemaViolations).toHaveLength(1);
  });

  it('answers a wrong key with 400 INVALID_ARGUMENT and ErrorInfo API_KEY_INVALID', async () => {
    fake = await startGeminiFake();
    const res = await post('gemini-3-pro-image', body(), 'wrong');
    expect(res.status).toBe(400);
    const err = res.json().error;
    expect(err.status).toBe('INVALID_ARGUMENT');
    expect(err.details.find((d: { reason?: string }) => d.reason)?.reason).toBe('API_KEY_INVALID');
  });

  it('answers 429 RESOURCE_EXHAUSTED with RetryInfo in the body and no Retry-After header', async () => {
    const res = await scripted({ type: 'rate-limit', retryDelay: '45.8s' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeUndefined();
    const details = res.json().error.details as { '@type': string; retryDelay?: string }[];
    expect(details.find((d) => d['@type'].endsWith('RetryInfo'))?.retryDelay).toBe('45.8s');
  });

  it('marks a per-day quota in QuotaFailure', async () => {
    const res = await scripted({ type: 'quota-daily' });
    const details = res.json().error.details as { violations?: { quotaId: string }[] }[];
    expect(details.find((d) => d.violations)!.violations![0]!.quotaId).toMatch(/PerDay/);
  });

  it('blocks a prompt with HTTP 200, no candidates and promptFeedback.blockReason', async () => {
    const res = await scripted({ type: 'block-prompt', reason: 'PROHIBITED_CONTENT' });
    expect(res.status).toBe(200);
    expect(res.json().candidates).toBeUndefined();
    expect(res.json().promptFeedback.blockReason).toBe('PROHIBITED_CONTENT');
    expect(fake!.stats.paid).toBe(0);
  });

  it('blocks an image with HTTP 200 and finishReason, no image part', async () => {
    const res = await scripted({ type: 'block-finish' });
    expect(res.status).toBe(200);
    const cand = res.json().candidates[0];
    expect(cand.finishReason).toBe('IMAGE_SAFETY');
    expect(cand.content.parts.some((p: { inlineData?: unknown }) => p.inlineData)).toBe(false);
  });

  it('answers 404 NOT_FOUND for retired -preview ids and imagen', async () => {
    fake = await startGeminiFake();
    for (const model of ['gemini-3-pro-image-preview', 'imagen-3.0-generate-002']) {
      const res = await post(model, body());
      expect(res.status).toBe(404);
      expect(res.json().error.status).toBe('NOT_FOUND');
      expect(res.json().error.message).toContain(`models/${model} is not found`);
    }
  });

  it('answers 5xx in the rpc envelope and can be slow', async () => {
    const t = Date.now();
    const res = await scripted({ type: 'unavailable', latencyMs: 150 });
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(503);
    expect(res.json().error.status).toBe('UNAVAILABLE');
  });

  it('truncates a body: Content-Length larger than what arrives, then the socket closes', async () => {
    await expect(scripted({ type: 'truncate' })).rejects.toThrow();
    expect(fake!.stats.paid).toBe(0);
  });
});
