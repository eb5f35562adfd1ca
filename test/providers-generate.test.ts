// `shotlist generate` (spawned CLI) through each hosted adapter, routed by shotlist.yaml to a small
// loopback stand-in of that API; and a failing run per provider whose every output is searched
// for the key; and the same run against the per-API fakes of test/fakes/providers.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startApiServer, type ApiServer, type Handler } from './helpers/api-server.js';
import { makeTestImage } from './fakes/fake-server.mjs';
import { PROVIDER_FAKES, productImage } from './fakes/providers/index.mjs';
import { PROVIDERS } from '../src/providers/registry.js';
import { ensureBuilt, spawnCli } from './fakes/cli.js';
import { GIT_ENV, makeRepo } from './fakes/repo.js';

interface Case {
  provider: string;
  model: string;
  keyEnv: string;
  key: string;
  /** Path under the server the adapter's base URL points at. */
  base: string;
  ok: (img: Buffer) => Handler;
  /** The API refusing the key in its own words, quoting the key. */
  auth: (key: string) => Handler;
}

const png = (res: import('node:http').ServerResponse, img: Buffer) => {
  res.writeHead(200, { 'content-type': 'image/png' });
  res.end(img);
};

const CASES: Case[] = [
  {
    provider: 'gemini',
    model: 'nano-banana-2',
    keyEnv: 'GEMINI_API_KEY',
    key: 'AIzaSyB7Rk2Qw9Lx4Zp6Mv1Nc8Tj3Hs5Gd0Fa7Ye',
    base: '/v1beta',
    ok: (img) => (_r, res) =>
      sendJson(res, 200, {
        candidates: [
          {
            content: { parts: [{ inlineData: { mimeType: 'image/png', data: img.toString('base64') } }] },
            finishReason: 'STOP',
          },
        ],
      }),
    auth: (key) => (_r, res) =>
      sendJson(res, 400, {
        error: {
          code: 400,
          message: `API key not valid (${key}). Please pass a valid API key.`,
          status: 'INVALID_ARGUMENT',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }],
        },
      }),
  },
  {
    provider: 'openai',
    model: 'gpt-image-1',
    keyEnv: 'OPENAI_API_KEY',
    key: 'sk-proj-Hx3Kw8Lq2Zr7Vm4Pb9Nt1Cy6Js5Df0Ga',
    base: '/v1',
    ok: (img) => (_r, res) =>
      sendJson(res, 200, {
        created: 1,
        data: [{ b64_json: img.toString('base64') }],
        usage: {
          input_tokens: 20,
          output_tokens: 4160,
          input_tokens_details: { text_tokens: 20, image_tokens: 0 },
        },
      }),
    auth: (key) => (_r, res) =>
      sendJson(res, 401, {
        error: {
          message: `Incorrect API key provided: ${key.slice(0, 12)}****${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      }),
  },
  {
    provider: 'recraft',
    model: 'recraft-v4',
    keyEnv: 'RECRAFT_API_TOKEN',
    key: 'rc_Tq8Wz3Lm6Xp1Vk9Nb4Hs7Jd2Gf5Ca0Ry',
    base: '/v1',
    ok: (img) => (r, res, s) =>
      r.path.startsWith('/files/')
        ? png(res, img)
        : sendJson(res, 200, {
            created: 1,
            credits: 40,
            data: [{ image_id: 'i1', url: `${s.url}/files/i1.png` }],
          }),
    auth: (key) => (_r, res) => {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end(`request unauthorized: token ${key} is not valid`);
    },
  },
  {
    provider: 'fal',
    model: 'flux-schnell',
    keyEnv: 'FAL_KEY',
    key: '3f9a7c1e-5b2d-4e8f-9a6c-1d3e5f7a9b2c:c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4',
    base: '',
    ok: (img) => (r, res, s) => {
      const u = `${s.url}/fal-ai/flux/requests/q1`;
      if (r.method === 'POST')
        return sendJson(res, 200, {
          request_id: 'q1',
          status: 'IN_QUEUE',
          status_url: `${u}/status`,
          response_url: u,
          cancel_url: `${u}/cancel`,
        });
      if (r.path.endsWith('/status')) return sendJson(res, 200, { status: 'COMPLETED' });
      if (r.path === '/img.png') return png(res, img);
      sendJson(res, 200, {
        images: [{ url: `${s.url}/img.png`, width: 96, height: 96, content_type: 'image/png' }],
        seed: 1,
      });
    },
    auth: (key) => (_r, res) => sendJson(res, 401, { detail: `Invalid key: ${key}` }),
  },
  {
    provider: 'replicate',
    model: 'replicate-flux-dev',
    keyEnv: 'REPLICATE_API_TOKEN',
    key: 'r8_Mx5Kq2Wz8Lp3Vn6Bt9Hc1Js4Dg7Fa0Re',
    base: '/v1',
    ok: (img) => (r, res, s) => {
      if (r.path === '/out.png') return png(res, img);
      const p = {
        id: 'p1',
        status: r.method === 'POST' ? 'processing' : 'succeeded',
        output: r.method === 'POST' ? null : [`${s.url}/out.png`],
        error: null,
        urls: { get: `${s.url}/v1/predictions/p1`, cancel: `${s.url}/v1/predictions/p1/cancel` },
      };
      sendJson(res, r.method === 'POST' ? 202 : 200, p);
    },
    auth: (key) => (_r, res) =>
      sendJson(res, 401, { title: 'Unauthenticated', detail: `Invalid token ${key}`, status: 401 }),
  },
  {
    provider: 'pixelmuse',
    model: 'imagen-3',
    keyEnv: 'PIXELMUSE_API_KEY',
    key: 'pm_live_Zc4Xv7Bn2Mq9Lw5Kp8Jh3Gf6Ds1Ae',
    base: '/api/v1',
    ok: (img) => (_r, res) =>
      sendJson(res, 200, {
        id: 'g1',
        status: 'succeeded',
        model: 'imagen-3',
        prompt: 'p',
        output: [`data:image/png;base64,${img.toString('base64')}`],
        credits_charged: 1,
        error: null,
        created_at: 'x',
        completed_at: 'y',
      }),
    auth: (key) => (_r, res) =>
      sendJson(res, 401, { error: { message: `Invalid API key ${key}`, code: 'unauthorized' } }),
  },
];

let server: ApiServer;
let image: Buffer;
beforeAll(async () => {
  ensureBuilt();
  image = await makeTestImage(96, 96);
  server = await startApiServer(() => undefined);
  // The build shares two cores with every other test file: give it room.
}, 240_000);
afterAll(async () => server.close());

async function run(c: Case) {
  const settings = [
    'run: { rerolls: 0, maxAttempts: 2, shotDeadlineSeconds: 30 }',
    'providers:',
    `  ${c.provider}: { baseUrl: "${server.url}${c.base}", timeoutSeconds: 10, pollSeconds: 0.02 }`,
    'routing:',
    `  ${c.model}: { provider: ${c.provider} }`,
    '',
  ].join('\n');
  const dir = await makeRepo({ skus: 2, model: c.model, settings });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...GIT_ENV,
    SHOTLIST_BACKOFF_MS: '5,50',
    CI: '1',
    [c.keyEnv]: c.key,
  };
  delete env.SHOTLIST_FAKE_PROVIDER_URL;
  const out = await spawnCli(['generate', '--json'], dir, env).done;
  return { dir, ...out };
}

async function everyFile(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath, e.name);
    if (e.isFile() && !p.includes(`${path.sep}.git${path.sep}`)) out.push(p);
  }
  return out;
}

describe.each(CASES)('shotlist generate through $provider', (c) => {
  it('makes every shot, records the provider, and the cost', async () => {
    server.handle = c.ok(image);
    const { dir, code, stdout, stderr } = await run(c);
    expect(stderr).not.toContain('no adapter');
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as { totals: Record<string, number>; costUsd: number };
    expect(report.totals.ok).toBe(2);
    const manifest = (await readFile(path.join(dir, 'generated/manifest.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { provider: string; status: string; costUsd: number });
    expect(manifest.map((m) => [m.provider, m.status])).toEqual([
      [c.provider, 'ok'],
      [c.provider, 'ok'],
    ]);
    expect(manifest.every((m) => m.costUsd > 0)).toBe(true);
  });

  it('fails on a refused key without the key in any output, file or commit', async () => {
    server.handle = c.auth(c.key);
    const { dir, code, stdout, stderr } = await run(c);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { shots: { error?: { kind: string } }[] };
    expect(report.shots.map((s) => s.error?.kind)).toEqual(['auth', 'auth']);
    const texts = [stdout, stderr];
    for (const f of await everyFile(dir)) texts.push(await readFile(f, 'latin1'));
    texts.push(
      execFileSync('git', ['log', '-p', '--all'], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV },
      }).toString(),
    );
    const all = texts.join('\n');
    expect(all).toContain(c.keyEnv);
    for (const piece of [c.key, c.key.slice(0, 12), c.key.slice(-12)]) expect(all).not.toContain(piece);
  });
});

describe('fallback provider', () => {
  it('serves a shot from the fallback when the first provider keeps answering 5xx, and the manifest names it', async () => {
    const img = image;
    server.seen.length = 0;
    server.handle = (r, res, s) => {
      if (r.path.startsWith('/fal/')) return sendJson(res, 503, { detail: 'service unavailable' });
      return CASES[0]!.ok(img)(r, res, s);
    };
    const settings = [
      'run: { rerolls: 0, maxAttempts: 2, shotDeadlineSeconds: 30 }',
      'providers:',
      `  fal: { baseUrl: "${server.url}/fal", timeoutSeconds: 10, pollSeconds: 0.02 }`,
      `  gemini: { baseUrl: "${server.url}/v1beta", timeoutSeconds: 10 }`,
      'routing:',
      '  nano-banana-2: { provider: fal, fallback: gemini }',
      '',
    ].join('\n');
    const dir = await makeRepo({ skus: 1, model: 'nano-banana-2', settings });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...GIT_ENV,
      SHOTLIST_BACKOFF_MS: '5,50',
      CI: '1',
      FAL_KEY: 'fal-key-abcdefgh',
      GEMINI_API_KEY: 'gem-key-abcdefgh',
    };
    delete env.SHOTLIST_FAKE_PROVIDER_URL;
    const { code, stderr } = await spawnCli(['generate', '--json'], dir, env).done;
    expect(code, stderr).toBe(0);
    const record = JSON.parse(await readFile(path.join(dir, 'generated/manifest.jsonl'), 'utf8')) as {
      provider: string;
      attempts: number;
      status: string;
    };
    expect(record).toMatchObject({ provider: 'gemini', status: 'ok', attempts: 3 });
    expect(server.seen.filter((s) => s.path.startsWith('/fal/')).length).toBeGreaterThanOrEqual(2);
  });
});

describe.each([
  {
    provider: 'fal',
    model: 'flux-schnell',
    keyEnv: 'FAL_KEY',
    base: '',
    submit: (r: { method: string; path: string }) => r.method === 'POST',
    handler:
      (done: () => boolean, img: Buffer): Handler =>
      (r, res, s) => {
        const u = `${s.url}/fal-ai/flux/requests/q9`;
        if (r.method === 'POST')
          return sendJson(res, 200, {
            request_id: 'q9',
            status: 'IN_QUEUE',
            status_url: `${u}/status`,
            response_url: u,
            cancel_url: `${u}/cancel`,
          });
        if (r.path.endsWith('/status'))
          return sendJson(res, 200, { status: done() ? 'COMPLETED' : 'IN_PROGRESS' });
        if (r.path === '/img.png') return png(res, img);
        sendJson(res, 200, { images: [{ url: `${s.url}/img.png` }] });
      },
  },
  {
    provider: 'replicate',
    model: 'replicate-flux-dev',
    keyEnv: 'REPLICATE_API_TOKEN',
    base: '/v1',
    submit: (r: { method: string; path: string }) => r.method === 'POST' && r.path.endsWith('/predictions'),
    handler:
      (done: () => boolean, img: Buffer): Handler =>
      (r, res, s) => {
        if (r.path === '/out.png') return png(res, img);
        const finished = r.method === 'GET' && done();
        sendJson(res, r.method === 'POST' ? 202 : 200, {
          id: 'p9',
          status: finished ? 'succeeded' : 'processing',
          output: finished ? [`${s.url}/out.png`] : null,
          error: null,
          urls: { get: `${s.url}/v1/predictions/p9`, cancel: `${s.url}/v1/predictions/p9/cancel` },
        });
      },
  },
  {
    provider: 'pixelmuse',
    model: 'imagen-3',
    keyEnv: 'PIXELMUSE_API_KEY',
    base: '/api/v1',
    submit: (r: { method: string; path: string }) => r.method === 'POST',
    handler:
      (done: () => boolean, img: Buffer): Handler =>
      (r, res) => {
        const finished = r.method === 'GET' && done();
        sendJson(res, r.method === 'POST' ? 202 : 200, {
          id: 'g9',
          status: finished ? 'succeeded' : 'processing',
          model: 'imagen-3',
          prompt: 'p',
          output: finished ? [`data:image/png;base64,${img.toString('base64')}`] : null,
          credits_charged: finished ? 1 : 0,
          error: null,
          created_at: 'x',
          completed_at: null,
        });
      },
  },
])('a run killed with a $provider job in flight', (c) => {
  it('resumes polling the job next run and pays for it once', async () => {
    let done = false;
    server.seen.length = 0;
    server.handle = c.handler(() => done, image);
    const settings = [
      'run: { rerolls: 0, maxAttempts: 2, shotDeadlineSeconds: 60 }',
      'providers:',
      `  ${c.provider}: { baseUrl: "${server.url}${c.base}", timeoutSeconds: 30, pollSeconds: 0.05 }`,
      '',
    ].join('\n');
    const dir = await makeRepo({ skus: 1, model: c.model, settings });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...GIT_ENV,
      SHOTLIST_BACKOFF_MS: '5,50',
      CI: '1',
      [c.keyEnv]: 'key-0123456789abcdef',
    };
    delete env.SHOTLIST_FAKE_PROVIDER_URL;
    const first = spawnCli(['generate', '--json'], dir, env);
    // Killed hard while polling: the job was reported before the first poll.
    while (server.seen.filter((s) => s.method === 'GET').length < 2)
      await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await first.done;
    done = true;
    const second = await spawnCli(['generate', '--json'], dir, env).done;
    expect(second.code, second.stderr).toBe(0);
    expect(server.seen.filter((s) => c.submit(s))).toHaveLength(1);
    const record = JSON.parse(await readFile(path.join(dir, 'generated/manifest.jsonl'), 'utf8')) as {
      status: string;
      provider: string;
    };
    expect(record).toMatchObject({ status: 'ok', provider: c.provider });
  });
});

describe('a cancelled run', () => {
  it('cancels its in-flight fal job (PUT cancel_url) when interrupted twice', async () => {
    server.seen.length = 0;
    server.handle = (r, res, s) => {
      const u = `${s.url}/fal-ai/flux/requests/q7`;
      if (r.method === 'POST')
        return sendJson(res, 200, {
          request_id: 'q7',
          status: 'IN_QUEUE',
          status_url: `${u}/status`,
          response_url: u,
          cancel_url: `${u}/cancel`,
        });
      if (r.method === 'PUT') return sendJson(res, 202, { status: 'CANCELLATION_REQUESTED' });
      sendJson(res, 200, { status: 'IN_PROGRESS' });
    };
    const settings = [
      'run: { rerolls: 0, graceSeconds: 30 }',
      'providers:',
      `  fal: { baseUrl: "${server.url}", timeoutSeconds: 30, pollSeconds: 0.05 }`,
      '',
    ].join('\n');
    const dir = await makeRepo({ skus: 1, model: 'flux-schnell', settings });
    const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV, CI: '1', FAL_KEY: 'key-0123456789abcdef' };
    delete env.SHOTLIST_FAKE_PROVIDER_URL;
    const run = spawnCli(['generate', '--json'], dir, env);
    while (server.seen.filter((s) => s.method === 'GET').length < 2)
      await new Promise((r) => setTimeout(r, 20));
    run.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 200));
    run.child.kill('SIGINT');
    const out = await run.done;
    expect(out.code).not.toBe(0);
    const cancel = server.seen.find((s) => s.method === 'PUT');
    expect(cancel?.path).toBe('/fal-ai/flux/requests/q7/cancel');
  });
});

describe.each([
  { api: 'gemini' as const, model: 'nano-banana-2' },
  { api: 'openai' as const, model: 'gpt-image-1' },
  { api: 'openai' as const, model: 'gpt-image-1.5' },
  { api: 'openai' as const, model: 'gpt-image-2' },
  { api: 'recraft' as const, model: 'recraft-v4' },
  { api: 'fal' as const, model: 'nano-banana-2' },
  { api: 'replicate' as const, model: 'flux-schnell' },
  { api: 'replicate' as const, model: 'nano-banana' },
  { api: 'pixelmuse' as const, model: 'nano-banana-2' },
])('shotlist generate against the $api fake ($model)', (c) => {
  it('makes every shot through the routed adapter with requests that validate', async () => {
    const fake = await PROVIDER_FAKES[c.api].start({ jobMs: 50 });
    try {
      const settings = [
        'run: { rerolls: 0 }',
        'providers:',
        `  ${c.api}: { baseUrl: "${fake.baseUrl}", timeoutSeconds: 20, pollSeconds: 0.02 }`,
        'routing:',
        `  ${c.model}: { provider: ${c.api} }`,
        '',
      ].join('\n');
      const dir = await makeRepo({
        skus: 2,
        model: c.model,
        settings,
        qa: '{ minLongEdge: 32, severity: { background: off, fill: off, centring: off, text: off } }',
      });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...GIT_ENV,
        SHOTLIST_BACKOFF_MS: '5,50',
        CI: '1',
        [PROVIDERS[c.api].keyEnv]: fake.apiKey,
      };
      delete env.SHOTLIST_FAKE_PROVIDER_URL;
      const { code, stdout, stderr } = await spawnCli(['generate', '--json'], dir, env).done;
      const report = JSON.parse(stdout) as {
        totals: Record<string, number>;
        shots: { provider?: string; error?: unknown; qa?: unknown }[];
      };
      expect(code, `${stderr}\n${JSON.stringify(report.shots)}`).toBe(0);
      expect(report.totals.ok).toBe(2);
      expect(report.shots.map((s) => s.provider)).toEqual([c.api, c.api]);
      expect(fake.stats.schemaViolations).toEqual([]);
      expect(fake.stats.paid).toBe(2);
    } finally {
      await fake.close();
    }
  });
});

describe.each([
  { api: 'openai' as const, model: 'gpt-image-2' },
  { api: 'recraft' as const, model: 'recraft-v4' },
  { api: 'replicate' as const, model: 'nano-banana-pro' },
])('shotlist generate with product photos against the $api fake ($model)', (c) => {
  it('sends each photo as the reference through the image-to-image endpoint, with requests that validate', async () => {
    const fake = await PROVIDER_FAKES[c.api].start({});
    try {
      const settings = [
        'run: { rerolls: 0 }',
        'providers:',
        `  ${c.api}: { baseUrl: "${fake.baseUrl}", timeoutSeconds: 20, pollSeconds: 0.02 }`,
        'routing:',
        `  ${c.model}: { provider: ${c.api} }`,
        '',
      ].join('\n');
      const dir = await makeRepo({
        skus: 2,
        model: c.model,
        settings,
        qa: '{ minLongEdge: 32, severity: { background: off, fill: off, centring: off, text: off } }',
      });
      await withPhotos(dir, 2);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...GIT_ENV,
        SHOTLIST_BACKOFF_MS: '5,50',
        CI: '1',
        [PROVIDERS[c.api].keyEnv]: fake.apiKey,
      };
      delete env.SHOTLIST_FAKE_PROVIDER_URL;
      const { code, stdout, stderr } = await spawnCli(['generate', '--json'], dir, env).done;
      expect(code, `${stderr}\n${stdout}`).toBe(0);
      expect((JSON.parse(stdout) as { totals: Record<string, number> }).totals.ok).toBe(2);
      const photo = (r: (typeof fake.requests)[number]) =>
        r.op === 'edit' || (r.op === 'create' && r.body?.input?.image_input?.length === 1);
      const calls = fake.requests.filter((r) => ['generate', 'edit', 'create'].includes(r.op));
      expect(calls.length).toBeGreaterThanOrEqual(2);
      expect(calls.every(photo)).toBe(true);
      expect(fake.stats.schemaViolations).toEqual([]);
      expect(fake.stats.paid).toBe(2);
    } finally {
      await fake.close();
    }
  });
});

/** Gives each of makeRepo's products a source photo, committed like a user's catalog. */
async function withPhotos(dir: string, skus: number): Promise<void> {
  const lines = ['defaults: { variants: [v1] }', 'products:'];
  for (let i = 0; i < skus; i++) {
    const sku = `sku-${String(i).padStart(4, '0')}`;
    await mkdir(path.join(dir, 'catalog/sources'), { recursive: true });
    await writeFile(path.join(dir, 'catalog/sources', `${sku}.png`), await productImage(96, 96));
    lines.push(`  - sku: ${sku}`, `    name: product ${i}`, `    source: sources/${sku}.png`);
  }
  await writeFile(path.join(dir, 'catalog/main.yaml'), `${lines.join('\n')}\n`);
  const env = { ...process.env, ...GIT_ENV };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '-m', 'photos'], { cwd: dir, env });
}
