// Two `shotlist generate` processes deliver to the same bare remote at once (git.delivery: push),
// one of them in a CI-like environment with no git identity at all. Both must land, with every
// record and image, and nothing force-pushed; a run triggered by the resulting commit does nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../src/store/manifest.js';
import { ACTIONS_BOT } from '../src/store/git-identity.js';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';
import { bareEnv, cleanupGitDirs, git, tempDir, TEST_IDENTITY } from './helpers/git-remote.js';

let fake: FakeServer;
beforeAll(ensureBuilt, 300_000);
beforeAll(async () => {
  fake = await startFakeServer({ script: () => ({ type: 'ok', latencyMs: 30 }) });
});
afterAll(() => fake.close());
afterEach(cleanupGitDirs);

describe('delivery race', () => {
  it('lands two concurrent runs on one remote: every record and image, both commits, no force', async () => {
    const gitEnv = { ...(await bareEnv()), ...TEST_IDENTITY };
    const seed = await makeRepo({ skus: 6, settings: 'run: { rerolls: 0 }\ngit: { delivery: push }\n' });
    const remote = path.join(await tempDir(), 'remote.git');
    git(seed, ['init', '-q', '--bare', '-b', 'main', remote], gitEnv);
    git(seed, ['push', '-q', remote, 'main'], gitEnv);
    const clone = async (name: string) => {
      const dir = path.join(await tempDir(), name);
      git(path.dirname(dir), ['clone', '-q', `file://${remote}`, dir], gitEnv);
      return dir;
    };
    const [a, b] = [await clone('a'), await clone('b')];
    // a runs like a fresh CI runner: no git identity anywhere, GITHUB_ACTIONS=true.
    const ciEnv = { ...cliEnv(fake.url), ...(await bareEnv()), GITHUB_ACTIONS: 'true', CI: 'true' };
    for (const k of Object.keys(TEST_IDENTITY)) delete (ciEnv as Record<string, string | undefined>)[k];
    const devEnv = { ...cliEnv(fake.url), ...gitEnv };
    const runs = await Promise.all([
      spawnCli(['generate', '--only', 'sku-000[0-2]/*'], a, ciEnv).done,
      spawnCli(['generate', '--only', 'sku-000[3-5]/*'], b, devEnv).done,
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    // Both started from the same tip, so whichever pushed second was refused and merged by key.
    const said = runs.map((r) => r.stderr).join('\n');
    expect(said.match(/pushed [0-9a-f]{12} to origin main/g)).toHaveLength(2);
    expect(said).toMatch(/merged with 1 concurrent push\)/);

    const records = parseManifest(git(remote, ['show', 'main:generated/manifest.jsonl'], gitEnv)).records;
    expect([...records.keys()]).toEqual([0, 1, 2, 3, 4, 5].map((i) => `sku-000${i}/v1`));
    for (const r of records.values()) {
      const blob = execFileSync('git', ['cat-file', 'blob', `main:${r.output!.path}`], {
        cwd: remote,
        env: gitEnv,
      });
      expect(createHash('sha256').update(blob).digest('hex')).toBe(r.output!.sha256);
    }
    const runIds = git(remote, ['log', '--format=%(trailers:key=Shotlist-Run,valueonly)', 'main'], gitEnv)
      .split('\n')
      .filter(Boolean);
    expect(runIds).toHaveLength(2);
    const authors = git(remote, ['log', '--format=%an', 'main'], gitEnv).trim().split('\n');
    expect(authors.slice(0, 2).sort()).toEqual([ACTIONS_BOT.name, TEST_IDENTITY.GIT_AUTHOR_NAME].sort());
    // History is linear and contains the seed commit: nothing was rewritten.
    expect(git(remote, ['rev-list', '--count', 'main'], gitEnv).trim()).toBe('3');
    expect(git(remote, ['rev-list', '--merges', '--count', 'main'], gitEnv).trim()).toBe('0');

    // The push of a's or b's commit triggers a workflow: that run plans nothing and commits nothing.
    const c = await clone('c');
    const head = git(c, ['rev-parse', 'HEAD'], gitEnv).trim();
    fake.reset();
    const started = Date.now();
    const loop = await spawnCli(['generate'], c, devEnv).done;
    expect(loop.code, loop.stderr).toBe(0);
    expect(fake.stats.requests).toBe(0);
    expect(git(c, ['rev-parse', 'HEAD'], gitEnv).trim()).toBe(head);
    expect(git(remote, ['rev-parse', 'main'], gitEnv).trim()).toBe(head);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
