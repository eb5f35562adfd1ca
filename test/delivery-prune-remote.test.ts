// `shotlist prune` beyond the work tree: orphaned objects in an S3 bucket (s3rver on loopback) and
// raw outputs on refs/shotlist/raw of a real bare remote. Runs are real `shotlist generate`
// processes; prune runs in process through the CLI's main.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { GIT_ENV, makeRepo, writeRepoFile } from './fakes/repo.js';
import { captureIO } from './helpers/capture-io.js';
import { startS3, type LocalS3 } from './fakes/s3.js';

const BUCKET = 'images';
let s3: LocalS3;
let s3Url = '';
let s3Dir = '';
let fake: FakeServer;
const dirs: string[] = [];

beforeAll(ensureBuilt, 300_000);
beforeAll(async () => {
  s3 = await startS3(BUCKET);
  s3Url = s3.url;
  s3Dir = s3.dir;
  fake = await startFakeServer({ script: () => ({ type: 'ok' }) });
});
afterAll(async () => {
  await fake.close();
  await s3.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const CREDS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
const status = async (key: string) => (await fetch(`${s3Url}/${BUCKET}/${key}`)).status;

/** An object put with a plain signed-less PUT, as s3rver accepts from any client. */
async function put(key: string): Promise<void> {
  const res = await fetch(`${s3Url}/${BUCKET}/${key}`, { method: 'PUT', body: 'stray bytes' });
  expect(res.status).toBe(200);
}

/** Makes every object under `prefix` two hours old, as s3rver dates objects by file mtime. */
async function age(prefix: string): Promise<void> {
  const root = path.join(s3Dir, BUCKET, prefix);
  const old = new Date(Date.now() - 2 * 3600_000);
  for (const e of await readdir(root, { recursive: true, withFileTypes: true }))
    if (e.isFile() && e.name.endsWith('._S3rver_object'))
      await utimes(path.join(e.parentPath, e.name), old, old);
}

function catalog(skus: number): string {
  const lines = ['defaults: { variants: [v1] }', 'products:'];
  for (let i = 0; i < skus; i++) lines.push(`  - sku: sku-000${i}`, `    name: product ${i}`);
  return lines.join('\n') + '\n';
}

async function pruneJson(dir: string, env: NodeJS.ProcessEnv, apply: boolean) {
  const io = captureIO(dir, env);
  const code = await main(['prune', '--json', ...(apply ? ['--apply'] : [])], io);
  expect(code, io.err).toBe(0);
  return { ...(JSON.parse(io.out) as { objects?: string[]; raw?: string[] }), err: io.err };
}

describe('shotlist prune beyond the work tree', () => {
  it('lists objects under the prefix no record points at, then deletes exactly those with --apply', async () => {
    const settings = `run: { rerolls: 0 }\nstorage: { kind: s3, bucket: ${BUCKET}, endpoint: "${s3Url}", region: us-east-1, forcePathStyle: true, prefix: shop }\n`;
    const dir = await makeRepo({ skus: 3, settings });
    dirs.push(dir);
    const env = cliEnv(fake.url, CREDS);
    expect((await spawnCli(['generate'], dir, env).done).code).toBe(0);
    const urls = execFileSync('git', ['show', 'HEAD:generated/manifest.jsonl'], {
      cwd: dir,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { key: string; output: { url: string } });
    const keyOf = (u: string) => new URL(u).pathname.slice(`/${BUCKET}/`.length);
    const [k0, k1, k2] = urls.map((r) => keyOf(r.output.url));
    await put('shop/stray/left-over.webp');
    await put('other/not-ours.webp');
    await age('shop');
    await age('other');
    await put('shop/young/just-uploaded.webp');
    // sku-0002 leaves the catalog: its record and its object become orphans.
    await writeRepoFile(dir, 'catalog/main.yaml', catalog(2));

    const dry = await pruneJson(dir, env, false);
    expect(dry).toMatchObject({
      applied: false,
      records: ['sku-0002/v1'],
      objects: [k2, 'shop/stray/left-over.webp'].sort(),
    });
    expect(dry.err).toMatch(/1 unreferenced objects are less than an hour old and were left alone/);
    expect(await status(k2!)).toBe(200);

    const applied = await pruneJson(dir, env, true);
    expect(applied).toMatchObject({ applied: true, objects: dry.objects });
    expect(await status(k2!)).toBe(404);
    expect(await status('shop/stray/left-over.webp')).toBe(404);
    for (const k of [k0!, k1!, 'other/not-ours.webp', 'shop/young/just-uploaded.webp'])
      expect(await status(k)).toBe(200);
  });

  it('rewrites refs/shotlist/raw without the raw outputs no record uses, forcing only that ref', async () => {
    const dir = await makeRepo({
      skus: 3,
      settings: 'run: { rerolls: 0, keepRaw: true }\ngit: { delivery: push }\n',
    });
    dirs.push(dir);
    const remote = path.join(await mkdtemp(path.join(os.tmpdir(), 'shotlist-remote-')), 'remote.git');
    dirs.push(path.dirname(remote));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
    git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
    git(dir, 'remote', 'add', 'origin', remote);
    git(dir, 'push', '-q', 'origin', 'main');
    const env = cliEnv(fake.url);
    expect((await spawnCli(['generate'], dir, env).done).code).toBe(0);
    const rawBefore = git(remote, 'ls-tree', '-r', '--name-only', 'refs/shotlist/raw').split('\n');
    expect(rawBefore).toHaveLength(3);
    const mainBefore = git(remote, 'rev-parse', 'main');
    const raw2 = JSON.parse(git(dir, 'show', 'HEAD:generated/manifest.jsonl').split('\n')[2]!) as {
      raw: { path: string };
    };
    await writeRepoFile(dir, 'catalog/main.yaml', catalog(2));

    const dry = await pruneJson(dir, env, false);
    expect(dry).toMatchObject({ records: ['sku-0002/v1'], raw: [raw2.raw.path] });
    expect(git(remote, 'ls-tree', '-r', '--name-only', 'refs/shotlist/raw').split('\n')).toHaveLength(3);

    const applied = await pruneJson(dir, env, true);
    expect(applied).toMatchObject({ applied: true, raw: [raw2.raw.path] });
    const rawAfter = git(remote, 'ls-tree', '-r', '--name-only', 'refs/shotlist/raw').split('\n');
    expect(rawAfter).toEqual(rawBefore.filter((f) => f !== raw2.raw.path));
    // One commit without parent: the orphan's bytes leave what a run fetches, not only the tree.
    expect(git(remote, 'rev-list', '--count', 'refs/shotlist/raw')).toBe('1');
    expect(git(remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(git(dir, 'rev-parse', 'refs/shotlist/raw')).toBe(git(remote, 'rev-parse', 'refs/shotlist/raw'));
  });
});
