// End to end: the bundled action on push and workflow_dispatch events, and the sharded run, as real
// processes on real git checkouts of a bare remote, against the fake image API.
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { readManifest } from '../src/store/manifest.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';
import { checkout, git, runAction, remoteAndCheckout } from './helpers/action-run.js';

const FAST =
  'run: { maxAttempts: 2, shotDeadlineSeconds: 20, rerolls: 0, graceSeconds: 2 }\nproviders:\n  fal: { concurrency: 4, timeoutSeconds: 5 }\n';

let provider: FakeServer;
const dirs: string[] = [];
beforeAll(async () => {
  provider = await startFakeServer();
});
afterAll(async () => {
  await provider.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function fixture(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(`test/fixtures/github/${name}.json`, 'utf8')) as Record<string, unknown>;
}

async function pushPayload(after: string, messages = ['catalog: add products']) {
  const p = await fixture('push');
  p.ref = 'refs/heads/main';
  p.after = after;
  (p.repository as Record<string, unknown>).default_branch = 'main';
  (p.repository as Record<string, unknown>).full_name = 'acme/catalog';
  const template = (p.commits as Record<string, unknown>[])[0]!;
  p.commits = messages.map((message) => ({ ...template, id: after, message }));
  p.head_commit = (p.commits as unknown[]).at(-1);
  return p;
}

async function repo(skus: number) {
  const src = await makeRepo({ skus, settings: FAST });
  const { remote, workspace } = await remoteAndCheckout(src);
  dirs.push(src, path.dirname(remote), workspace);
  return { remote, workspace, sha: git(workspace, 'rev-parse', 'HEAD') };
}

const env = () => ({ SHOTLIST_FAKE_PROVIDER_URL: provider.url, SHOTLIST_BACKOFF_MS: '5,50' });

describe('action on push and workflow_dispatch', () => {
  it('a merge generates, commits and pushes; a rerun of the same event does nothing', async () => {
    const { remote, workspace, sha } = await repo(3);
    const payload = await pushPayload(sha);
    const calls = provider.stats.requests;
    // No git identity configured, as on a runner: the commit is the Actions bot's.
    const noIdentity = {
      GIT_AUTHOR_NAME: '',
      GIT_AUTHOR_EMAIL: '',
      GIT_COMMITTER_NAME: '',
      GIT_COMMITTER_EMAIL: '',
    };
    const run = await runAction({
      workspace,
      event: 'push',
      payload,
      env: { ...env(), ...noIdentity },
      watchSecrets: ['SHOTLIST_FAKE_PROVIDER_URL'],
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // The probe sees a generate run read the provider setting: the fork test's empty list means something.
    expect(run.probe).toContain('secret SHOTLIST_FAKE_PROVIDER_URL');
    expect(run.outputs.generated).toBe('3');
    expect(run.outputs.failed).toBe('0');
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0);
    expect(run.outputs.manifest).toBe('generated/manifest.jsonl');
    expect(provider.stats.requests - calls).toBe(3);
    const tip = git(remote, 'rev-parse', 'main');
    expect(tip).not.toBe(sha);
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toMatch(/^shotlist generate: 3 ok/);
    expect(git(remote, 'log', '-1', '--format=%an <%ae>', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    const files = git(remote, 'ls-tree', '-r', '--name-only', 'main', '--', 'generated').split('\n');
    expect(files.filter((f) => /^generated\/sku-000\d\/v1\.webp$/.test(f))).toHaveLength(3);
    expect(files).toContain('generated/manifest.jsonl');
    expect(run.summary).toMatch(/### shotlist generate/);
    expect(run.summary).toMatch(/Pushed [0-9a-f]{12} to `main`/);

    // The rerun checks out the event's commit again, from before the images.
    const again = await checkout(remote, sha);
    dirs.push(again);
    const rerun = await runAction({ workspace: again, event: 'push', payload, env: env() });
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/fast-forwarded from [0-9a-f]{12} to main's tip/);
    expect(provider.stats.requests - calls).toBe(3);
    expect(git(remote, 'rev-parse', 'main')).toBe(tip);
    expect(rerun.outputs.generated).toBe('0');
    expect(rerun.summary).toMatch(/Nothing to generate: every shot matches the manifest/);
  });

  it('a branch deletion, a tag deletion and a push of only its own commit do nothing and say why', async () => {
    const { remote, workspace, sha } = await repo(2);
    const calls = provider.stats.requests;
    const branchDeleted = await fixture('push.tag-deleted');
    branchDeleted.ref = 'refs/heads/feature-x';
    const tagDeleted = await fixture('push.tag-deleted');
    const own = await pushPayload(sha, ['shotlist generate: 2 ok ($0.01)\n\nrun 1']);
    const cases = [
      { payload: branchDeleted, why: /this push deletes the branch feature-x: nothing to generate/ },
      { payload: tagDeleted, why: /this push deletes the tag simple-tag: nothing to generate/ },
      { payload: own, why: /this push only contains shotlist's own commit \("shotlist generate: 2 ok/ },
    ];
    for (const c of cases) {
      const run = await runAction({ workspace, event: 'push', payload: c.payload, env: env() });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`::notice::shotlist: nothing to do: ${c.why.source}`));
      expect(run.summary).toMatch(c.why);
      expect(run.outputs.generated).toBe('0');
    }
    expect(provider.stats.requests).toBe(calls);
    expect(git(remote, 'rev-parse', 'main')).toBe(sha);
    expect(git(workspace, 'status', '--porcelain')).toBe('');
  });

  it('workflow_dispatch generates with the only and max-images overrides', async () => {
    const { remote, workspace, sha } = await repo(5);
    const payload = await fixture('workflow_dispatch');
    payload.ref = 'refs/heads/main';
    const run = await runAction({
      workspace,
      event: 'workflow_dispatch',
      payload,
      inputs: { only: 'sku-000[0-2]/*', 'max-images': '2' },
      env: { ...env(), GITHUB_REF: 'refs/heads/main' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.generated).toBe('2');
    const made = git(remote, 'ls-tree', '-r', '--name-only', 'main', '--', 'generated')
      .split('\n')
      .filter((f) => f.endsWith('.webp'));
    expect(made).toEqual(['generated/sku-0000/v1.webp', 'generated/sku-0001/v1.webp']);
    expect(git(remote, 'rev-parse', 'main^')).toBe(sha);
  });

  it("QA's OCR runs from the bundle: an image with a caption fails the text check, and fail-on-qa decides the step", async () => {
    const captioned = await startFakeServer({
      image: async () => {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="100%" height="100%" fill="#FFFFFF"/><rect x="96" y="96" width="320" height="320" rx="30" fill="#2A2A2A"/><text x="256" y="470" font-family="DejaVu Sans, Arial, sans-serif" font-size="44" font-weight="bold" text-anchor="middle" fill="#000000">SUMMER SALE</text></svg>`;
        return sharp(Buffer.from(svg)).png().toBuffer();
      },
    });
    try {
      const src = await makeRepo({ skus: 1, size: 512, qa: '{ profile: marketplace-main }', settings: FAST });
      const { remote, workspace, sha } = await (async () => {
        const r = await remoteAndCheckout(src);
        dirs.push(src, path.dirname(r.remote), r.workspace);
        return { ...r, sha: git(r.workspace, 'rev-parse', 'HEAD') };
      })();
      const run = await runAction({
        workspace,
        event: 'push',
        payload: await pushPayload(sha),
        inputs: { 'fail-on-qa': 'false' },
        env: { SHOTLIST_FAKE_PROVIDER_URL: captioned.url, SHOTLIST_BACKOFF_MS: '5,50' },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.failed).toBe('1');
      expect(run.summary).toMatch(/`sku-0000\/v1` \| qa-failed \| .*text="[^"]*SALE/);
      // The shot is kept for review, recorded and pushed.
      const manifest = git(remote, 'show', 'main:generated/manifest.jsonl');
      expect(JSON.parse(manifest).status).toBe('qa-failed');
    } finally {
      await captioned.close();
    }
  });

  it('refuses a wrong input with one clear failure before doing anything', async () => {
    const { workspace, sha } = await repo(1);
    const run = await runAction({
      workspace,
      event: 'push',
      payload: await pushPayload(sha),
      inputs: { 'max-images': 'lots', delivery: 's3' },
      env: env(),
    });
    expect(run.code).not.toBe(0);
    const failure = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(failure).toHaveLength(1);
    expect(failure[0]).toMatch(
      /input delivery: "s3" is not a delivery: the S3 store is set in shotlist\.yaml.*%0Ainput max-images must be a whole number/,
    );
    expect(git(workspace, 'status', '--porcelain')).toBe('');
  });

  it('a sharded run: plan emits the matrix, each shard writes its part, merge makes one commit', async () => {
    const { remote, workspace, sha } = await repo(6);
    const plan = await runAction({
      workspace,
      event: 'push',
      payload: await pushPayload(sha),
      inputs: { command: 'plan', shard: '4' },
      env: env(),
    });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.outputs.planned).toBe('6');
    // Six shots fit one shard (shards are sized at 200 planned shots each, at most `shard`).
    expect(JSON.parse(plan.outputs.matrix!)).toEqual({ include: [{ shard: '1/1' }] });

    // Two runners, each on its own checkout, as a 2-shard matrix would run them.
    const parts: string[] = [];
    let made = 0;
    for (const shard of ['1/2', '2/2']) {
      const ws = await checkout(remote, sha);
      dirs.push(ws);
      const run = await runAction({
        workspace: ws,
        event: 'push',
        payload: await pushPayload(sha),
        inputs: { command: 'generate', shard },
        env: env(),
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.part).toMatch(/shotlist-part-\d-of-2$/);
      expect(git(remote, 'rev-parse', 'main')).toBe(sha); // shards never push
      made += Number(run.outputs.generated);
      parts.push(run.outputs.part!);
    }
    expect(made).toBe(6);

    // The merge job downloads the artifacts into shotlist-parts/<artifact name>/.
    const ws = await checkout(remote, sha);
    dirs.push(ws);
    for (const [i, part] of parts.entries()) {
      await cp(part, path.join(ws, 'shotlist-parts', `shotlist-part-${i}`), { recursive: true });
    }
    const calls = provider.stats.requests;
    const merge = await runAction({
      workspace: ws,
      event: 'push',
      payload: await pushPayload(sha),
      inputs: { command: 'merge' },
      env: env(),
    });
    expect(merge.code, merge.stdout + merge.stderr).toBe(0);
    expect(provider.stats.requests).toBe(calls);
    expect(merge.outputs.generated).toBe('6');
    expect(git(remote, 'rev-parse', 'main^')).toBe(sha); // one commit on top of the event's
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe('shotlist merge: 2 shards, 6 ok ($0.02)');
    const tree = git(remote, 'ls-tree', '-r', '--name-only', 'main', '--', 'generated').split('\n');
    expect(tree.filter((f) => f.endsWith('.webp'))).toHaveLength(6);
    expect(tree.filter((f) => f.startsWith('generated/reports/'))).toHaveLength(2);
    const check = await checkout(remote);
    dirs.push(check);
    const manifest = await readManifest(path.join(check, 'generated/manifest.jsonl'));
    expect([...manifest.records.values()].map((r) => [r.key, r.status])).toEqual(
      Array.from({ length: 6 }, (_, i) => [`sku-000${i}/v1`, 'ok']),
    );
  });
});
