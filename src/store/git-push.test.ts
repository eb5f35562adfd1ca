import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bareEnv,
  cleanupGitDirs,
  git,
  remoteWithClones,
  TEST_IDENTITY,
  writeShots,
} from '../../test/helpers/git-remote.js';
import { gitRunner } from './git-exec.js';
import { commitRun } from './git-store.js';
import { pushWithRetry } from './git-push.js';
import { parseManifest } from './manifest.js';

afterEach(cleanupGitDirs);

const identity = { name: 'Store Test', email: 'store@example.invalid', source: 'config' as const };

async function run(
  dir: string,
  env: Record<string, string>,
  keys: string[],
  runId: string,
  createdAt: string,
) {
  await writeShots(dir, keys, { runId, createdAt, content: runId });
  const c = await commitRun(dir, 'generated', `generate: ${keys.length} ok`, {
    env,
    trailers: { 'Shotlist-Run': runId },
  });
  if (!c.committed) throw new Error('expected a commit');
  return c.sha;
}

function remoteManifest(remote: string, env: Record<string, string>) {
  return parseManifest(git(remote, ['show', 'main:generated/manifest.jsonl'], env)).records;
}

describe('pushWithRetry', () => {
  it('lands two runs racing on the same remote: every record, every image, no force', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(2, env);
    const [a, b] = clones as [string, string];
    // Both runs touch shared/v1; b's run is later, so its record and image must win that key.
    const shaA = await run(a, env, ['a1/v1', 'a2/v1', 'shared/v1'], 'run-a', '2026-05-01T10:00:00.000Z');
    const shaB = await run(b, env, ['b1/v1', 'shared/v1'], 'run-b', '2026-05-01T10:00:05.000Z');
    const push = (dir: string, runCommit: string) =>
      pushWithRetry({
        git: gitRunner(dir, env),
        remote: 'origin',
        branch: 'main',
        storeRel: 'generated',
        runCommit,
        identity,
        backoffMs: 20,
      });
    const [ra, rb] = await Promise.all([push(a, shaA), push(b, shaB)]);
    expect(ra.rebuilt + rb.rebuilt).toBeGreaterThanOrEqual(1);
    const records = remoteManifest(remote, env);
    expect([...records.keys()].sort()).toEqual(['a1/v1', 'a2/v1', 'b1/v1', 'shared/v1']);
    expect(records.get('shared/v1')!.runId).toBe('run-b');
    for (const r of records.values()) {
      const bytes = Buffer.from(git(remote, ['show', `main:${r.output!.path}`], env), 'utf8');
      expect(bytes.toString()).toBe(`image of ${r.key} from ${r.runId} ${r.runId}`);
    }
    // No force: the first pushed commit is an ancestor of the final tip, and main's reflog-free
    // history has both runs' commits with their trailers.
    const first = ra.rebuilt === 0 ? ra.sha : rb.sha;
    expect(() => git(remote, ['merge-base', '--is-ancestor', first, 'main'], env)).not.toThrow();
    const runs = git(remote, ['log', '--format=%(trailers:key=Shotlist-Run,valueonly)', 'main'], env);
    expect(runs.split('\n').filter(Boolean).sort()).toEqual(['run-a', 'run-b']);
    // The rebuilt clone's files and HEAD follow what it pushed.
    const loser = ra.rebuilt > 0 ? a : b;
    expect(git(loser, ['rev-parse', 'HEAD'], env).trim()).toBe(
      git(remote, ['rev-parse', 'main'], env).trim(),
    );
    expect(git(loser, ['status', '--porcelain'], env)).toBe('');
    const local = parseManifest(await readFile(path.join(loser, 'generated/manifest.jsonl'))).records;
    expect(local.size).toBe(4);
  });

  it('pushes from a shallow clone on a detached HEAD to the named branch', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(2, env, ['--depth', '1']);
    const [a, b] = clones as [string, string];
    git(b, ['checkout', '-q', '--detach'], env);
    await run(a, env, ['a/v1'], 'run-a', '2026-05-01T10:00:00.000Z');
    git(a, ['push', '-q', 'origin', 'HEAD:main'], env);
    const shaB = await run(b, env, ['b/v1'], 'run-b', '2026-05-01T10:00:01.000Z');
    const r = await pushWithRetry({
      git: gitRunner(b, env),
      remote: 'origin',
      branch: 'main',
      storeRel: 'generated',
      runCommit: shaB,
      identity,
      backoffMs: 1,
    });
    expect(r).toMatchObject({ attempts: 2, rebuilt: 1 });
    expect([...remoteManifest(remote, env).keys()].sort()).toEqual(['a/v1', 'b/v1']);
    expect(git(b, ['rev-parse', '--is-shallow-repository'], env).trim()).toBe('true');
  });

  it('keeps a prune on one side when the other did not touch the pruned key', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(1, env);
    const a = clones[0]!;
    const sha = await run(a, env, ['old/v1', 'keep/v1'], 'run-0', '2026-05-01T09:00:00.000Z');
    git(a, ['push', '-q', 'origin', `${sha}:refs/heads/main`], env);
    // Another clone prunes old/v1 and pushes first.
    const other = path.join(path.dirname(a), 'other');
    git(path.dirname(a), ['clone', '-q', `file://${remote}`, other], env);
    git(other, ['rm', '-q', 'generated/old/v1.webp'], env);
    const m = (await readFile(path.join(other, 'generated/manifest.jsonl'), 'utf8')).split('\n');
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(
        path.join(other, 'generated/manifest.jsonl'),
        m.filter((l) => !l.includes('"old/v1"')).join('\n'),
      ),
    );
    git(other, ['commit', '-qam', 'prune'], env);
    git(other, ['push', '-q', 'origin', 'main'], env);
    const sha2 = await run(a, env, ['new/v1'], 'run-1', '2026-05-01T11:00:00.000Z');
    await pushWithRetry({
      git: gitRunner(a, env),
      remote: 'origin',
      branch: 'main',
      storeRel: 'generated',
      runCommit: sha2,
      identity,
      backoffMs: 1,
    });
    expect([...remoteManifest(remote, env).keys()].sort()).toEqual(['keep/v1', 'new/v1']);
    expect(() => git(remote, ['cat-file', '-e', 'main:generated/old/v1.webp'], env)).toThrow();
  });

  it('gives up after the attempts it was given, naming the kept commit, and never forces', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(2, env);
    const [a, b] = clones as [string, string];
    const sha = await run(a, env, ['a/v1'], 'run-a', '2026-05-01T10:00:00.000Z');
    let n = 0;
    // Someone else pushes during every wait, so the tip always moves on.
    const moveRemote = async () => {
      await run(b, env, [`b${n++}/v1`], `run-b${n}`, '2026-05-01T10:00:00.000Z');
      git(b, ['push', '-q', 'origin', 'HEAD:main'], env);
    };
    await moveRemote();
    const tipBefore = () => git(remote, ['rev-parse', 'main'], env).trim();
    await expect(
      pushWithRetry({
        git: gitRunner(a, env),
        remote: 'origin',
        branch: 'main',
        storeRel: 'generated',
        runCommit: sha,
        identity,
        maxAttempts: 3,
        sleep: moveRemote,
      }),
    ).rejects.toThrow(/still rejected after 3 attempts.*kept locally/);
    // b's commits all survived: nothing was overwritten.
    expect(git(remote, ['rev-list', '--count', tipBefore()], env).trim()).toBe(String(1 + n));
  });
});
