// A shot that failed for a reason its unchanged inputs would meet again (a safety refusal, a QA
// failure) is blocked: the next run calls nothing for it, commits nothing and exits 0 with a
// warning; --retry-blocked and a change of input are the ways out. Transient failures are retried.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/capture-io.js';
import { startFakeServer, type FakeAction, type FakeContext, type FakeServer } from './fakes/fake-server.mjs';
import { GIT_ENV, makeRepo, writeRepoFile } from './fakes/repo.js';

let fake: FakeServer;
let script: (ctx: FakeContext) => FakeAction = () => ({ type: 'ok' });
const dirs: string[] = [];
beforeAll(async () => {
  fake = await startFakeServer({ script: (ctx) => script(ctx) });
});
afterAll(async () => {
  await fake.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function run(dir: string, args: string[]) {
  const io = captureIO(dir, {
    ...process.env,
    ...GIT_ENV,
    SHOTLIST_FAKE_PROVIDER_URL: fake.url,
    SHOTLIST_BACKOFF_MS: '5,20',
  });
  const code = await main([...args, '--dir', dir], io);
  return { code, out: io.out, err: io.err };
}

const commits = (dir: string) =>
  Number(
    execFileSync('git', ['rev-list', '--count', 'HEAD'], {
      cwd: dir,
      env: { ...process.env, ...GIT_ENV },
    }).toString(),
  );

it('blocks refusals and QA failures until --retry-blocked or an input changes; retries transient failures', async () => {
  const dir = await makeRepo({
    skus: 4,
    settings:
      'run: { rerolls: 1, maxAttempts: 2 }\nproviders:\n  fal: { concurrency: 4, timeoutSeconds: 5 }\n',
    // The fake draws its product at 70% of the frame: a fill range above that fails every image.
    qa: '{ minLongEdge: 32, minBorderShare: 0.5, fill: [0.9, 0.97] }',
  });
  dirs.push(dir);
  script = (ctx) =>
    ctx.key === 'sku-0000/v1'
      ? { type: 'status', status: 400, kind: 'safety', message: 'blocked by the safety filter' }
      : ctx.key === 'sku-0001/v1'
        ? { type: 'status', status: 503, kind: 'transient', message: 'down' }
        : { type: 'ok' };
  const first = await run(dir, ['generate', '--json']);
  expect(first.code, first.err).toBe(1);
  const firstCommits = commits(dir);

  const plan = await run(dir, ['plan', '--json']);
  const statuses = Object.fromEntries(
    (JSON.parse(plan.out).shots as { key: string; status: string }[]).map((s) => [s.key, s.status]),
  );
  expect(statuses).toEqual({
    'sku-0000/v1': 'blocked',
    'sku-0001/v1': 'failed-last-time',
    'sku-0002/v1': 'blocked',
    'sku-0003/v1': 'blocked',
  });

  // The rerun: only the transient failure is tried again (its image now fails QA like the others).
  script = () => ({ type: 'ok' });
  const before = fake.stats.requests;
  const second = await run(dir, ['generate', '--json']);
  expect(second.code, second.err).toBe(1);
  expect(JSON.parse(second.out).totals).toMatchObject({ shots: 1, 'qa-failed': 1 });
  // One shot, first try and one reroll.
  expect(fake.stats.requests - before).toBe(2);
  expect(second.err).toMatch(/warning: sku-0000\/v1 is blocked: safety: .*--retry-blocked/);
  expect(second.err).toMatch(/warning: sku-0002\/v1 is blocked: QA failed \(fill\).*accept it/);

  // Nothing left to do: no call, no commit, exit 0.
  const afterSecond = commits(dir);
  const third = await run(dir, ['generate', '--json']);
  expect(third.code, third.err).toBe(0);
  expect(fake.stats.requests - before).toBe(2);
  expect(third.err.match(/is blocked/g)).toHaveLength(4);
  expect(commits(dir)).toBe(afterSecond);
  expect(afterSecond).toBeGreaterThan(firstCommits);

  // --retry-blocked runs them again.
  const retried = await run(dir, ['generate', '--json', '--retry-blocked', '--only', 'sku-0000/*']);
  // It is called again (and its image now meets the QA failure the others met).
  expect(retried.code, retried.err).toBe(1);
  expect(JSON.parse(retried.out).totals).toMatchObject({ shots: 1, 'qa-failed': 1 });

  // A change of the QA settings unblocks the QA failures.
  const placements = await readFile(path.join(dir, 'placements/main.yaml'), 'utf8');
  await writeRepoFile(
    dir,
    'placements/main.yaml',
    placements.replace('fill: [0.9, 0.97]', 'fill: [0.5, 0.97]'),
  );
  const replanned = await run(dir, ['plan', '--json']);
  const after = (JSON.parse(replanned.out).shots as { key: string; status: string }[]).filter(
    (s) => s.status !== 'unchanged',
  );
  expect(after.map((s) => [s.key, s.status])).toEqual([
    ['sku-0000/v1', 'failed-last-time'],
    ['sku-0001/v1', 'failed-last-time'],
    ['sku-0002/v1', 'failed-last-time'],
    ['sku-0003/v1', 'failed-last-time'],
  ]);
});
