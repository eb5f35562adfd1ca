import { setTimeout as sleep } from 'node:timers/promises';
import { FormData } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeHandle } from './common.mjs';
import { productImage } from './common.mjs';
import { call, decode, download } from './helpers.js';
import { PROVIDER_FAKES } from './index.mjs';
import { startRecraftFake, type RecraftAction, type RecraftFakeOptions } from './recraft.mjs';

let fake: FakeHandle | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const gen = {
  prompt: 'a leather bag, flat illustration',
  model: 'recraftv4',
  size: '16:9',
  n: 1,
  response_format: 'url',
};
async function post(path: string, body: unknown, key = fake!.apiKey) {
  return call(`${fake!.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` }, body });
}
async function start(options: RecraftFakeOptions = {}) {
  fake = await startRecraftFake(options);
  return fake;
}
const scripted = async (action: RecraftAction) => {
  await start({ script: (c) => (c.op === 'download' ? undefined : action) });
  return post('/images/generations', gen);
};

describe('recraft fake', () => {
  it('answers a generation with a result URL on its own origin that serves a decodable image', async () => {
    await start();
    const res = await post('/images/generations', gen);
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.credits).toBeGreaterThan(0);
    expect(body.data[0].image_id).toBeTruthy();
    expect(body.data[0].url.startsWith(fake!.url)).toBe(true);
    const file = await download(body.data[0].url);
    expect(file.status).toBe(200);
    const img = await decode(file.bytes);
    expect(img.width / img.height).toBeCloseTo(1344 / 768, 1);
    expect(fake!.stats.schemaViolations).toEqual([]);
  });

  it('answers b64_json when asked, and image-to-image with a data URI or multipart image', async () => {
    await start();
    const b64 = await post('/images/generations', {
      ...gen,
      response_format: 'b64_json',
      image_format: 'webp',
    });
    expect((await decode(b64.json().data[0].b64_json)).format).toBe('webp');
    const ref = await productImage(32, 32);
    const json = await post('/images/imageToImage', {
      prompt: 'same bag on a beach',
      strength: 0.4,
      model: 'recraftv4',
      image_url: `data:image/png;base64,${ref.toString('base64')}`,
    });
    expect(json.status).toBe(200);
    const form = new FormData();
    form.append('prompt', 'same bag on a beach');
    form.append('strength', '0.4');
    form.append('image', new Blob([new Uint8Array(ref)], { type: 'image/png' }), 'ref.png');
    expect((await post('/images/imageToImage', form)).status).toBe(200);
    expect(fake!.stats.schemaViolations).toEqual([]);
  });

  it('rejects image-to-image without strength, an unknown size and unknown fields, and records them', async () => {
    await start();
    const a = await post('/images/imageToImage', { prompt: 'x', image_url: 'data:image/png;base64,AAAA' });
    expect(a.status).toBe(400);
    expect(a.json().message).toMatch(/strength/);
    expect((await post('/images/generations', { ...gen, size: '1000x1000' })).status).toBe(400);
    expect((await post('/images/generations', { ...gen, aspect_ratio: '16:9' })).status).toBe(400);
    expect(fake!.stats.schemaViolations).toHaveLength(3);
  });

  it('answers a wrong key with text/plain "request unauthorized"', async () => {
    await start();
    const res = await post('/images/generations', gen, 'nope');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toBe('request unauthorized');
  });

  it('rate-limits with no Retry-After unless scripted, and fails with 5xx', async () => {
    const a = await scripted({ type: 'rate-limit' });
    expect(a.status).toBe(429);
    expect(a.headers['retry-after']).toBeUndefined();
    await fake!.close();
    expect((await scripted({ type: 'server-error', status: 502 })).status).toBe(502);
  });

  it('expires result URLs after urlTtlMs, or when a download is scripted to', async () => {
    await start({ urlTtlMs: 50 });
    const url = (await post('/images/generations', gen)).json().data[0].url as string;
    await sleep(80);
    expect((await download(url)).status).toBe(404);
    await fake!.close();
    await start({ script: (c) => (c.op === 'download' ? { type: 'expired', status: 403 } : undefined) });
    const url2 = (await post('/images/generations', gen)).json().data[0].url as string;
    expect((await download(url2)).status).toBe(403);
  });

  it('truncates a download and can fail a download with 5xx', async () => {
    await start({
      script: (c) =>
        c.op === 'download'
          ? c.attempt === 1
            ? { type: 'truncate' }
            : { type: 'http', status: 503, body: 'busy' }
          : undefined,
    });
    const url = (await post('/images/generations', gen)).json().data[0].url as string;
    await expect(download(url)).rejects.toThrow();
    expect((await download(url)).status).toBe(503);
  });

  it("bench's generation option delays the generation, not the download of its result", async () => {
    fake = await startRecraftFake(PROVIDER_FAKES.recraft.generation(300) as RecraftFakeOptions);
    let t = performance.now();
    const res = await post('/images/generations', gen);
    expect(performance.now() - t).toBeGreaterThanOrEqual(290);
    t = performance.now();
    expect((await download(res.json().data[0].url)).status).toBe(200);
    expect(performance.now() - t).toBeLessThan(290);
  });
});
