// Storage kind s3 against a real S3-compatible server (s3rver, MIT) on loopback, driven through
// real `shotlist generate` processes. Objects are checked with plain HTTP requests, not the SDK.
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifestWithJournal } from '../src/store/checkpoint.js';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';
import { startS3, type LocalS3 } from './fakes/s3.js';

const BUCKET = 'images';
let s3: LocalS3;
let s3Url = '';
let fake: FakeServer;
const dirs: string[] = [];

/** Forwards to s3rver; in "hold" mode PUT requests are kept open (an upload in flight). */
interface Proxy {
  url: string;
  mode: 'pass' | 'hold';
  puts: string[];
  onHeldPut?: () => void;
  close(): Promise<void>;
}
async function startProxy(target: string): Promise<Proxy> {
  const held: http.ServerResponse[] = [];
  const proxy: Proxy = { url: '', mode: 'pass', puts: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    if (req.method === 'PUT' && proxy.mode === 'hold') {
      held.push(res);
      req.resume();
      proxy.onHeldPut?.();
      return;
    }
    if (req.method === 'PUT') proxy.puts.push(req.url ?? '');
    const t = new URL(target);
    const out = http.request(
      { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise((r) => {
      for (const h of held) h.destroy();
      server.closeAllConnections();
      server.close(() => r());
    });
  return proxy;
}

beforeAll(ensureBuilt, 300_000);
beforeAll(async () => {
  s3 = await startS3(BUCKET);
  s3Url = s3.url;
  fake = await startFakeServer({ script: () => ({ type: 'ok', latencyMs: 20 }) });
});
afterAll(async () => {
  await fake.close();
  await s3.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const settings = (endpoint: string, prefix: string) =>
  [
    'run: { rerolls: 0, maxAttempts: 3 }',
    `storage: { kind: s3, bucket: ${BUCKET}, endpoint: "${endpoint}", region: us-east-1, forcePathStyle: true, prefix: ${prefix}, publicBaseUrl: "https://cdn.example.test/img" }`,
    '',
  ].join('\n');
const env = () => cliEnv(fake.url, { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function records(dir: string) {
  return (await readManifestWithJournal(path.join(dir, 'generated/manifest.jsonl'))).records;
}

/** The object as any HTTP client sees it (s3rver serves unsigned GETs, as a public bucket does). */
async function objectAt(key: string) {
  const res = await fetch(`${s3Url}/${BUCKET}/${key}`);
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    cacheControl: res.headers.get('cache-control'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

describe('storage kind s3', () => {
  it('uploads under content-addressed keys with type and immutable caching, records the public url, reruns upload nothing', async () => {
    const proxy = await startProxy(s3Url);
    const dir = await makeRepo({ skus: 3, settings: settings(proxy.url, 'shop/v1') });
    dirs.push(dir);
    const first = await spawnCli(['generate'], dir, env()).done;
    expect(first.code, first.stderr).toBe(0);
    const recs = await records(dir);
    expect(recs.size).toBe(3);
    for (const r of recs.values()) {
      const key = `shop/v1/${r.sku}/${r.variant}-${r.output!.sha256.slice(0, 8)}.webp`;
      expect(r.output).toMatchObject({ url: `https://cdn.example.test/img/${key}` });
      expect(r.output!.path).toBeUndefined();
      const obj = await objectAt(key);
      expect(obj).toMatchObject({
        status: 200,
        contentType: 'image/webp',
        cacheControl: 'public, max-age=31536000, immutable',
      });
      expect(sha256(obj.bytes)).toBe(r.output!.sha256);
    }
    expect(proxy.puts).toHaveLength(3);
    // The images are not in git: only the manifest and the report are committed.
    const { execFileSync } = await import('node:child_process');
    const files = execFileSync('git', ['show', '--name-only', '--format=', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(files.trim().split('\n').sort()).toEqual([
      'generated/.gitignore',
      'generated/manifest.jsonl',
      expect.stringMatching(/^generated\/reports\/.*\.json$/),
    ]);
    const again = await spawnCli(['generate'], dir, env()).done;
    expect(again.code).toBe(0);
    expect(proxy.puts).toHaveLength(3);
    await proxy.close();
  });

  it('a run killed mid-upload leaves no record for it; the rerun finishes and uploads only what is missing', async () => {
    const proxy = await startProxy(s3Url);
    const dir = await makeRepo({ skus: 4, settings: settings(proxy.url, 'killed') });
    dirs.push(dir);
    proxy.mode = 'hold';
    const run = spawnCli(['generate'], dir, env());
    await new Promise<void>((resolve) => (proxy.onHeldPut = resolve));
    run.child.kill('SIGKILL');
    await run.done;
    // Every record written so far points at an object that exists; the held uploads have none.
    const partial = await records(dir);
    expect(partial.size).toBeLessThan(4);
    for (const r of partial.values())
      expect((await objectAt(new URL(r.output!.url!).pathname.slice(5))).status).toBe(200);
    proxy.mode = 'pass';
    const rerun = await spawnCli(['generate'], dir, env()).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    const done = await records(dir);
    expect(done.size).toBe(4);
    for (const r of done.values()) {
      const key = new URL(r.output!.url!).pathname.slice('/img/'.length);
      const obj = await objectAt(key);
      expect(obj.status).toBe(200);
      expect(sha256(obj.bytes)).toBe(r.output!.sha256);
    }
    expect(proxy.puts.length).toBe(4 - partial.size);
    await proxy.close();
  });

  it('accept uploads the approved image under its content-addressed key and records its url', async () => {
    const dir = await makeRepo({
      skus: 1,
      qa: '{ minLongEdge: 4096 }',
      settings: settings(s3Url, 'accepted'),
    });
    dirs.push(dir);
    const run = await spawnCli(['generate'], dir, env()).done;
    expect(run.code).toBe(1);
    const kept = (await records(dir)).get('sku-0000/v1')!;
    expect(kept.status).toBe('qa-failed');
    // A shot kept for review is not published: it waits in git, not in the bucket.
    expect(kept.output!.path).toBe('generated/.review/sku-0000/v1.webp');
    const key = `accepted/sku-0000/v1-${kept.output!.sha256.slice(0, 8)}.webp`;
    expect((await objectAt(key)).status).toBe(404);

    const accepted = await spawnCli(['accept', 'sku-0000/v1', '--by', 'Dana'], dir, env()).done;
    expect(accepted.code, accepted.stderr).toBe(0);
    const r = (await records(dir)).get('sku-0000/v1')!;
    expect(r).toMatchObject({ status: 'accepted', qa: { acceptedBy: 'Dana' } });
    expect(r.output).toMatchObject({
      url: `https://cdn.example.test/img/${key}`,
      sha256: kept.output!.sha256,
    });
    expect(r.output!.path).toBeUndefined();
    const obj = await objectAt(key);
    expect(obj).toMatchObject({
      status: 200,
      contentType: 'image/webp',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(sha256(obj.bytes)).toBe(kept.output!.sha256);
    const { execFileSync } = await import('node:child_process');
    const changed = execFileSync('git', ['show', '--no-renames', '--name-status', '--format=', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(changed.trim().split('\n').sort()).toEqual([
      'D\tgenerated/.review/sku-0000/v1.webp',
      'M\tgenerated/manifest.jsonl',
    ]);
  });

  it('accept without S3 credentials changes nothing and names the variables', async () => {
    const dir = await makeRepo({
      skus: 1,
      qa: '{ minLongEdge: 4096 }',
      settings: settings(s3Url, 'nocreds-accept'),
    });
    dirs.push(dir);
    expect((await spawnCli(['generate'], dir, env()).done).code).toBe(1);
    const e = env();
    delete e.AWS_ACCESS_KEY_ID;
    delete e.AWS_SECRET_ACCESS_KEY;
    const out = await spawnCli(['accept', 'sku-0000/v1', '--by', 'Dana'], dir, e).done;
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
    expect((await records(dir)).get('sku-0000/v1')!.status).toBe('qa-failed');
  });

  it('without credentials the run stops before any provider call, naming the variables', async () => {
    const dir = await makeRepo({ skus: 1, settings: settings(s3Url, 'nocreds') });
    dirs.push(dir);
    fake.reset();
    const e = env();
    delete e.AWS_ACCESS_KEY_ID;
    delete e.AWS_SECRET_ACCESS_KEY;
    const out = await spawnCli(['generate'], dir, e).done;
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
    expect(fake.stats.requests).toBe(0);
  });
});
