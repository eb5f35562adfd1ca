// Placements with `review: true` under `git.delivery: push`: the branch gets the run's other shots,
// the review shots go to the pull-request branch with one pull request opened, then updated. Real
// `shotlist generate` processes, a bare remote in a temp folder, the local fake of GitHub's pulls API.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { startFakeGitHub, type FakeGitHub } from './fakes/github-pulls.js';
import { makeRepo, writeRepoFile } from './fakes/repo.js';
import { bareEnv, cleanupGitDirs, git, tempDir, TEST_IDENTITY } from './helpers/git-remote.js';

let fake: FakeServer;
let github: FakeGitHub;
beforeAll(ensureBuilt, 300_000);
beforeAll(async () => {
  fake = await startFakeServer({ script: () => ({ type: 'ok' }) });
  github = await startFakeGitHub({ owner: 'shop', repo: 'catalog', token: 'ghs_workflow' });
});
afterAll(async () => {
  await fake.close();
  await github.close();
});
afterEach(cleanupGitDirs);

const PLACEMENTS = [
  'placements:',
  '  grid: { aspect: "1:1", size: 64, format: webp, quality: 80, background: "#FFFFFF", models: [flux-schnell, studio], qa: { minLongEdge: 32, minBorderShare: 0.5 } }',
  '  hero: { aspect: "1:1", size: 64, format: webp, quality: 80, background: "#FFFFFF", models: [flux-schnell, studio], qa: { minLongEdge: 32, minBorderShare: 0.5, review: true } }',
  'variants:',
  '  v1: { placement: grid, prompt: p@1, model: flux-schnell }',
  '  hero: { placement: hero, prompt: p@1, model: flux-schnell }',
  '',
].join('\n');

function catalog(skus: number): string {
  const lines = ['defaults: { variants: [v1, hero] }', 'products:'];
  for (let i = 0; i < skus; i++) lines.push(`  - sku: sku-000${i}`, `    name: product ${i}`);
  return lines.join('\n') + '\n';
}

async function setup(delivery: string) {
  const gitEnv = { ...(await bareEnv()), ...TEST_IDENTITY };
  const dir = await makeRepo({
    skus: 1,
    git: false,
    settings: `run: { rerolls: 0 }\ngit: { delivery: ${delivery} }\n`,
  });
  await writeRepoFile(dir, 'placements/main.yaml', PLACEMENTS);
  await writeRepoFile(dir, 'catalog/main.yaml', catalog(2));
  git(dir, ['init', '-q', '-b', 'main'], gitEnv);
  git(dir, ['add', '-A'], gitEnv);
  git(dir, ['commit', '-qm', 'catalog'], gitEnv);
  const remote = path.join(await tempDir(), 'remote.git');
  git(dir, ['init', '-q', '--bare', '-b', 'main', remote], gitEnv);
  git(dir, ['remote', 'add', 'origin', remote], gitEnv);
  git(dir, ['push', '-q', 'origin', 'main'], gitEnv);
  const env = {
    ...cliEnv(fake.url),
    ...gitEnv,
    GITHUB_TOKEN: 'ghs_workflow',
    GITHUB_REPOSITORY: 'shop/catalog',
    GITHUB_API_URL: github.url,
  };
  return { dir, remote, gitEnv, env };
}

const keysAt = (remote: string, ref: string, env: Record<string, string>) =>
  git(remote, ['show', `${ref}:generated/manifest.jsonl`], env)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { key: string }).key);

const filesAt = (remote: string, ref: string, env: Record<string, string>) =>
  git(remote, ['ls-tree', '-r', '--name-only', ref, '--', 'generated'], env)
    .trim()
    .split('\n')
    .filter((f) => f.endsWith('.webp'));

describe('review placements with delivery: push', () => {
  it('push the other shots to main and the review shots to one pull request, carried across fresh clones until merged', async () => {
    github.pulls.length = 0;
    const { dir, remote, gitEnv, env } = await setup('push');
    const calls = fake.stats.requests;
    const first = await spawnCli(['generate'], dir, env).done;
    expect(first.code, first.stderr).toBe(0);
    expect(fake.stats.requests - calls).toBe(4);
    expect(keysAt(remote, 'main', gitEnv)).toEqual(['sku-0000/v1', 'sku-0001/v1']);
    expect(filesAt(remote, 'main', gitEnv)).toEqual([
      'generated/sku-0000/v1.webp',
      'generated/sku-0001/v1.webp',
    ]);
    expect(keysAt(remote, 'shotlist/main', gitEnv)).toEqual([
      'sku-0000/hero',
      'sku-0000/v1',
      'sku-0001/hero',
      'sku-0001/v1',
    ]);
    // The pull request's branch is main's tip plus the review shots: merging it brings only those.
    expect(git(remote, ['rev-parse', 'shotlist/main^'], gitEnv)).toBe(
      git(remote, ['rev-parse', 'main'], gitEnv),
    );
    expect(git(remote, ['diff', '--name-only', 'main', 'shotlist/main'], gitEnv).trim().split('\n')).toEqual([
      'generated/manifest.jsonl',
      'generated/sku-0000/hero.webp',
      'generated/sku-0001/hero.webp',
    ]);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ head: 'shotlist/main', base: 'main', state: 'open' });
    expect(github.pulls[0]!.title).toBe('shotlist: 2 shots for review');
    expect(github.pulls[0]!.body).toMatch(/<!-- shotlist:run -->/);
    expect(git(remote, ['log', '-1', '--format=%B', 'main'], gitEnv)).toMatch(
      /2 shots of review placements wait in shotlist\/main: sku-0000\/hero, sku-0001\/hero/,
    );
    // Locally HEAD is main's tip; the review shots stay in the work tree, so a rerun makes nothing.
    expect(git(dir, ['rev-parse', 'HEAD'], gitEnv)).toBe(git(remote, ['rev-parse', 'main'], gitEnv));
    const again = await spawnCli(['generate'], dir, env).done;
    expect(again.code, again.stderr).toBe(0);
    expect(fake.stats.requests - calls).toBe(4);

    // CI: a fresh clone of main with one product more. The waiting review shots are read from the
    // pull-request branch (not paid again); the new review shot joins them in the same pull request.
    const ci = path.join(await tempDir(), 'ci');
    git(dir, ['clone', '-q', remote, ci], gitEnv);
    await writeRepoFile(ci, 'catalog/main.yaml', catalog(3));
    git(ci, ['commit', '-qam', 'add sku-0002'], gitEnv);
    git(ci, ['push', '-q', 'origin', 'main'], gitEnv);
    const second = await spawnCli(['generate'], ci, env).done;
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/2 shot\(s\) still waiting for review on shotlist\/main/);
    expect(fake.stats.requests - calls).toBe(6);
    expect(keysAt(remote, 'main', gitEnv)).toEqual(['sku-0000/v1', 'sku-0001/v1', 'sku-0002/v1']);
    expect(filesAt(remote, 'shotlist/main', gitEnv)).toEqual([
      'generated/sku-0000/hero.webp',
      'generated/sku-0000/v1.webp',
      'generated/sku-0001/hero.webp',
      'generated/sku-0001/v1.webp',
      'generated/sku-0002/hero.webp',
      'generated/sku-0002/v1.webp',
    ]);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]!.title).toBe('shotlist: 3 shots for review');
    // The pull-request branch only ever moved forward.
    git(remote, ['merge-base', '--is-ancestor', 'main', 'shotlist/main'], gitEnv);

    // The reviewer merges the pull request; the next run has nothing waiting and pushes nothing more.
    const reviewer = path.join(await tempDir(), 'reviewer');
    git(dir, ['clone', '-q', remote, reviewer], gitEnv);
    git(reviewer, ['merge', '-q', '--no-edit', 'origin/shotlist/main'], gitEnv);
    git(reviewer, ['push', '-q', 'origin', 'main'], gitEnv);
    const merged = git(remote, ['rev-parse', 'main'], gitEnv);
    const ci2 = path.join(await tempDir(), 'ci2');
    git(dir, ['clone', '-q', remote, ci2], gitEnv);
    const third = await spawnCli(['generate'], ci2, env).done;
    expect(third.code, third.stderr).toBe(0);
    expect(fake.stats.requests - calls).toBe(6);
    expect(git(remote, ['rev-parse', 'main'], gitEnv)).toBe(merged);
    expect(keysAt(remote, 'main', gitEnv)).toHaveLength(6);
  });

  it('with delivery: commit the review shots are committed with the rest, and a warning says no pull request is opened', async () => {
    const { dir, remote, gitEnv, env } = await setup('commit');
    const before = git(remote, ['rev-parse', 'main'], gitEnv);
    const run = await spawnCli(['generate'], dir, env).done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /2 shots of review placements \(sku-0000\/hero, sku-0001\/hero\) committed with the rest: git\.delivery commit pushes nothing, so no pull request is opened/,
    );
    expect(git(dir, ['show', 'HEAD:generated/manifest.jsonl'], gitEnv).trim().split('\n')).toHaveLength(4);
    expect(git(remote, ['rev-parse', 'main'], gitEnv)).toBe(before);
    expect(git(remote, ['for-each-ref', '--format=%(refname)', 'refs/heads'], gitEnv).trim()).toBe(
      'refs/heads/main',
    );
  });
});
