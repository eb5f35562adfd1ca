// bench/delivery/push-race: two runs of 1,000 records each (1,000 images of 2 KB each) commit in
// two clones of one bare remote and push at once through pushWithRetry: the second is refused,
// fetches, replays its commit with the manifest merged by key, and pushes again. Timed from both
// pushes starting to both landing, against the baseline: one plain `git fetch` + `git push` of a
// 1,000-record run commit from a third clone. Target <= 3x.
import console from 'node:console';
import { execFileSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { gitRunner } from '../../dist/store/git-exec.js';
import { commitRun } from '../../dist/store/git-store.js';
import { pushWithRetry } from '../../dist/store/git-push.js';
import { writeManifest } from '../../dist/store/manifest.js';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const env = {
  PATH: process.env.PATH,
  HOME: os.tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};
const identity = { name: 'bench', email: 'bench@example.invalid', source: 'config' };
const git = (cwd, args) =>
  execFileSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const sha = (b) => createHash('sha256').update(b).digest('hex');

async function runIn(dir, name) {
  const records = [];
  for (let i = 0; i < RECORDS; i++) {
    const sku = `${name}-${String(i).padStart(4, '0')}`;
    const bytes = randomBytes(2048);
    const rel = `generated/${sku}/main.webp`;
    await mkdir(path.join(dir, 'generated', sku), { recursive: true });
    await writeFile(path.join(dir, rel), bytes);
    records.push({
      key: `${sku}/main`,
      sku,
      variant: 'main',
      genHash: sha(`g${sku}`),
      specHash: sha(`s${sku}`),
      prompt: 'p@1',
      templateHash: 't',
      model: 'flux-schnell',
      provider: 'fal',
      seed: 1,
      status: 'ok',
      output: { path: rel, sha256: sha(bytes), bytes: bytes.length, width: 64, height: 64, format: 'webp' },
      attempts: 1,
      ms: 1,
      costUsd: 0.003,
      createdAt: new Date().toISOString(),
      runId: name,
    });
  }
  await writeManifest(path.join(dir, 'generated/manifest.jsonl'), records);
  const c = await commitRun(dir, 'generated', `generate: ${RECORDS} ok`, {
    env,
    trailers: { 'Shotlist-Run': name },
  });
  return c.sha;
}

async function round(r) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'shotlist-bench-race-'));
  const remote = path.join(tmp, 'remote.git');
  const seed = path.join(tmp, 'seed');
  await mkdir(seed);
  git(seed, ['init', '-q', '-b', 'main']);
  await writeFile(path.join(seed, 'shotlist.yaml'), '{}\n');
  git(seed, ['add', '-A']);
  git(seed, ['commit', '-qm', 'catalog']);
  git(tmp, ['init', '-q', '--bare', '-b', 'main', remote]);
  git(seed, ['push', '-q', remote, 'main']);
  const clones = ['a', 'b', 'c'].map((n) => path.join(tmp, n));
  for (const c of clones) git(tmp, ['clone', '-q', `file://${remote}`, c]);
  const [a, b, c] = clones;
  const shaA = await runIn(a, `a${r}`);
  const shaB = await runIn(b, `b${r}`);
  await runIn(c, `c${r}`);

  // Baseline first (a lone run's delivery): fetch + push of c's commit, nothing to merge.
  let t = performance.now();
  git(c, ['fetch', '-q', 'origin']);
  git(c, ['push', '-q', 'origin', 'HEAD:refs/heads/plain']);
  const plain = performance.now() - t;

  const push = (dir, runCommit) =>
    pushWithRetry({
      git: gitRunner(dir, env),
      remote: 'origin',
      branch: 'main',
      storeRel: 'generated',
      runCommit,
      identity,
    });
  t = performance.now();
  const results = await Promise.all([push(a, shaA), push(b, shaB)]);
  const race = performance.now() - t;
  const lines = git(remote, ['show', 'main:generated/manifest.jsonl']).trim().split('\n').length;
  if (lines !== 2 * RECORDS) throw new Error(`expected ${2 * RECORDS} records on main, found ${lines}`);
  await rm(tmp, { recursive: true, force: true });
  return { plain, race, rebuilt: results.reduce((n, x) => n + x.rebuilt, 0) };
}

const ratios = [];
for (let r = 0; r < ROUNDS; r++) {
  const { plain, race, rebuilt } = await round(r);
  ratios.push(race / plain);
  console.log(
    `round ${r + 1}: plain fetch+push ${(plain / 1000).toFixed(2)} s, race of two (${rebuilt} replay) ${(race / 1000).toFixed(2)} s, ratio ${(race / plain).toFixed(2)}`,
  );
}
ratios.sort((x, y) => x - y);
console.log(
  `push race: two runs of ${RECORDS} records, both landed / one plain fetch+push = ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}x (median of ${ROUNDS}; target <= 3x)`,
);
