// The review split of deliverRun on real clones of a bare remote: concurrent runs, and which record
// the pull-request branch keeps when the branch has a newer one.
import { afterEach, describe, expect, it } from 'vitest';
import {
  bareEnv,
  cleanupGitDirs,
  git,
  remoteWithClones,
  TEST_IDENTITY,
  writeShots,
} from '../../test/helpers/git-remote.js';
import type { GitSettings } from '../domain/config.js';
import { deliverRun } from './deliver.js';

afterEach(cleanupGitDirs);

const settings: GitSettings = {
  delivery: 'push',
  remote: 'origin',
  pullRequestBranch: 'shotlist/{base}',
  raw: 'ref',
};
const isReview = (key: string) => key.endsWith('/hero');

function deliver(dir: string, env: Record<string, string>, runId: string) {
  return deliverRun({
    root: dir,
    storeRel: 'generated',
    env,
    git: settings,
    runId,
    message: `shotlist generate: run ${runId}`,
    rawFiles: [],
    isReview,
    backoffMs: 5,
  });
}

function manifestAt(remote: string, ref: string, env: Record<string, string>) {
  return git(remote, ['show', `${ref}:generated/manifest.jsonl`], env)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { key: string; runId: string });
}

describe('review split', () => {
  it('two runs delivering review shots at once both land: on main the rest, on the pull-request branch all', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(2, env);
    const [a, b] = clones as [string, string];
    const at = new Date().toISOString();
    await writeShots(a, ['a/v1', 'a/hero'], { runId: 'ra', createdAt: at });
    await writeShots(b, ['b/v1', 'b/hero'], { runId: 'rb', createdAt: at });
    const [da, db] = await Promise.all([deliver(a, env, 'ra'), deliver(b, env, 'rb')]);
    expect(da.review?.keys).toEqual(['a/hero']);
    expect(db.review?.keys).toEqual(['b/hero']);
    // No token: the branch is pushed and the warning says no pull request was opened.
    expect(da.warnings.join('\n')).toMatch(/opened no pull request: no GitHub token/);
    expect(manifestAt(remote, 'main', env).map((r) => r.key)).toEqual(['a/v1', 'b/v1']);
    expect(manifestAt(remote, 'shotlist/main', env).map((r) => r.key)).toEqual([
      'a/hero',
      'a/v1',
      'b/hero',
      'b/v1',
    ]);
    const files = git(remote, ['ls-tree', '-r', '--name-only', 'shotlist/main', '--', 'generated'], env)
      .trim()
      .split('\n')
      .filter((f) => f.endsWith('.webp'));
    expect(files).toEqual([
      'generated/a/hero.webp',
      'generated/a/v1.webp',
      'generated/b/hero.webp',
      'generated/b/v1.webp',
    ]);
    git(remote, ['merge-base', '--is-ancestor', 'main', 'shotlist/main'], env);
    // Each clone's HEAD is main's tip; its own review shot is still in its work tree.
    for (const dir of [a, b]) {
      expect(git(dir, ['log', '-1', '--format=%B', 'HEAD'], env)).not.toMatch(/hero\.webp/);
      expect(git(dir, ['ls-tree', '--name-only', '-r', 'HEAD', '--', 'generated'], env)).not.toMatch(/hero/);
    }
  });

  it('a newer record on the branch wins over the one waiting on the pull-request branch', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(2, env);
    const [a, b] = clones as [string, string];
    await writeShots(a, ['a/hero'], { runId: 'old', createdAt: '2026-01-01T00:00:00Z' });
    expect((await deliver(a, env, 'old')).review?.keys).toEqual(['a/hero']);
    // Meanwhile the same shot reaches main directly with a newer record (no review split there).
    git(b, ['pull', '-q', 'origin', 'main'], env);
    await writeShots(b, ['a/hero'], { runId: 'newer', createdAt: '2026-02-01T00:00:00Z', content: 'x' });
    const direct = await deliverRun({
      root: b,
      storeRel: 'generated',
      env,
      git: settings,
      runId: 'newer',
      message: 'direct',
      rawFiles: [],
    });
    expect(direct.pushed?.branch).toBe('main');
    await writeShots(b, ['b/hero'], { runId: 'later', createdAt: '2026-03-01T00:00:00Z' });
    const later = await deliver(b, env, 'later');
    expect(later.review?.keys).toEqual(['b/hero']);
    const waiting = manifestAt(remote, 'shotlist/main', env);
    expect(waiting.map((r) => [r.key, r.runId])).toEqual([
      ['a/hero', 'newer'],
      ['b/hero', 'later'],
    ]);
  });

  it('a run that made only review shots leaves the branch alone and pushes them to the pull-request branch', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    // A first delivery (it also adds the store's .gitignore), so the next one has only review shots.
    await writeShots(dir, ['c/v1'], { runId: 'first', createdAt: new Date().toISOString() });
    expect((await deliver(dir, env, 'first')).pushed?.branch).toBe('main');
    const before = git(remote, ['rev-parse', 'main'], env).trim();
    await writeShots(dir, ['c/hero'], { runId: 'only', createdAt: new Date().toISOString() });
    const d = await deliver(dir, env, 'only');
    expect(d.commit).toBeUndefined();
    expect(d.pushed).toBeUndefined();
    expect(d.noCommit).toMatch(/only shots of review placements changed: nothing for main; 1 shot of review/);
    expect(git(remote, ['rev-parse', 'main'], env).trim()).toBe(before);
    expect(git(dir, ['rev-parse', 'HEAD'], env).trim()).toBe(before);
    expect(git(remote, ['rev-parse', 'shotlist/main^'], env).trim()).toBe(before);
    expect(manifestAt(remote, 'shotlist/main', env).map((r) => r.key)).toEqual(['c/hero', 'c/v1']);
  });
});
