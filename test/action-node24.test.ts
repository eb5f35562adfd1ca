// The runner starts the bundle with Node 24 (runs.using: node24). .ci/run installs the npm package
// node@24 and passes its binary in SHOTLIST_NODE24; without it (a developer's machine) this is skipped.
import { readFile, rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './fakes/fake-github.mjs';
import path from 'node:path';
import { startFakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';
import { git, remoteAndCheckout, runAction } from './helpers/action-run.js';

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

  it('generates on a push: sharp, the text detector and the OCR worker load from the bundle under Node 24', async () => {
    const provider = await startFakeServer();
    try {
      const src = await makeRepo({ skus: 2, size: 256, qa: '{ profile: marketplace-main }' });
      const { remote, workspace } = await remoteAndCheckout(src);
      dirs.push(src, path.dirname(remote), workspace);
      const payload = JSON.parse(await readFile('test/fixtures/github/push.json', 'utf8'));
      payload.ref = 'refs/heads/main';
      payload.repository.default_branch = 'main';
      const run = await runAction({
        workspace,
        event: 'push',
        payload,
        inputs: { 'fail-on-qa': 'false' },
        node: NODE24!,
        env: { SHOTLIST_FAKE_PROVIDER_URL: provider.url, SHOTLIST_BACKOFF_MS: '5,50' },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.probe.find((l) => l.startsWith('node '))).toMatch(/^node v24\./);
      expect(run.probe.some((l) => /^dlopen .*sharp-linux-x64\.node$/.test(l))).toBe(true);
      expect(
        run.probe.some((l) =>
          /^dlopen .*action\/dist\/node_modules\/onnxruntime-node\/.*onnxruntime_binding\.node$/.test(l),
        ),
      ).toBe(true);
      const records = git(remote, 'show', 'main:generated/manifest.jsonl')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(records).toHaveLength(2);
      // The detector ran from the bundle and found no overlay (lines it reads as branding are listed after).
      for (const r of records) {
        const text = r.qa.checks.find((c: { check: string }) => c.check === 'text');
        expect(text?.status).toBe('pass');
        expect(text?.message).toMatch(/^no text overlay(;|$)/);
      }
    } finally {
      await provider.close();
    }
  });
});
