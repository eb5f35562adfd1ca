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
import { recraft } from './index.js';

const KEY = 'rcft_9Hq2Lw7Pz4Xk1Vb8Nm3Tj6Rc5Yd0Gs2Fa';
let server: ApiServer | undefined;
afterEach(async () => server?.close());

async function provider(handle: Handler, maxBytes = 1 << 22) {
  server = await startApiServer(handle);
  return recraft.create({ key: KEY, baseUrl: `${server.url}/v1`, timeoutMs: 5000, maxBytes });
}

const req = (over = {}) => testRequest({ providerModel: 'recraftv4', aspect: '4:5', ...over });

describe('recraft adapter', () => {
  it('asks for the V4 size of the aspect with seed and negative prompt, then downloads the result URL at once', async () => {
    const png = await testPng();
    const p = await provider((r, res, s) => {
      if (r.path === '/files/abc.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        return void res.end(png);
      }
      sendJson(res, 200, {
        created: 1,
        credits: 40,
        data: [{ image_id: 'abc', url: `${s.url}/files/abc.png` }],
      });
    });
    const out = await p.generate(req());
    expect(out.images[0]!.bytes!.equals(png)).toBe(true);
    const body = server!.seen[0]!.json();
    expect(body).toMatchObject({
      model: 'recraftv4',
      size: '896x1152',
      n: 1,
      random_seed: 42,
      negative_prompt: 'text, watermark',
    });
    expect(server!.seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(server!.seen.map((s) => s.path)).toEqual(['/v1/images/generations', '/files/abc.png']);
  });

  it('sends Pro the aspect string and accepts b64_json answers', async () => {
    const png = await testPng();
    const p = await provider((_r, res) =>
      sendJson(res, 200, { data: [{ b64_json: png.toString('base64') }] }),
    );
    await p.generate(req({ providerModel: 'recraftv4_pro', aspect: '16:9' }));
    expect(server!.seen[0]!.json()).toMatchObject({ model: 'recraftv4_pro', size: '16:9' });
  });

  it('sends the product photo to imageToImage as a data URI with the shared strength', async () => {
    const png = await testPng();
    const p = await provider((_r, res) =>
      sendJson(res, 200, { data: [{ b64_json: png.toString('base64') }] }),
    );
    await p.generate(req({ reference: { bytes: png, mimeType: 'image/png' } }));
    const seen = server!.seen[0]!;
    expect(seen.path).toBe('/v1/images/imageToImage');
    expect(seen.json()).toMatchObject({
      model: 'recraftv4',
      size: '896x1152',
      random_seed: 42,
      strength: 0.8,
      image_url: `data:image/png;base64,${png.toString('base64')}`,
    });
  });

  it('reads a plain-text 401 as auth', async () => {
    const p = await provider((_r, res) => {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('request unauthorized');
    });
    const e = await rejection(p.generate(req()));
    expect(e).toMatchObject({ kind: 'auth', status: 401 });
    expect(e.message).toContain('request unauthorized');
    expect(e.message).toContain('RECRAFT_API_TOKEN');
  });

  it('retries an expired or failing download, refuses a non-https URL, an oversized image and a truncated one', async () => {
    const png = await testPng();
    let url = '';
    let file: (res: import('node:http').ServerResponse) => void = () => undefined;
    const p = await provider((r, res, s) => {
      if (r.path.startsWith('/files/')) return file(res);
      sendJson(res, 200, { data: [{ image_id: 'x', url: url || `${s.url}/files/x.png` }] });
    }, 4096);
    file = (res) => {
      res.writeHead(410);
      res.end();
    };
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'transient', status: 410 });
    file = (res) => {
      res.writeHead(502);
      res.end();
    };
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'transient', status: 502 });
    file = (res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.concat([png, Buffer.alloc(5000)]));
    };
    expect((await rejection(p.generate(req()))).message).toMatch(/cap/);
    file = (res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(png.subarray(0, png.length - 40));
    };
    expect(await rejection(p.generate(req()))).toMatchObject({ kind: 'transient' });
    expect((await rejection(p.generate(req()))).message).toMatch(/truncated png/);
    url = 'http://cdn.example.com/x.png';
    const e = await rejection(p.generate(req()));
    expect(e).toMatchObject({ kind: 'bad-output' });
    expect(e.message).toMatch(/not https/);
  });
});
