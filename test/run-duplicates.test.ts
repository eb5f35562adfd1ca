// Near-duplicates among a product's variants, end to end: the spawned CLI on a real git repo made from
// the example's placements and prompts, hosted models served by the loopback fake.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance } from '../src/images/qa/phash.js';
import { buildPlan } from '../src/core/plan.js';
import type { RunReport } from '../src/report/run-report.js';
import type { ShotOutcome } from '../src/run/run-shots.js';
import { readManifest } from '../src/store/manifest.js';
import type { ManifestRecord, QaCheckResult } from '../src/domain/manifest-record.js';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { makeTestImage, startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { GIT_ENV, writeRepoFile } from './fakes/repo.js';

const STUDIO = ['camera-0707/grid', 'camera-0707/hero', 'camera-0707/pdp-main', 'camera-0707/social'];
const PAIR = ['lamp-01/pdp-hosted', 'lamp-01/pdp-lifestyle'];
const LIFESTYLE = 'camera-0707/hero-lifestyle';

let fake: FakeServer;
let dir: string;
const seeds = new Map<string, number[]>();

beforeAll(async () => {
  ensureBuilt();
  // Both lamp variants get the very same packshot; the camera's lifestyle hero gets a different picture.
  const lamp = makeTestImage(1600, 1600, { fill: 0.8 });
  const scene = makeTestImage(1920, 1080, { fill: 0.6, color: '#3050A0' });
  fake = await startFakeServer({
    image: async (ctx) => {
      seeds.set(ctx.key, [...(seeds.get(ctx.key) ?? []), Number(ctx.seed)]);
      return ctx.key === LIFESTYLE ? scene : lamp;
    },
  });
  dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-dup-'));
  const put = (rel: string, text: string) => writeRepoFile(dir, rel, text);
  await put(
    'shotlist.yaml',
    [
      'providers:',
      '  studio: { concurrency: 2 }',
      '  gemini: { concurrency: 4, timeoutSeconds: 20 }',
      'run: { maxAttempts: 3, rerolls: 2, graceSeconds: 2, shotDeadlineSeconds: 120, keepRaw: true }',
      '',
    ].join('\n'),
  );
  // The example's channels as they are, plus two hosted variants on the pdp placement; the pdp's QA
  // makes a near-duplicate fail instead of warn.
  const channels = await readFile('placements/channels.yaml', 'utf8');
  expect(channels).toContain('severity: { text: warn }');
  await put(
    'placements/channels.yaml',
    channels.replace('severity: { text: warn }', 'severity: { text: warn, duplicate: fail }') +
      '  pdp-hosted: { placement: pdp, prompt: studio-white@2, model: nano-banana-2 }\n' +
      '  pdp-lifestyle: { placement: pdp, prompt: lifestyle@1, model: nano-banana-2 }\n',
  );
  for (const p of ['lifestyle.yaml', 'studio-white.yaml'])
    await put(`prompts/${p}`, await readFile(path.join('prompts', p), 'utf8'));
  await mkdir(path.join(dir, 'catalog/sources'), { recursive: true });
  await copyFile('test/fixtures/photos/camera-off-white.jpg', path.join(dir, 'catalog/sources/camera.jpg'));
  await put(
    'catalog/products.yaml',
    [
      'products:',
      '  - sku: camera-0707',
      '    name: instant camera',
      '    category: cameras',
      '    attributes: { color: mint green, film: instant, surface: a linen tablecloth }',
      '    source: sources/camera.jpg',
      '    variants: [pdp-main, grid, social, hero, hero-lifestyle]',
      '  - sku: lamp-01',
      '    name: desk lamp',
      '    category: lighting',
      '    attributes: { color: charcoal, surface: an oak desk }',
      '    variants: [pdp-hosted, pdp-lifestyle]',
      '',
    ].join('\n'),
  );
  const env = { ...process.env, ...GIT_ENV };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '-m', 'catalog'], { cwd: dir, env });
});
afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function generate(args: string[]) {
  const run = await spawnCli(['generate', '--json', ...args], dir, cliEnv(fake.url)).done;
  let report: RunReport | undefined;
  try {
    report = JSON.parse(run.stdout) as RunReport;
  } catch {
    throw new Error(`generate printed no JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  const by = new Map(report.shots.map((s: ShotOutcome) => [s.key, s]));
  return { ...run, report, by };
}

async function manifest(): Promise<Map<string, ManifestRecord>> {
  return (await readManifest(path.join(dir, 'generated/manifest.jsonl'))).records;
}

const dup = (checks: QaCheckResult[] | undefined) => checks?.find((c) => c.check === 'duplicate');

describe('near-duplicate check in generate', () => {
  it('never compares the studio variants of one product, though pdp and grid are pHash-near by design', async () => {
    const run = await generate(['--offline']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.report.totals.ok).toBe(4);
    expect(run.report.totals.skipped).toBe(3);
    const records = await manifest();
    const hashes: string[] = [];
    for (const key of STUDIO) {
      const r = records.get(key)!;
      expect(r.status, key).toBe('ok');
      expect(r.qa?.phash, key).toMatch(/^[0-9a-f]{16}$/);
      expect(dup(r.qa?.checks), key).toBeUndefined();
      hashes.push(r.qa!.phash!);
    }
    // The rule is what keeps these apart: by pHash alone the grid is a near-duplicate of the pdp.
    const grid = records.get('camera-0707/grid')!.qa!.phash!;
    const pdp = records.get('camera-0707/pdp-main')!.qa!.phash!;
    expect(hammingDistance(grid, pdp)).toBeLessThan(10);
    expect(new Set(hashes).size).toBe(4);
    // The recorded pHash is not an input: the plan sees nothing to do for these shots.
    const plan = await buildPlan({ dir });
    for (const key of STUDIO) expect(plan.plan.find((s) => s.key === key)?.status, key).toBe('unchanged');
  });

  it('flags a hosted variant that repeats its sibling of another template, after a reroll', async () => {
    const run = await generate([]);
    expect(run.code, run.stderr).toBe(1);
    const outcomes = PAIR.map((k) => run.by.get(k)!);
    const flagged = outcomes.filter((o) => o.status === 'qa-failed');
    // Siblings are looked up and published in one step after QA: exactly one of the two is flagged.
    expect(flagged.map((o) => o.key)).toHaveLength(1);
    const bad = flagged[0]!;
    const good = outcomes.find((o) => o !== bad)!;
    expect(good.status).toBe('ok');
    expect(bad.qa?.failed.map((c) => c.check)).toEqual(['duplicate']);
    expect(bad.qa?.failed[0]).toMatchObject({ value: 0, threshold: 10, sibling: good.key });
    // The normal QA path: rerolled with the next seed; the same bytes again end the rerolls.
    expect(bad.rerolls).toBe(1);
    const tried = seeds.get(bad.key)!;
    expect(tried).toHaveLength(2);
    expect(tried[1]).toBe(tried[0]! + 1);

    const records = await manifest();
    const rec = records.get(bad.key)!;
    expect(rec.status).toBe('qa-failed');
    expect(rec.output?.path).toBe(`generated/.review/${bad.key}.webp`);
    expect(rec.qa?.phash).toBe(records.get(good.key)!.qa?.phash);
    expect(dup(rec.qa?.checks)).toMatchObject({ status: 'fail', value: 0, sibling: good.key });

    // The hosted lifestyle hero is compared with the camera's studio variants (from the manifest) and passes.
    const life = records.get(LIFESTYLE)!;
    expect(life.status).toBe('ok');
    const lifeDup = dup(life.qa?.checks)!;
    expect(lifeDup.status).toBe('pass');
    expect(lifeDup.value as number).toBeGreaterThanOrEqual(10);
    expect(STUDIO).toContain(lifeDup.sibling);

    const subject = execFileSync('git', ['log', '-1', '--format=%B'], { cwd: dir, encoding: 'utf8' });
    expect(subject).toContain(`qa-failed ${bad.key}: duplicate=0 (limit 10) vs ${good.key}`);
  });

  it('blocks it next run, and flags it again with --retry-blocked against the pHash recorded in the manifest', async () => {
    const before = await manifest();
    const bad = PAIR.find((k) => before.get(k)!.status === 'qa-failed')!;
    const good = PAIR.find((k) => k !== bad)!;
    fake.reset();
    seeds.clear();
    // Same inputs, same QA settings: the failure would repeat, so a plain rerun leaves it blocked.
    const blocked = await spawnCli(['generate', '--no-commit'], dir, cliEnv(fake.url)).done;
    expect(blocked.code, blocked.stderr).toBe(0);
    expect(blocked.stderr).toMatch(new RegExp(`${bad} is blocked: QA failed \\(duplicate\\)`));
    expect([...seeds.keys()]).toEqual([]);
    const run = await spawnCli(['generate', '--no-commit', '--retry-blocked'], dir, cliEnv(fake.url)).done;
    expect(run.code).toBe(1);
    expect([...seeds.keys()]).toEqual([bad]);
    expect(run.stdout).toMatch(new RegExp(`qa-failed\\s+${bad}\\b.*duplicate=0 \\(limit 10\\) vs ${good}`));
    const rec = (await manifest()).get(bad)!;
    expect(rec.status).toBe('qa-failed');
    expect(dup(rec.qa?.checks)).toMatchObject({ status: 'fail', value: 0, sibling: good });
  });

  it("leaves the repository's example unflagged offline: 13 ok, 1 skipped, exit 0", async () => {
    const example = await mkdtemp(path.join(os.tmpdir(), 'shotlist-example-'));
    try {
      for (const p of ['shotlist.yaml', 'catalog', 'placements', 'prompts'])
        await cp(p, path.join(example, p), { recursive: true });
      const run = await spawnCli(['generate', '--offline', '--no-commit', '--json'], example, cliEnv(''))
        .done;
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as RunReport;
      expect(report.totals).toMatchObject({ ok: 13, skipped: 1, failed: 0, 'qa-failed': 0 });
      const { records } = await readManifest(path.join(example, 'generated/manifest.jsonl'));
      expect(records.size).toBe(13);
      for (const r of records.values()) {
        expect(r.qa?.phash, r.key).toMatch(/^[0-9a-f]{16}$/);
        expect(dup(r.qa?.checks), r.key).toBeUndefined();
      }
    } finally {
      await rm(example, { recursive: true, force: true });
    }
  });

  it('flags exactly one of every near-identical pair made concurrently in one run, never neither', async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'shotlist-dup-pairs-'));
    const pairs = 30;
    try {
      const put = (rel: string, text: string) => writeRepoFile(repo, rel, text);
      await put(
        'shotlist.yaml',
        'run: { maxAttempts: 3, rerolls: 1, graceSeconds: 2, shotDeadlineSeconds: 60 }\nproviders:\n  fal: { concurrency: 16, timeoutSeconds: 10 }\n',
      );
      await put(
        'placements/main.yaml',
        [
          'placements:',
          '  grid:',
          '    { aspect: "1:1", size: 64, format: webp, quality: 80, background: "#FFFFFF", models: [flux-schnell],',
          '      qa: { minLongEdge: 32, minBorderShare: 0.5, severity: { duplicate: fail } } }',
          'variants:',
          '  pack: { placement: grid, prompt: pack@1 }',
          '  scene: { placement: grid, prompt: scene@1 }',
          '',
        ].join('\n'),
      );
      await put('prompts/pack.yaml', 'id: pack\nversions:\n  1: { text: "packshot of {{name}}" }\n');
      await put('prompts/scene.yaml', 'id: scene\nversions:\n  1: { text: "{{name}} in a kitchen" }\n');
      const lines = ['defaults: { variants: [pack, scene] }', 'products:'];
      for (let i = 0; i < pairs; i++)
        lines.push(`  - { sku: p${String(i).padStart(2, '0')}, name: product ${i} }`);
      await put('catalog/main.yaml', lines.join('\n') + '\n');
      // Random latencies shuffle which variant of each pair reaches QA first.
      const busy = await startFakeServer({
        script: () => ({ type: 'ok', latencyMs: Math.floor(Math.random() * 40) }),
        image: async () => makeTestImage(96, 96),
      });
      let run;
      try {
        run = await spawnCli(['generate', '--json', '--no-commit'], repo, cliEnv(busy.url)).done;
      } finally {
        await busy.close();
      }
      expect(run.code, run.stderr).toBe(1);
      const report = JSON.parse(run.stdout) as RunReport;
      expect(report.totals).toMatchObject({ ok: pairs, 'qa-failed': pairs, failed: 0 });
      for (let i = 0; i < pairs; i++) {
        const sku = `p${String(i).padStart(2, '0')}`;
        const two = report.shots.filter((s) => s.key.startsWith(`${sku}/`));
        expect(two.map((s) => s.status).sort(), sku).toEqual(['ok', 'qa-failed']);
        const bad = two.find((s) => s.status === 'qa-failed')!;
        const good = two.find((s) => s.status === 'ok')!;
        expect(bad.qa?.failed[0], sku).toMatchObject({ check: 'duplicate', value: 0, sibling: good.key });
      }
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
