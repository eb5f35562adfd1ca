// End to end in-process: `shotlist generate` on a real temp git repo against the loopback fake API.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/capture-io.js';
import { readDigitalSourceType } from '../src/images/xmp.js';
import { readManifest } from '../src/store/manifest.js';
import type { QaCheckResult } from '../src/domain/manifest-record.js';
import type { RunReport } from '../src/report/run-report.js';
import type { ShotOutcome } from '../src/run/run-shots.js';
import {
  makeTestImage,
  startFakeServer,
  type FakeAction,
  type FakeContext,
  type FakeServer,
} from './fakes/fake-server.mjs';
import { GIT_ENV, makeRepo } from './fakes/repo.js';

let fake: FakeServer;
let script: (ctx: FakeContext) => FakeAction | undefined = () => ({ type: 'ok' });
let image: ((ctx: FakeContext) => Promise<Buffer>) | undefined;

beforeAll(async () => {
  fake = await startFakeServer({
    script: (ctx) => script(ctx),
    image: async (ctx) => (image ? image(ctx) : makeTestImage(96, 96)),
  });
});
afterAll(async () => {
  await fake.close();
});

const FAST =
  'run: { maxAttempts: 4, shotDeadlineSeconds: 20, rerolls: 2, graceSeconds: 2 }\nproviders:\n  fal: { concurrency: 8, timeoutSeconds: 2 }\n';

async function generate(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const io = captureIO(dir, {
    ...process.env,
    ...GIT_ENV,
    SHOTLIST_FAKE_PROVIDER_URL: fake.url,
    SHOTLIST_BACKOFF_MS: '5,50',
    ...env,
  });
  const code = await main(['generate', '--json', ...args], io);
  let report: RunReport | undefined;
  try {
    report = JSON.parse(io.out);
  } catch {
    report = undefined;
  }
  return { code, out: io.out, err: io.err, report: report as RunReport };
}

function pick(by: Record<string, ShotOutcome>, key: string): ShotOutcome {
  const s = by[key];
  if (!s) throw new Error(`no outcome for ${key}`);
  return s;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('shotlist generate', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('generates, normalises with XMP, records, commits; a second run calls nothing', async () => {
    const dir = await makeRepo({ skus: 6, variants: 2, settings: FAST });
    dirs.push(dir);
    script = () => ({ type: 'ok' });
    image = undefined;
    fake.reset();
    const first = await generate(dir);
    expect(first.err).not.toMatch(/failed/);
    expect(first.code).toBe(0);
    expect(first.report.totals.ok).toBe(12);
    expect(fake.stats.requests).toBe(12);

    const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
    expect(records.size).toBe(12);
    for (const r of records.values()) {
      expect(r.status).toBe('ok');
      const bytes = await readFile(path.join(dir, r.output!.path!));
      expect(sha(bytes)).toBe(r.output!.sha256);
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 64, 64]);
      expect(readDigitalSourceType(meta.xmp)).toBe(
        'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
      );
      expect(meta.exif).toBeUndefined();
      const raw = await readFile(path.join(dir, r.raw!.path));
      expect(sha(raw)).toBe(r.raw!.sha256);
      expect(r.qa?.status).not.toBe('fail');
    }
    const log = execFileSync('git', ['log', '--format=%s', '-1'], { cwd: dir, encoding: 'utf8' });
    expect(log).toMatch(/^shotlist generate: 12 ok/);
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
    expect(status).toBe('');

    fake.reset();
    const second = await generate(dir);
    expect(second.code).toBe(0);
    expect(fake.stats.requests).toBe(0);
    expect(second.report.totals.shots).toBe(0);
  });

  it('re-derives an output-only change from the kept raw output without a provider call', async () => {
    const dir = await makeRepo({ skus: 3, settings: FAST });
    dirs.push(dir);
    script = () => ({ type: 'ok' });
    fake.reset();
    expect((await generate(dir)).code).toBe(0);
    const placements = path.join(dir, 'placements/main.yaml');
    await writeFile(placements, (await readFile(placements, 'utf8')).replace('format: webp', 'format: png'));
    fake.reset();
    const again = await generate(dir);
    expect(again.code).toBe(0);
    expect(fake.stats.requests).toBe(0);
    expect(again.report.totals.rederived).toBe(3);
    const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
    for (const r of records.values()) {
      expect(r.output!.path).toMatch(/\.png$/);
      expect((await sharp(path.join(dir, r.output!.path!)).metadata()).format).toBe('png');
    }
    // The webp files the records no longer point at are gone.
    expect((await readdir(path.join(dir, 'generated/sku-0000'))).sort()).toEqual(['v1.png']);
  });

  it('never retries validation or safety refusals and reports why; retries 429/5xx/resets', async () => {
    const dir = await makeRepo({ skus: 8, settings: FAST });
    dirs.push(dir);
    image = undefined;
    script = (ctx) => {
      if (ctx.key === 'sku-0000/v1')
        return { type: 'status', status: 400, kind: 'validation', message: 'prompt too long' };
      if (ctx.key === 'sku-0001/v1')
        return { type: 'status', status: 422, kind: 'safety', message: 'blocked' };
      if (ctx.key === 'sku-0002/v1' && ctx.attempt === 1)
        return { type: 'status', status: 429, retryAfter: '0' };
      if (ctx.key === 'sku-0003/v1' && ctx.attempt === 1) return { type: 'status', status: 503 };
      if (ctx.key === 'sku-0004/v1' && ctx.attempt === 1) return { type: 'reset' };
      if (ctx.key === 'sku-0005/v1' && ctx.attempt === 1)
        return { type: 'status', status: 429, retryAfter: new Date(Date.now() + 2000).toUTCString() };
      if (ctx.key === 'sku-0006/v1' && ctx.attempt === 1)
        return { type: 'status', status: 401, kind: 'auth' };
      if (ctx.key === 'sku-0007/v1') return { type: 'bogus' };
      return { type: 'ok' };
    };
    fake.reset();
    const run = await generate(dir);
    expect(run.code).toBe(1);
    const by = Object.fromEntries(run.report.shots.map((s: ShotOutcome) => [s.key, s]));
    expect(fake.stats.attemptsByKey.get('sku-0000/v1')).toBe(1);
    expect(pick(by, 'sku-0000/v1').error?.kind).toBe('validation');
    expect(pick(by, 'sku-0000/v1').error?.message).toMatch(/not retried/);
    expect(fake.stats.attemptsByKey.get('sku-0001/v1')).toBe(1);
    expect(pick(by, 'sku-0001/v1').error?.kind).toBe('safety');
    expect(fake.stats.attemptsByKey.get('sku-0006/v1')).toBe(1);
    expect(pick(by, 'sku-0006/v1').error?.kind).toBe('auth');
    for (const k of ['sku-0002/v1', 'sku-0003/v1', 'sku-0004/v1', 'sku-0005/v1']) {
      expect(pick(by, k).status).toBe('ok');
      expect(pick(by, k).attempts).toBe(2);
    }
    // The HTTP-date Retry-After (1-2 s ahead, whole seconds) was waited for, not the 5 ms backoff.
    expect(pick(by, 'sku-0005/v1').ms).toBeGreaterThan(900);
    expect(pick(by, 'sku-0007/v1').error?.kind).toBe('bad-output');
    const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
    expect(records.get('sku-0000/v1')!.status).toBe('failed');
    expect(records.get('sku-0002/v1')!.status).toBe('ok');
    // Failures that could go another way are planned again next time (auth: the key may be fixed;
    // bad output); refusals the same request would meet again (validation, safety) are blocked;
    // ok shots are not touched.
    script = () => ({ type: 'ok' });
    fake.reset();
    const rerun = await generate(dir);
    expect(rerun.code).toBe(0);
    expect([...fake.stats.attemptsByKey.keys()].sort()).toEqual(['sku-0006/v1', 'sku-0007/v1']);
    expect(rerun.err).toMatch(/sku-0000\/v1 is blocked: validation/);
    expect(rerun.err).toMatch(/sku-0001\/v1 is blocked: safety/);
  });

  it('rerolls a QA failure with the next seed; a shot failing every seed is kept for review', async () => {
    const dir = await makeRepo({
      skus: 2,
      settings: FAST,
      qa: '{ minLongEdge: 32, minBorderShare: 0.5, background: white }',
    });
    dirs.push(dir);
    script = () => ({ type: 'ok' });
    const seeds = new Map<string, number[]>();
    image = async (ctx) => {
      seeds.set(ctx.key, [...(seeds.get(ctx.key) ?? []), ctx.seed]);
      // sku-0000 is grey on its first seed only; sku-0001 is always grey.
      const grey = ctx.key === 'sku-0001/v1' || seeds.get(ctx.key)!.length === 1;
      return makeTestImage(96, 96, {
        background: grey ? '#808080' : '#FFFFFF',
        fill: 0.6 + (ctx.seed % 3) * 0.05,
      });
    };
    fake.reset();
    const run = await generate(dir);
    image = undefined;
    expect(run.code).toBe(1);
    const by = Object.fromEntries(run.report.shots.map((s: ShotOutcome) => [s.key, s]));
    expect(pick(by, 'sku-0000/v1').status).toBe('ok');
    expect(pick(by, 'sku-0000/v1').rerolls).toBe(1);
    const s0 = seeds.get('sku-0000/v1')!;
    expect(s0[1]).toBe(s0[0]! + 1);
    expect(pick(by, 'sku-0001/v1').status).toBe('qa-failed');
    expect(seeds.get('sku-0001/v1')).toHaveLength(3);
    expect(pick(by, 'sku-0001/v1').qa?.failed.map((c: QaCheckResult) => c.check)).toContain('background');
    const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
    const failed = records.get('sku-0001/v1')!;
    expect(failed.status).toBe('qa-failed');
    expect(failed.output!.path).toBe('generated/.review/sku-0001/v1.webp');
    expect(failed.qa!.checks.find((c) => c.check === 'background')!.value).not.toBeNull();
    await expect(readdir(path.join(dir, 'generated/sku-0001'))).rejects.toThrow();
  });

  it('--offline skips hosted shots; without a key a hosted shot fails naming the variable', async () => {
    const dir = await makeRepo({ skus: 2, settings: FAST });
    dirs.push(dir);
    fake.reset();
    const offline = await generate(dir, ['--offline'], { SHOTLIST_FAKE_PROVIDER_URL: '' });
    expect(offline.code).toBe(0);
    expect(offline.report.totals.skipped).toBe(2);
    expect(offline.report.shots[0]?.error?.message).toMatch(/needs FAL_KEY; run without --offline in CI/);
    const nokey = await generate(dir, [], { SHOTLIST_FAKE_PROVIDER_URL: '', FAL_KEY: '' });
    expect(nokey.code).toBe(1);
    expect(nokey.report.shots[0]?.error?.message).toMatch(/FAL_KEY environment variable/);
    const secret = 'sk-very-secret-value-123';
    // With a key the real fal adapter runs against its default host, which the test guard refuses.
    const real = await generate(dir, [], { SHOTLIST_FAKE_PROVIDER_URL: '', FAL_KEY: secret });
    expect(real.code).toBe(1);
    expect(real.report.shots[0]?.error?.message).toMatch(/network error talking to fal: .*queue\.fal\.run/);
    expect(real.out + real.err).not.toContain(secret);
    expect(fake.stats.requests).toBe(0);
    const remote = await generate(dir, [], { SHOTLIST_FAKE_PROVIDER_URL: 'http://example.com:1234' });
    expect(remote.code).toBe(2);
    expect(remote.err).toMatch(/only accepts http:\/\/127\.0\.0\.1/);
  });

  it('honours --only, --shard and --max-images, and --dry-run calls nothing', async () => {
    const dir = await makeRepo({ skus: 10, settings: FAST });
    dirs.push(dir);
    script = () => ({ type: 'ok' });
    fake.reset();
    const dry = await generate(dir, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.report.shots).toHaveLength(10);
    expect(fake.stats.requests).toBe(0);
    const only = await generate(dir, ['--only', 'sku-000[0-2]/*', '--no-commit']);
    expect(only.report.totals.ok).toBe(3);
    const max = await generate(dir, ['--max-images', '2', '--no-commit']);
    expect(max.report.totals.ok).toBe(2);
    expect(max.report.totals.skipped).toBe(5);
    const s1 = await generate(dir, ['--shard', '1/2', '--no-commit']);
    const s2 = await generate(dir, ['--shard', '2/2', '--no-commit']);
    expect(s1.report.totals.ok + s2.report.totals.ok).toBe(5);
    expect(fake.stats.requests).toBe(10);
    const bad = await generate(dir, ['--shard', '3/2']);
    expect(bad.code).toBe(2);
  });

  it('--offline runs studio shots from supplier photos; a cluttered photo is refused once, not retried', async () => {
    const dir = await makeRepo({ skus: 0, git: false });
    dirs.push(dir);
    await mkdir(path.join(dir, 'catalog/sources'), { recursive: true });
    await copyFile(
      path.resolve('test/fixtures/photos/mugs-cutout.png'),
      path.join(dir, 'catalog/sources/mug.png'),
    );
    await copyFile(
      path.resolve('test/fixtures/photos/coffee-on-wood.png'),
      path.join(dir, 'catalog/sources/coffee.png'),
    );
    await writeFile(
      path.join(dir, 'placements/main.yaml'),
      [
        'placements:',
        '  grid: { aspect: "4:5", size: 320, format: jpeg, quality: 85, background: "#FFFFFF", models: [studio], qa: { minLongEdge: 100, severity: { halo: warn, seams: warn } } }',
        'variants:',
        '  v1: { placement: grid, prompt: p@1 }',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(dir, 'catalog/main.yaml'),
      'defaults: { variants: [v1] }\nproducts:\n  - { sku: mug, name: mug, source: sources/mug.png }\n  - { sku: coffee, name: coffee, source: sources/coffee.png }\n',
    );
    const run = await generate(dir, ['--offline'], { SHOTLIST_FAKE_PROVIDER_URL: '' });
    expect(run.report, run.err).toBeDefined();
    const by = Object.fromEntries(run.report.shots.map((s: ShotOutcome) => [s.key, s]));
    expect(run.err).toMatch(/not in a git repository/);
    expect(pick(by, 'coffee/v1').status).toBe('failed');
    expect(pick(by, 'coffee/v1').error?.kind).toBe('refused');
    expect(pick(by, 'coffee/v1').attempts).toBe(1);
    const mug = pick(by, 'mug/v1');
    expect(mug.status, JSON.stringify(mug)).not.toBe('failed');
    const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
    const meta = await sharp(path.join(dir, records.get('mug/v1')!.output!.path!)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 256, 320]);
    expect(readDigitalSourceType(meta.xmp)).toBe('http://cv.iptc.org/newscodes/digitalsourcetype/composite');
    expect(run.code).toBe(1);
  });
});
