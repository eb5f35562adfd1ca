import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_ENV } from '../../test/fakes/repo.js';
import {
  defaultReviewBase,
  findRepo,
  GitBlobReader,
  userReviewBase,
  GitRevisionError,
} from './git-history.js';

async function repo(): Promise<{ dir: string; git: (...a: string[]) => string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-hist-'));
  const env = { ...process.env, ...GIT_ENV };
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, env }).toString().trim();
  git('init', '-q', '-b', 'main');
  return { dir, git };
}

describe('GitBlobReader', () => {
  it('reads binary blobs at a revision in order, and undefined for a missing path', async () => {
    const { dir, git } = await repo();
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    await writeFile(path.join(dir, 'a.bin'), bytes);
    await writeFile(path.join(dir, 'b.txt'), 'second\n');
    git('add', '-A');
    git('commit', '-qm', 'one');
    const reader = new GitBlobReader(dir);
    try {
      const [a, missing, b] = await Promise.all([
        reader.read('HEAD', 'a.bin'),
        reader.read('HEAD', 'nope.bin'),
        reader.read('HEAD', 'b.txt'),
      ]);
      expect(a!.equals(bytes)).toBe(true);
      expect(missing).toBeUndefined();
      expect(b!.toString()).toBe('second\n');
      expect(await reader.read('HEAD', '')).toBeUndefined(); // a tree, not a blob
    } finally {
      reader.close();
    }
  });
});

describe('review base', () => {
  it('uncommitted results compare with HEAD; committed ones with the commit before the last run', async () => {
    const { dir, git } = await repo();
    await mkdir(path.join(dir, 'generated'));
    await writeFile(path.join(dir, 'readme'), 'x');
    git('add', '-A');
    git('commit', '-qm', 'config');
    const first = git('rev-parse', 'HEAD');
    const r = (await findRepo(dir))!;
    const reader = new GitBlobReader(dir);
    try {
      const rel = 'generated/manifest.jsonl';
      const b1 = await defaultReviewBase(r, rel, { text: '{"key":"a"}\n', journal: false }, reader);
      expect(b1.rev).toBe(first);
      await writeFile(path.join(dir, rel), '{"key":"a"}\n');
      git('add', '-A');
      git('commit', '-qm', 'run');
      await writeFile(path.join(dir, 'readme'), 'y');
      git('commit', '-qam', 'unrelated');
      const b2 = await defaultReviewBase(r, rel, { text: '{"key":"a"}\n', journal: false }, reader);
      expect(b2.rev).toBe(first);
      expect(b2.label).toContain('before the last run');
      const b3 = await defaultReviewBase(r, rel, { text: '{"key":"a"}\n', journal: true }, reader);
      expect(b3.rev).toBe(git('rev-parse', 'HEAD'));
    } finally {
      reader.close();
    }
    await expect(userReviewBase(r, 'no-such-branch')).rejects.toBeInstanceOf(GitRevisionError);
    expect((await userReviewBase(r, 'HEAD~1')).rev).toBe(git('rev-parse', 'HEAD~1'));
  });

  it('is not a repository: findRepo says so', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-norepo-'));
    expect(await findRepo(dir)).toBeUndefined();
  });
});
