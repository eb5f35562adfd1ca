// The runner starts the bundle with Node 24 (runs.using: node24). .ci/run installs the npm package
// node@24 and passes its binary in SHOTLIST_NODE24; without it (a developer's machine) this is skipped.
import { readFile, rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fakes/fake-github.mjs';
import { makeRepo } from './fakes/repo.js';
import { git, runAction } from './helpers/action-run.js';

const NODE24 = process.env.SHOTLIST_NODE24;
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe.skipIf(!NODE24)('bundle under Node 24', () => {
  it('plans a pull request and posts the comment', async () => {
    const gh = await startFakeGitHub();
    try {
      const dir = await makeRepo({ skus: 2 });
      dirs.push(dir);
      const sha = git(dir, 'rev-parse', 'HEAD');
      const payload = JSON.parse(await readFile('test/fixtures/github/pull_request.opened.json', 'utf8'));
      payload.pull_request.base.sha = sha;
      payload.pull_request.head.sha = sha;
      const run = await runAction({
        workspace: dir,
        event: 'pull_request',
        payload,
        inputs: { 'github-token': 'ghs_test' },
        apiUrl: gh.url,
        node: NODE24!,
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.probe.find((l) => l.startsWith('node '))).toMatch(/^node v24\./);
      expect(run.outputs.planned).toBe('2');
      expect(gh.state.comments).toHaveLength(1);
      expect(git(dir, 'status', '--porcelain')).toBe('');
    } finally {
      await gh.close();
    }
  });
});
