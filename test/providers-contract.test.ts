// Contract tests: each adapter against the fake of its API (test/fakes/providers, written from the
// API's documentation, not from the adapters). Every request must validate against the API's
// published schema, and each documented failure must map to the right error kind.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_FAKES, productImage, type ProviderApi } from './fakes/providers/index.mjs';
import type { FakeHandle } from './fakes/providers/common.mjs';
import { testRequest, rejection } from './helpers/api-server.js';
import { PROVIDERS } from '../src/providers/registry.js';
import type { Provider } from '../src/providers/types.js';

interface Case {
  api: ProviderApi;
  providerModel: string;
  aspect: string;
  /** A documented refusal: [script action, the op it answers, expected kind]. */
  safety: [Record<string, unknown>, string];
  rateLimit: [Record<string, unknown>, string, number | undefined];
  authOp: string;
  /** Send the product photo as a reference, and how the fake's log shows it arrived. */
  reference?: (requests: FakeHandle['requests']) => boolean;
}

const edited = (requests: FakeHandle['requests']) => requests.some((r) => r.op === 'edit');

const CASES: Case[] = [
  {
    api: 'gemini',
    providerModel: 'gemini-3.1-flash-image',
    aspect: '4:3',
    safety: [{ type: 'block-finish', reason: 'IMAGE_SAFETY' }, 'generate'],
    rateLimit: [{ type: 'rate-limit', retryDelay: '45.8s' }, 'generate', 45_800],
    authOp: 'generate',
  },
  {
    api: 'openai',
    providerModel: 'gpt-image-1',
    aspect: '3:2',
    safety: [{ type: 'moderation' }, 'generate'],
    rateLimit: [{ type: 'rate-limit', retryAfterMs: 1500 }, 'generate', 1500],
    authOp: 'generate',
  },
  {
    api: 'recraft',
    providerModel: 'recraftv4',
    aspect: '4:5',
    safety: [{ type: 'bad-request', code: 'nsfw', message: 'NSFW content detected' }, 'generate'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 3 }, 'generate', 3000],
    authOp: 'generate',
  },
  {
    api: 'fal',
    providerModel: 'fal-ai/nano-banana-2',
    aspect: '4:5',
    safety: [{ type: 'content-policy' }, 'submit'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 2 }, 'submit', 2000],
    authOp: 'submit',
  },
  {
    api: 'replicate',
    providerModel: 'black-forest-labs/flux-schnell',
    aspect: '4:5',
    safety: [{ type: 'nsfw' }, 'create'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 30 }, 'create', 30_000],
    authOp: 'create',
  },
  {
    api: 'pixelmuse',
    providerModel: 'nano-banana-2',
    aspect: '4:5',
    safety: [{ type: 'failed', error: 'Content flagged by safety moderation' }, 'create'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 10 }, 'create', 10_000],
    authOp: 'create',
  },
  {
    api: 'openai',
    providerModel: 'gpt-image-1.5',
    aspect: '2:3',
    safety: [{ type: 'moderation' }, 'edit'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 4 }, 'edit', 4000],
    authOp: 'edit',
    reference: edited,
  },
  {
    api: 'openai',
    providerModel: 'gpt-image-2',
    aspect: '16:9',
    safety: [{ type: 'moderation' }, 'generate'],
    rateLimit: [{ type: 'rate-limit', retryAfterMs: 800 }, 'generate', 800],
    authOp: 'generate',
  },
  {
    api: 'openai',
    providerModel: 'gpt-image-2',
    aspect: '21:9',
    safety: [{ type: 'moderation' }, 'edit'],
    rateLimit: [{ type: 'rate-limit', retryAfterMs: 800 }, 'edit', 800],
    authOp: 'edit',
    reference: edited,
  },
  {
    api: 'recraft',
    providerModel: 'recraftv4_pro',
    aspect: '3:2',
    safety: [{ type: 'bad-request', code: 'nsfw', message: 'NSFW content detected' }, 'edit'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 5 }, 'edit', 5000],
    authOp: 'edit',
    reference: edited,
  },
  {
    api: 'replicate',
    providerModel: 'google/nano-banana-pro',
    aspect: '21:9',
    safety: [{ type: 'nsfw' }, 'create'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 30 }, 'create', 30_000],
    authOp: 'create',
    reference: (requests) =>
      requests.some(
        (r) => r.op === 'create' && r.body?.input?.image_input?.[0]?.startsWith('data:image/png'),
      ),
  },
  {
    api: 'replicate',
    providerModel: 'google/nano-banana',
    aspect: '5:4',
    safety: [{ type: 'nsfw' }, 'create'],
    rateLimit: [{ type: 'rate-limit', retryAfter: 30 }, 'create', 30_000],
    authOp: 'create',
  },
];

let fake: FakeHandle | undefined;
afterEach(async () => fake?.close());

async function setup(c: Case, options: Record<string, unknown> = {}, key?: string): Promise<Provider> {
  fake = await PROVIDER_FAKES[c.api].start(options);
  return PROVIDERS[c.api].create({
    key: key ?? fake.apiKey,
    baseUrl: fake.baseUrl,
    timeoutMs: 10_000,
    maxBytes: 20 << 20,
    pollInitialMs: 10,
    pollMaxMs: 50,
  });
}

let photo: Buffer;
beforeAll(async () => {
  photo = await productImage(64, 64);
});

const req = (c: Case) =>
  testRequest({
    providerModel: c.providerModel,
    aspect: c.aspect,
    signal: AbortSignal.timeout(15_000),
    ...(c.reference ? { reference: { bytes: photo, mimeType: 'image/png' } } : {}),
  });

describe.each(CASES)('$api adapter ($providerModel) against its fake', (c) => {
  it('makes an image with requests that validate, paying once', async () => {
    const p = await setup(c);
    const out = await p.generate(req(c));
    expect(out.images[0]!.bytes!.length).toBeGreaterThan(100);
    expect(fake!.stats.schemaViolations).toEqual([]);
    if (c.reference) expect(c.reference(fake!.requests)).toBe(true);
    expect(fake!.stats.paid).toBe(1);
  });

  it('maps a refused key to auth without the key in the message', async () => {
    const p = await setup(c, {}, 'wrong-key-0123456789abcdefgh');
    const e = await rejection(p.generate(req(c)));
    expect(e).toMatchObject({ kind: 'auth' });
    expect(e.message).not.toContain('wrong-key-0123456789');
    expect(e.message).toContain(PROVIDERS[c.api].keyEnv);
  });

  it('maps its rate limit with the wait it asks for, and its safety refusal', async () => {
    const [limit, limitOp, wait] = c.rateLimit;
    let p = await setup(c, { script: (ctx: { op: string }) => (ctx.op === limitOp ? limit : undefined) });
    const e = await rejection(p.generate(req(c)));
    expect(e).toMatchObject({ kind: 'rate-limit', retryAfterMs: wait });
    await fake!.close();
    const [refusal, op] = c.safety;
    p = await setup(c, { script: (ctx: { op: string }) => (ctx.op === op ? refusal : undefined) });
    const s = await rejection(p.generate(req(c)));
    expect(s).toMatchObject({ kind: 'safety', retryable: false });
    expect(fake!.stats.schemaViolations).toEqual([]);
  });
});

describe('transport failures against the fakes', () => {
  const gemini = CASES[0]!;
  const recraft = CASES[2]!;
  const fal = CASES[3]!;

  it('calls a truncated answer and an expired result URL transient (retried), not a bad image', async () => {
    let p = await setup(gemini, {
      script: (ctx: { op: string }) => (ctx.op === 'generate' ? { type: 'truncate' } : undefined),
    });
    expect(await rejection(p.generate(req(gemini)))).toMatchObject({ kind: 'transient', retryable: true });
    await fake!.close();
    p = await setup(recraft, {
      script: (ctx: { op: string }) => (ctx.op === 'download' ? { type: 'expired', status: 404 } : undefined),
    });
    const e = await rejection(p.generate(req(recraft)));
    expect(e).toMatchObject({ kind: 'transient', status: 404 });
    expect(e.message).toMatch(/expired/);
  });

  it('cancels a fal job that never finishes when the run is cancelled', async () => {
    const p = await setup(fal, {
      script: (ctx: { op: string }) => (ctx.op === 'submit' ? { type: 'never-finish' } : undefined),
    });
    const run = new AbortController();
    setTimeout(() => run.abort(), 150);
    await rejection(p.generate({ ...req(fal), signal: run.signal }));
    await new Promise((r) => setTimeout(r, 100));
    expect(fake!.requests.filter((r) => r.op === 'cancel')).toHaveLength(1);
    expect(fake!.stats.paid).toBe(0);
    expect(fake!.stats.schemaViolations).toEqual([]);
  });
});
