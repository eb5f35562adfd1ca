// End to end: the bundled action delivers through the core's delivery, as a real process on real
// checkouts of a bare remote: pull-request delivery against the local fake of GitHub's pulls API,
// storage kind s3 against s3rver on loopback, and two runs racing to push the same branch.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { startFakeGitHub, type FakeGitHub } from './fakes/github-pulls.js';
import { makeRepo, writeRepoFile } from './fakes/repo.js';
import { checkout, git, runAction, remoteAndCheckout } from './helpers/action-run.js';
import { startS3, type LocalS3 } from './fakes/s3.js';

const FAST = 'run: { maxAttempts: 2, shotDeadlineSeconds: 20, rerolls: 0, graceSeconds: 2 }\n';
const BUCKET = 'images';

let provider: FakeServer;
let slow: FakeServer;
let github: FakeGitHub;
let s3: LocalS3;
let s3Url = '';
const dirs: string[] = [];
beforeAll(async () => {
  provider = await startFakeServer();
  // Slow enough that two runs started together are both generating when the first one pushes.
  slow = await startFakeServer({ script: () => ({ type: 'ok', latencyMs: 1500 }) });
  github = await startFakeGitHub({ owner: 'acme', repo: 'catalog', token: 'ghs_workflow' });
  s3 = await startS3(BUCKET);
  s3Url = s3.url;
});
afterAll(async () => {
  await provider.close();
  await slow.close();
  await github.close();
  await s3.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function repo(skus: number, settings = FAST) {
  const src = await makeRepo({ skus, settings });
  const { remote, workspace } = await remoteAndCheckout(src);
  dirs.push(src, path.dirname(remote), workspace);
  return { remote, workspace, sha: git(workspace, 'rev-parse', 'HEAD') };
}

const dispatch = {
  ...(JSON.parse(readFileSync('test/fixtures/github/workflow_dispatch.json', 'utf8')) as object),
  ref: 'refs/heads/main',
};
const env = (url: string, extra: Record<string, string> = {}) => ({
  SHOTLIST_FAKE_PROVIDER_URL: url,
  SHOTLIST_BACKOFF_MS: '5,50',
  GITHUB_REF: 'refs/heads/main',
  ...extra,
});

describe('action delivery through the core', () => {
  it('delivery: pull-request pushes shotlist/main and opens one pull request, then updates it', async () => {
    const { remote, workspace, sha } = await repo(3);
    const inputs = { delivery: 'pull-request', 'github-token': 'ghs_workflow', only: 'sku-0000/*' };
    const apiUrl = github.url;
    const first = await runAction({
      workspace,
      event: 'workflow_dispatch',
      payload: dispatch,
      inputs,
      apiUrl,
      env: env(provider.url),
    });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(git(remote, 'rev-parse', 'main')).toBe(sha);
    expect(git(remote, 'show', 'shotlist/main:generated/manifest.jsonl')).toMatch(/sku-0000\/v1/);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ head: 'shotlist/main', base: 'main', state: 'open' });
    expect(github.pulls[0]!.body).toMatch(/<!-- shotlist:run -->[\s\S]*1 ok/);
    expect(first.summary).toMatch(/Opened pull request #1: https:\/\/github\.com\/acme\/catalog\/pull\/1/);

    const ws2 = await checkout(remote, sha);
    dirs.push(ws2);
    const second = await runAction({
      workspace: ws2,
      event: 'workflow_dispatch',
      payload: dispatch,
      inputs: { ...inputs, only: 'sku-0001/*' },
      apiUrl,
      env: env(provider.url),
    });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.summary).toMatch(/Updated pull request #1/);
    expect(github.pulls).toHaveLength(1);
    // The second run started from main, not from the pull-request branch: merged by key, both kept.
    const keys = git(remote, 'show', 'shotlist/main:generated/manifest.jsonl')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys).toEqual(['sku-0000/v1', 'sku-0001/v1']);
    expect(github.requests.every((r) => r.auth === 'token ghs_workflow')).toBe(true);
    // The token is only ever named to the runner to be masked.
    const logs = (first.stdout + first.stderr + second.stdout + second.stderr).replace(
      /^::add-mask::.*$/gm,
      '',
    );
    expect(logs).not.toMatch(/ghs_workflow/);
  });

  it('review: true placements: the rest is pushed to main, the review shots go to one pull request', async () => {
    const src = await makeRepo({ skus: 2, settings: FAST });
    await writeRepoFile(
      src,
      'placements/main.yaml',
      [
        'placements:',
        '  grid: { aspect: "1:1", size: 64, format: webp, quality: 80, background: "#FFFFFF", models: [flux-schnell], qa: { minLongEdge: 32, minBorderShare: 0.5 } }',
        '  hero: { aspect: "1:1", size: 64, format: webp, quality: 80, background: "#FFFFFF", models: [flux-schnell], qa: { minLongEdge: 32, minBorderShare: 0.5, review: true } }',
        'variants:',
        '  v1: { placement: grid, prompt: p@1, model: flux-schnell }',
        '  hero: { placement: hero, prompt: p@1, model: flux-schnell }',
        '',
      ].join('\n'),
    );
    await writeRepoFile(
      src,
      'catalog/main.yaml',
      'defaults: { variants: [v1, hero] }\nproducts:\n  - { sku: sku-0000, name: one }\n  - { sku: sku-0001, name: two }\n',
    );
    git(src, 'add', '-A');
    git(src, 'commit', '-qm', 'review placement');
    const { remote, workspace } = await remoteAndCheckout(src);
    dirs.push(src, path.dirname(remote), workspace);
    const sha = git(workspace, 'rev-parse', 'HEAD');
    // A fresh remote: forget the pull requests of the test before (the fake is one repository).
    github.pulls.length = 0;
    const run = await runAction({
      workspace,
      event: 'workflow_dispatch',
      payload: dispatch,
      inputs: { 'github-token': 'ghs_workflow' },
      apiUrl: github.url,
      env: env(provider.url),
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.generated).toBe('4');
    const keys = (ref: string) =>
      git(remote, 'show', `${ref}:generated/manifest.jsonl`)
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(git(remote, 'rev-parse', 'main^')).toBe(sha);
    expect(keys('main')).toEqual(['sku-0000/v1', 'sku-0001/v1']);
    expect(keys('shotlist/main')).toEqual(['sku-0000/hero', 'sku-0000/v1', 'sku-0001/hero', 'sku-0001/v1']);
    expect(git(remote, 'rev-parse', 'shotlist/main^')).toBe(git(remote, 'rev-parse', 'main'));
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls.at(-1)).toMatchObject({
      head: 'shotlist/main',
      base: 'main',
      title: 'shotlist: 2 shots for review',
    });
    expect(run.summary).toMatch(/Pushed [0-9a-f]{12} to `main`/);
    expect(run.summary).toMatch(/Opened pull request #1/);
    expect(run.summary).toMatch(/2 shot\(s\) of review placements pushed to `shotlist\/main` for review/);
  });

  it('storage kind s3 uploads the images to the bucket and commits only the manifest and report', async () => {
    const settings = `${FAST}storage: { kind: s3, bucket: ${BUCKET}, endpoint: "${s3Url}", region: us-east-1, forcePathStyle: true, prefix: action, publicBaseUrl: "https://cdn.example.test" }\n`;
    const { remote, workspace, sha } = await repo(2, settings);
    const run = await runAction({
      workspace,
      event: 'workflow_dispatch',
      payload: dispatch,
      env: env(provider.url, { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' }),
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.generated).toBe('2');
    expect(git(remote, 'rev-parse', 'main^')).toBe(sha);
    const changed = git(remote, 'show', '--name-only', '--format=', 'main').split('\n').sort();
    expect(changed).toEqual([
      'generated/.gitignore',
      'generated/manifest.jsonl',
      expect.stringMatching(/^generated\/reports\/.*\.json$/),
    ]);
    const records = git(remote, 'show', 'main:generated/manifest.jsonl')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { output: { url: string } });
    for (const r of records) {
      expect(r.output.url).toMatch(/^https:\/\/cdn\.example\.test\/action\/sku-000\d\/v1-[0-9a-f]{8}\.webp$/);
      const res = await fetch(`${s3Url}/${BUCKET}/${new URL(r.output.url).pathname.slice(1)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toBe('image/webp');
    }
  });

  it('two runs racing to push the branch both land: merged by key, nothing forced', async () => {
    const { remote, sha } = await repo(2);
    const a = await checkout(remote, sha);
    const b = await checkout(remote, sha);
    dirs.push(a, b);
    const run = (workspace: string, only: string) =>
      runAction({
        workspace,
        event: 'workflow_dispatch',
        payload: dispatch,
        inputs: { only },
        env: env(slow.url),
      });
    const [ra, rb] = await Promise.all([run(a, 'sku-0000/*'), run(b, 'sku-0001/*')]);
    expect(ra.code, ra.stdout + ra.stderr).toBe(0);
    expect(rb.code, rb.stdout + rb.stderr).toBe(0);
    // Exactly one of them found the branch moved and merged the manifests by key.
    const raced = [ra, rb].filter((r) => /raced another push.*merged by key/.test(r.stdout));
    expect(raced).toHaveLength(1);
    const manifest = git(remote, 'show', 'main:generated/manifest.jsonl')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(manifest).toEqual(['sku-0000/v1', 'sku-0001/v1']);
    const images = git(remote, 'ls-tree', '-r', '--name-only', 'main', '--', 'generated')
      .split('\n')
      .filter((f) => f.endsWith('.webp'));
    expect(images).toEqual(['generated/sku-0000/v1.webp', 'generated/sku-0001/v1.webp']);
    // Linear history on top of the event's commit: two run commits, no force push.
    expect(git(remote, 'rev-list', '--count', `${sha}..main`)).toBe('2');
    expect(git(remote, 'rev-parse', 'main~2')).toBe(sha);
  });
});
