// End to end: the bundled action on pull_request events, as a real process in a runner-like
// environment, on a real git checkout with a bare remote, against the fake GitHub REST endpoints.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { PLAN_COMMENT_MARKER } from '../src/report/plan-markdown.js';
import { startFakeGitHub, type FakeGitHub } from './fakes/fake-github.mjs';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { GIT_ENV, makeRepo, writeRepoFile } from './fakes/repo.js';
import { captureIO } from './helpers/capture-io.js';
import { checkout, git, runAction, remoteAndCheckout, type ActionRun } from './helpers/action-run.js';

const SECRETS = ['FAL_KEY', 'GEMINI_API_KEY', 'OPENAI_API_KEY', 'REPLICATE_API_TOKEN', 'RECRAFT_API_TOKEN'];
const SECRET_ENV = Object.fromEntries(SECRETS.map((k) => [k, `sk-test-${k.toLowerCase()}-value`]));

/**
 * Code (not comments) found only in the bundle chunks of the heavy engines: sharp's loader of its
 * native binding, tesseract.js (which starts ocr-worker.cjs) and the QA module that locates the OCR
 * model. A pull-request run must load none of these chunks.
 */
const HEAVY =
  /sharp-linux-x64\.node|ocr-worker\.cjs|@tesseract\.js-data\/eng\/package\.json|'onnxruntime-node'/;

let gh: FakeGitHub;
let provider: FakeServer;
const dirs: string[] = [];
beforeAll(async () => {
  gh = await startFakeGitHub();
  provider = await startFakeServer();
});
afterAll(async () => {
  await gh.close();
  await provider.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function payloadFor(
  kind: 'opened' | 'synchronize',
  base: string,
  head: string,
  headRepo = 'acme/catalog',
) {
  const p = JSON.parse(await readFile(`test/fixtures/github/pull_request.${kind}.json`, 'utf8'));
  p.repository.full_name = 'acme/catalog';
  p.pull_request.base.sha = base;
  p.pull_request.base.repo.full_name = 'acme/catalog';
  p.pull_request.head.sha = head;
  p.pull_request.head.repo.full_name = headRepo;
  return p as { number: number; pull_request: { number: number } };
}

/** A feature branch with `edit` applied, pushed to the remote; returns its head sha. */
async function pushBranch(
  remote: string,
  branch: string,
  edit: (dir: string) => Promise<void>,
): Promise<string> {
  const dev = await checkout(remote);
  dirs.push(dev);
  const exists = git(dev, 'ls-remote', '--heads', 'origin', branch) !== '';
  git(dev, 'checkout', '-q', ...(exists ? [branch] : ['-b', branch]));
  await edit(dev);
  git(dev, 'add', '-A');
  git(dev, 'commit', '-q', '-m', `edit on ${branch}`);
  git(dev, 'push', '-q', 'origin', branch);
  return git(dev, 'rev-parse', 'HEAD');
}

function errorAnnotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error '));
}

function ours(issue: number) {
  return gh.state.comments.filter((c) => c.issue === issue && c.body.includes(PLAN_COMMENT_MARKER));
}

describe('action on pull_request', () => {
  it('annotates a YAML error on its file and line and fails the step', async () => {
    const src = await makeRepo({ skus: 2 });
    dirs.push(src);
    const base = git(src, 'rev-parse', 'HEAD');
    const { remote, workspace } = await remoteAndCheckout(src);
    dirs.push(path.dirname(remote), workspace);
    const catalog = await readFile(path.join(src, 'catalog/main.yaml'), 'utf8');
    const badLine = catalog.split('\n').length; // the new product's sku line, 1-based
    const head = await pushBranch(remote, 'bad-sku', (dir) =>
      writeFile(path.join(dir, 'catalog/main.yaml'), catalog + '  - sku: Bad SKU!\n    name: broken\n'),
    );
    git(workspace, 'fetch', '-q', 'origin');
    git(workspace, 'checkout', '-q', '--detach', head);
    const payload = await payloadFor('opened', base, head);
    payload.pull_request.number = 41;

    const run = await runAction({
      workspace,
      event: 'pull_request',
      payload,
      inputs: { 'github-token': 'ghs_test' },
      apiUrl: gh.url,
    });

    expect(run.code).not.toBe(0);
    const errors = errorAnnotations(run);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toMatch(
      new RegExp(`^::error title=shotlist [a-z-]+,file=catalog/main\\.yaml,line=${badLine},col=\\d+::`),
    );
    expect(run.stdout).toMatch(/::error::\d+ errors? in the configuration/);
    expect(run.summary).toContain('catalog/main.yaml');
    expect(run.summary).toContain(`| ${badLine} | error |`);
    const comment = ours(41);
    expect(comment).toHaveLength(1);
    expect(comment[0]!.body).toMatch(/The configuration has \d+ errors?/);
    expect(comment[0]!.body).toContain(`catalog/main.yaml:${badLine}:`);
  });

  it('caps annotations at 10 per type and lists every finding in the summary', async () => {
    const src = await makeRepo({ skus: 1 });
    dirs.push(src);
    const lines = ['products:'];
    for (let i = 0; i < 14; i++) lines.push(`  - sku: BAD-${i}`, `    name: p${i}`);
    await writeRepoFile(src, 'catalog/main.yaml', lines.join('\n') + '\n');
    const run = await runAction({
      workspace: src,
      event: 'pull_request',
      payload: await payloadFor('opened', git(src, 'rev-parse', 'HEAD'), git(src, 'rev-parse', 'HEAD')),
      inputs: { comment: 'false' },
    });
    expect(run.code, run.stdout + run.stderr).not.toBe(0);
    expect(errorAnnotations(run), run.stdout + run.stderr).not.toEqual([]);
    expect(errorAnnotations(run).filter((l) => l.includes('file='))).toHaveLength(10);
    for (let i = 0; i < 14; i++) expect(run.summary).toContain(`| ${3 + 2 * i - 1} | error |`);
    expect(
      run.stdout.split('\n').filter((l) => l.startsWith('::warning ') && l.includes('file=')),
    ).toHaveLength(10);
    expect(run.summary).toMatch(/28 findings \(20 shown as annotations, GitHub keeps 10 per type per step\)/);
  });

  it('posts one sticky comment for a prompt bump and updates it on the next push', async () => {
    const src = await makeRepo({ skus: 3 });
    dirs.push(src);
    // The base branch has been generated once: its manifest records every shot at p@1.
    const io = captureIO(src, {
      ...process.env,
      ...GIT_ENV,
      SHOTLIST_FAKE_PROVIDER_URL: provider.url,
      SHOTLIST_BACKOFF_MS: '5,50',
    });
    expect(await main(['generate'], io)).toBe(0);
    const base = git(src, 'rev-parse', 'HEAD');
    const { remote, workspace } = await remoteAndCheckout(src);
    dirs.push(path.dirname(remote), workspace);
    const head1 = await pushBranch(remote, 'bump', async (dir) => {
      await writeRepoFile(
        dir,
        'prompts/p.yaml',
        'id: p\nversions:\n  1: { text: "studio photo of {{name}}" }\n  2: { text: "bright studio photo of {{name}}" }\n',
      );
      const placements = await readFile(path.join(dir, 'placements/main.yaml'), 'utf8');
      await writeFile(
        path.join(dir, 'placements/main.yaml'),
        placements.replace('prompt: p@1', 'prompt: p@2'),
      );
    });
    gh.addComment('acme', 'catalog', 7, 'Looks good to me, just waiting for the plan.');
    git(workspace, 'fetch', '-q', 'origin');
    git(workspace, 'checkout', '-q', '--detach', head1);
    const opened = await payloadFor('opened', base, head1);
    opened.pull_request.number = 7;
    opened.number = 7;

    const requestsBefore = gh.state.requests.length;
    const first = await runAction({
      workspace,
      event: 'pull_request',
      payload: opened,
      inputs: { 'github-token': 'ghs_test' },
      apiUrl: gh.url,
    });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(ours(7)).toHaveLength(1);
    const comment = ours(7)[0]!;
    expect(comment.body).toContain('**3 images to generate**');
    expect(comment.body).toMatch(
      /`sku-0000\/v1` \| regenerate \| flux-schnell \| p@2 \| prompt p version 1 → 2/,
    );
    expect(first.outputs.planned).toBe('3');
    expect(Number(first.outputs['cost-usd'])).toBeGreaterThan(0);
    expect(first.outputs.manifest).toBe('generated/manifest.jsonl');
    expect(first.summary).toContain('comment: created');

    // Second push: one more product. The same comment is edited, no new one appears.
    const head2 = await pushBranch(remote, 'bump', async (dir) => {
      const catalog = await readFile(path.join(dir, 'catalog/main.yaml'), 'utf8');
      await writeFile(
        path.join(dir, 'catalog/main.yaml'),
        catalog + '  - sku: sku-9999\n    name: new product\n',
      );
    });
    git(workspace, 'fetch', '-q', 'origin');
    git(workspace, 'checkout', '-q', '--detach', head2);
    const sync = await payloadFor('synchronize', base, head2);
    sync.pull_request.number = 7;
    sync.number = 7;
    const second = await runAction({
      workspace,
      event: 'pull_request',
      payload: sync,
      inputs: { 'github-token': 'ghs_test' },
      apiUrl: gh.url,
    });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(ours(7)).toHaveLength(1);
    expect(ours(7)[0]!.id).toBe(comment.id);
    expect(ours(7)[0]!.body).toContain('**4 images to generate**');
    expect(ours(7)[0]!.body).toMatch(/`sku-9999\/v1` \| new /);
    expect(gh.state.comments.filter((c) => c.issue === 7)).toHaveLength(2); // the reviewer's and ours
    expect(second.summary).toContain('comment: updated');
    const writes = gh.state.requests
      .slice(requestsBefore)
      .filter((r) => r.path.includes('/issues/') && r.method !== 'GET');
    expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('a fork PR reads no provider secret, loads neither sharp nor OCR, and a 403 on the comment is a warning', async () => {
    const src = await makeRepo({ skus: 2 });
    dirs.push(src);
    const base = git(src, 'rev-parse', 'HEAD');
    const { remote, workspace } = await remoteAndCheckout(src);
    dirs.push(path.dirname(remote), workspace);
    const head = await pushBranch(remote, 'fork-change', async (dir) => {
      const catalog = await readFile(path.join(dir, 'catalog/main.yaml'), 'utf8');
      await writeFile(
        path.join(dir, 'catalog/main.yaml'),
        catalog.replace('name: product 1', 'name: renamed product'),
      );
    });
    git(workspace, 'fetch', '-q', 'origin');
    git(workspace, 'checkout', '-q', '--detach', head);
    const payload = await payloadFor('opened', base, head, 'stranger/catalog');
    payload.pull_request.number = 9;
    gh.state.mode = 'forbidden';
    const providerCalls = provider.stats.requests;
    try {
      const run = await runAction({
        workspace,
        event: 'pull_request',
        payload,
        inputs: { 'github-token': 'ghs_readonly' },
        apiUrl: gh.url,
        env: { ...SECRET_ENV, SHOTLIST_FAKE_PROVIDER_URL: provider.url },
        watchSecrets: [...SECRETS, 'SHOTLIST_FAKE_PROVIDER_URL'],
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(
        /::warning::could not post the plan comment: GitHub answered 403.*pull-requests: write/,
      );
      expect(run.outputs.planned).toBe('2');
      expect(run.summary).toContain('`sku-0001/v1` | new |');
      // The probe saw the bundle start (so it was watching) but no secret read and no heavy engine.
      expect(run.probe.some((l) => l.startsWith('load ') && l.endsWith('/action/dist/index.js'))).toBe(true);
      expect(run.probe.filter((l) => l.startsWith('secret '))).toEqual([]);
      expect(run.probe.filter((l) => l.startsWith('dlopen '))).toEqual([]);
      const chunks = run.probe
        .filter((l) => l.startsWith('load file:') && l.includes('/action/dist/'))
        .map((l) => new URL(l.slice(5)).pathname);
      for (const chunk of chunks) {
        const code = await readFile(chunk, 'utf8');
        expect(code, chunk).not.toMatch(HEAVY);
      }
      expect(provider.stats.requests).toBe(providerCalls);
    } finally {
      gh.state.mode = 'ok';
    }
  });

  it("plans this repository's example catalog, supplier photos included, without loading sharp or OCR", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-action-example-'));
    dirs.push(dir);
    for (const entry of ['shotlist.yaml', 'catalog', 'placements', 'prompts'])
      await cp(entry, path.join(dir, entry), { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'example');
    const sha = git(dir, 'rev-parse', 'HEAD');
    const run = await runAction({
      workspace: dir,
      event: 'pull_request',
      payload: await payloadFor('opened', sha, sha),
      inputs: { comment: 'false' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(Number(run.outputs.planned)).toBeGreaterThan(0);
    expect(run.probe.filter((l) => l.startsWith('dlopen '))).toEqual([]);
    const chunks = run.probe
      .filter((l) => l.startsWith('load file:') && l.includes('/action/dist/'))
      .map((l) => new URL(l.slice(5)).pathname);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(await readFile(chunk, 'utf8'), chunk).not.toMatch(HEAVY);
  });
});
