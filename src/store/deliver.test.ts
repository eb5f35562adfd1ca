import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../test/fakes/github-pulls.js';
import {
  bareEnv,
  cleanupGitDirs,
  git,
  remoteWithClones,
  sha256,
  TEST_IDENTITY,
  writeShots,
} from '../../test/helpers/git-remote.js';
import type { GitSettings } from '../domain/config.js';
import { deliverRun } from './deliver.js';
import { gitRunner } from './git-exec.js';
import { githubPullRequests } from './pull-requests.js';
import { RAW_REF, restoreRaw } from './raw-ref.js';
import { readManifest, writeManifest } from './manifest.js';

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
  await cleanupGitDirs();
});

const settings = (over: Partial<GitSettings> = {}): GitSettings => ({
  delivery: 'push',
  remote: 'origin',
  pullRequestBranch: 'shotlist/{base}',
  raw: 'ref',
  ...over,
});

/** A run's store writes plus a raw file per shot, as run-shots does with keepRaw. */
async function runWithRaw(dir: string, keys: string[], runId: string) {
  const records = await writeShots(dir, keys, { runId, createdAt: new Date().toISOString(), content: runId });
  const rawFiles: string[] = [];
  for (const r of records) {
    const bytes = Buffer.from(`raw png of ${r.key} ${runId}`.repeat(50));
    const rel = `generated/.raw/${r.genHash}.png`;
    await mkdir(path.join(dir, 'generated/.raw'), { recursive: true });
    await writeFile(path.join(dir, rel), bytes);
    r.raw = { path: rel, sha256: sha256(bytes) };
    rawFiles.push(rel);
  }
  const manifest = path.join(dir, 'generated/manifest.jsonl');
  const all = (await readManifest(manifest)).records;
  for (const r of records) all.set(r.key, r);
  await writeManifest(manifest, all.values());
  return rawFiles;
}

describe('deliverRun', () => {
  it('keeps raw outputs on their own ref: a clone of the branch has none, a run restores them', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    const rawFiles = await runWithRaw(dir, ['a/v1', 'b/v1'], 'r1');
    const out = await deliverRun({
      root: dir,
      storeRel: 'generated',
      env,
      git: settings(),
      runId: 'r1',
      message: 'generate: 2 ok',
      rawFiles,
    });
    expect(out.pushed).toMatchObject({ branch: 'main', attempts: 1 });
    const tree = git(remote, ['ls-tree', '-r', '--name-only', 'main'], env);
    expect(tree).not.toMatch(/\.raw\//);
    expect(tree).toMatch(/generated\/\.gitignore/);
    expect(git(remote, ['ls-tree', '-r', '--name-only', RAW_REF], env).trim().split('\n').sort()).toEqual(
      [...rawFiles].sort(),
    );
    expect(git(dir, ['status', '--porcelain'], env)).toBe('');

    const fresh = path.join(path.dirname(dir), 'fresh');
    git(path.dirname(dir), ['clone', '-q', `file://${remote}`, fresh], env);
    const rawBlob = git(remote, ['rev-parse', `${RAW_REF}:${rawFiles[0]}`], env).trim();
    expect(() => git(fresh, ['cat-file', '-e', rawBlob], env)).toThrow();
    const records = (await readManifest(path.join(fresh, 'generated/manifest.jsonl'))).records;
    const restored = await restoreRaw(gitRunner(fresh, env), records.values(), 'origin');
    expect(restored).toEqual({ restored: 2, missing: 0 });
    for (const r of records.values())
      expect(sha256(await readFile(path.join(fresh, r.raw!.path)))).toBe(r.raw!.sha256);
  });

  it('delivers by pull request: one branch, one pull request opened then updated with the report', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    github = await startFakeGitHub({ owner: 'shop', repo: 'catalog', token: 'ghs_test' });
    const pullRequests = githubPullRequests({
      token: 'ghs_test',
      repository: 'shop/catalog',
      baseUrl: github.url,
    });
    const first = await deliverRun({
      root: dir,
      storeRel: 'generated',
      env,
      git: settings({ delivery: 'pull-request' }),
      runId: 'r1',
      message: 'generate: 1 ok',
      rawFiles: await runWithRaw(dir, ['a/v1'], 'r1'),
      pullRequests,
      pullRequest: { title: 'shotlist: 1 image', body: '## run r1\n1 ok' },
    });
    expect(first.pullRequest).toMatchObject({ number: 1, created: true });
    expect(first.pushed?.branch).toBe('shotlist/main');
    // The base branch is untouched on the remote: the images wait in the pull request.
    expect(() => git(remote, ['cat-file', '-e', 'main:generated/manifest.jsonl'], env)).toThrow();

    // The next run starts again from main (CI checks out the base), not from the pull request branch.
    git(dir, ['reset', '-q', '--hard', 'origin/main'], env);
    const second = await deliverRun({
      root: dir,
      storeRel: 'generated',
      env,
      git: settings({ delivery: 'pull-request' }),
      runId: 'r2',
      message: 'generate: 1 ok',
      rawFiles: await runWithRaw(dir, ['b/v1'], 'r2'),
      pullRequests,
      pullRequest: { title: 'shotlist: 2 images', body: '## run r2\n1 ok' },
    });
    expect(second.pullRequest).toMatchObject({ number: 1, created: false });
    expect(second.pushed?.rebuilt).toBe(1);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({
      head: 'shotlist/main',
      base: 'main',
      title: 'shotlist: 2 images',
      body: '## run r2\n1 ok',
    });
    const keys = git(remote, ['show', 'shotlist/main:generated/manifest.jsonl'], env)
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys).toEqual(['a/v1', 'b/v1']);
    expect(github.requests.every((r) => r.auth === 'token ghs_test')).toBe(true);
  });

  it('says which permission is missing when the token may not open pull requests', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    github = await startFakeGitHub({ owner: 'shop', repo: 'catalog', token: 'ghs_test' });
    github.mode = 'forbidden';
    await expect(
      deliverRun({
        root: dir,
        storeRel: 'generated',
        env,
        git: settings({ delivery: 'pull-request' }),
        runId: 'r1',
        message: 'generate: 1 ok',
        rawFiles: await runWithRaw(dir, ['a/v1'], 'r1'),
        pullRequests: githubPullRequests({
          token: 'ghs_test',
          repository: 'shop/catalog',
          baseUrl: github.url,
        }),
      }),
    ).rejects.toThrow(/403: Resource not accessible by integration.*pull-requests: write/);
  });

  it('pushes from a detached HEAD to the branch CI names, and refuses to guess without one', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    git(dir, ['checkout', '-q', '--detach'], env);
    const base = { root: dir, storeRel: 'generated', git: settings({ raw: 'tree' }), message: 'm' };
    await writeShots(dir, ['a/v1'], { runId: 'r1', createdAt: new Date().toISOString() });
    await expect(deliverRun({ ...base, env, runId: 'r1', rawFiles: [] })).rejects.toThrow(/set git.branch/);
    await writeShots(dir, ['b/v1'], { runId: 'r2', createdAt: new Date().toISOString() });
    const out = await deliverRun({
      ...base,
      env: { ...env, GITHUB_REF: 'refs/heads/main' },
      runId: 'r2',
      rawFiles: [],
    });
    expect(out.pushed?.branch).toBe('main');
    expect(git(remote, ['rev-parse', 'main'], env).trim()).toBe(out.pushed!.sha);
  });
});
