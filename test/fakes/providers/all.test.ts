// What every provider fake must do whatever its API: record requests without the key, serve a real
// image on a documented happy path, and cut a body short when scripted to.
import { describe, expect, it } from 'vitest';
import { call } from './helpers.js';
import { jsonBytes, pngDataUri } from './common.mjs';
import { PROVIDER_FAKES, type ProviderApi } from './index.mjs';

const auth: Record<ProviderApi, (key: string) => Record<string, string>> = {
  gemini: (k) => ({ 'x-goog-api-key': k }),
  openai: (k) => ({ authorization: `Bearer ${k}` }),
  recraft: (k) => ({ authorization: `Bearer ${k}` }),
  fal: (k) => ({ authorization: `Key ${k}` }),
  replicate: (k) => ({ authorization: `Bearer ${k}` }),
  pixelmuse: (k) => ({ authorization: `Bearer ${k}` }),
};
const firstCall: Record<ProviderApi, (base: string) => [string, unknown]> = {
  gemini: (b) => [
    `${b}/models/gemini-3-pro-image:generateContent`,
    { contents: [{ parts: [{ text: 'bag' }] }] },
  ],
  openai: (b) => [`${b}/images/generations`, { model: 'gpt-image-1', prompt: 'bag' }],
  recraft: (b) => [`${b}/images/generations`, { prompt: 'bag', model: 'recraftv4' }],
  fal: (b) => [`${b}/fal-ai/nano-banana-2`, { prompt: 'bag' }],
  replicate: (b) => [`${b}/models/black-forest-labs/flux-schnell/predictions`, { input: { prompt: 'bag' } }],
  pixelmuse: (b) => [`${b}/images`, { prompt: 'bag', model: 'nano-banana-2' }],
};

describe.each(Object.keys(PROVIDER_FAKES) as ProviderApi[])('%s fake', (api) => {
  it('records the request with its scheme but never the key, and answers 2xx', async () => {
    const fake = await PROVIDER_FAKES[api].start({ apiKey: 'SECRET-KEY-abcdef-123456' });
    try {
      const [url, body] = firstCall[api](fake.baseUrl);
      const res = await call(url, { headers: auth[api](fake.apiKey), body });
      expect(res.status, res.text).toBeLessThan(300);
      expect(fake.requests).toHaveLength(1);
      expect(JSON.stringify(fake.requests)).not.toContain('SECRET-KEY');
      expect(fake.stats.schemaViolations).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('truncates the answer when scripted to: the client sees a broken body', async () => {
    const fake = await PROVIDER_FAKES[api].start({ script: () => ({ type: 'truncate' }) });
    try {
      const [url, body] = firstCall[api](fake.baseUrl);
      await expect(call(url, { headers: auth[api](fake.apiKey), body })).rejects.toThrow();
    } finally {
      await fake.close();
    }
  });

  it('answers slowly when asked: latencyMs on a scripted action', async () => {
    const fake = await PROVIDER_FAKES[api].start({ script: () => ({ type: 'ok', latencyMs: 120 }) });
    try {
      const [url, body] = firstCall[api](fake.baseUrl);
      const t = Date.now();
      expect((await call(url, { headers: auth[api](fake.apiKey), body })).status).toBeLessThan(300);
      expect(Date.now() - t).toBeGreaterThanOrEqual(110);
    } finally {
      await fake.close();
    }
  });
});

describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify, long base64 and data URI strings spliced in, others escaped', () => {
    const image = Buffer.alloc(30_000, 7);
    const b64 = image.toString('base64');
    const value = {
      data: [{ b64_json: b64, note: 'a "quoted" \\ note' }],
      uri: pngDataUri(image),
      long: `${'é'.repeat(20_000)}"${'x'.repeat(20_000)}`,
      n: 1,
    };
    for (let i = 0; i < 2; i++)
      expect(jsonBytes(value).equals(Buffer.from(JSON.stringify(value)))).toBe(true);
    expect(pngDataUri(image)).toBe(`data:image/png;base64,${b64}`);
  });
});
