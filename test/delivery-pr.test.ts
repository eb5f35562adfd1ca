// Pull-request delivery through a real `shotlist generate` process: the GitHub side is a local fake
// of the pulls endpoints, found through GITHUB_API_URL as in a workflow.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { startFakeGitHub, type FakeGitHub } from './fakes/github-pulls.js';
import { makeRepo } from './fakes/repo.js';
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

describe('pull-request delivery', () => {
  it('pushes shotlist/main and opens one pull request with the run report, then updates it', async () => {
    const gitEnv = { ...(await bareEnv()), ...TEST_IDENTITY };
    const dir = await makeRepo({
      skus: 2,
      settings: 'run: { rerolls: 0 }\ngit: { delivery: pull-request }\n',
    });
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
    const first = await spawnCli(['generate', '--only', 'sku-0000/*'], dir, env).done;
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/opened pull request #1/);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ head: 'shotlist/main', base: 'main', state: 'open' });
    expect(github.pulls[0]!.body).toMatch(/<!-- shotlist:run -->[\s\S]*1 ok/);
    expect(git(remote, ['show', 'shotlist/main:generated/manifest.jsonl'], gitEnv)).toMatch(/sku-0000\/v1/);
    // main itself did not move on the remote: the images wait for review.
    expect(git(remote, ['rev-list', '--count', 'main'], gitEnv).trim()).toBe('1');

    const second = await spawnCli(['generate'], dir, env).done;
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/updated pull request #1/);
    expect(github.pulls).toHaveLength(1);
    const keys = git(remote, ['show', 'shotlist/main:generated/manifest.jsonl'], gitEnv)
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys).toEqual(['sku-0000/v1', 'sku-0001/v1']);
    // The token went only to the API, never into output.
    expect(first.stdout + first.stderr + second.stdout + second.stderr).not.toMatch(/ghs_workflow/);
  });

  it('a push that fails still records the run, prints its report, then the error, and exits 1', async () => {
    const gitEnv = { ...(await bareEnv()), ...TEST_IDENTITY };
    const dir = await makeRepo({ skus: 1, settings: 'run: { rerolls: 0 }\ngit: { delivery: push }\n' });
    git(dir, ['remote', 'add', 'origin', path.join(await tempDir(), 'no-such-remote.git')], gitEnv);
    const run = await spawnCli(['generate'], dir, { ...cliEnv(fake.url), ...gitEnv }).done;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 ok/);
    const head = git(dir, ['rev-parse', 'HEAD'], gitEnv).trim();
    expect(run.stderr).toContain("error: could not push the run's commit to origin main: ");
    expect(run.stderr).toContain(`The commit is kept locally (${head.slice(0, 12)})`);
    expect(git(dir, ['show', 'HEAD:generated/manifest.jsonl'], gitEnv)).toMatch(/sku-0000\/v1/);
  });
});
