import { mkdir, writeFile } from 'node:fs/promises';
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
import { commitRun } from './git-store.js';
import { ACTIONS_BOT, FALLBACK_IDENTITY } from './git-identity.js';

afterEach(cleanupGitDirs);

const author = (dir: string, env: Record<string, string>) =>
  git(dir, ['log', '-1', '--format=%an <%ae>|%cn <%ce>'], env).trim();

describe('commitRun', () => {
  it('commits in CI with no git identity at all, as the Actions bot', async () => {
    const env = await bareEnv();
    const { clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    await writeShots(dir, ['a/v1'], { runId: 'r1', createdAt: '2026-01-01T00:00:00Z' });
    // Plain git here would stop with "Please tell me who you are".
    expect(() => git(dir, ['commit', '--allow-empty', '-m', 'x'], env)).toThrow(/tell me who you are/);
    const result = await commitRun(dir, 'generated', 'generate: 1 ok', {
      env: { ...env, GITHUB_ACTIONS: 'true' },
      trailers: { 'Shotlist-Run': 'r1' },
    });
    expect(result.committed).toBe(true);
    const bot = `${ACTIONS_BOT.name} <${ACTIONS_BOT.email}>`;
    expect(author(dir, env)).toBe(`${bot}|${bot}`);
    expect(git(dir, ['log', '-1', '--format=%(trailers:key=Shotlist-Run,valueonly)'], env).trim()).toBe('r1');
    // No global config was written to make it work.
    expect(() => git(dir, ['config', '--global', '--get', 'user.name'], env)).toThrow();
  });

  it('takes the author from configuration first, then the user, then a fallback', async () => {
    const env = await bareEnv();
    const { clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    await writeShots(dir, ['a/v1'], { runId: 'r1', createdAt: '2026-01-01T00:00:00Z' });
    await commitRun(dir, 'generated', 'm', {
      env: { ...env, GITHUB_ACTIONS: 'true' },
      author: 'Catalog Bot <catalog@shop.example>',
    });
    expect(author(dir, env)).toMatch(/^Catalog Bot <catalog@shop.example>\|/);

    await writeShots(dir, ['b/v1'], { runId: 'r2', createdAt: '2026-01-01T00:00:00Z' });
    await commitRun(dir, 'generated', 'm', { env });
    expect(author(dir, env)).toBe(
      `${FALLBACK_IDENTITY.name} <${FALLBACK_IDENTITY.email}>|${FALLBACK_IDENTITY.name} <${FALLBACK_IDENTITY.email}>`,
    );

    git(dir, ['config', 'user.name', 'Dana Dev'], env);
    git(dir, ['config', 'user.email', 'dana@example.invalid'], env);
    await writeShots(dir, ['c/v1'], { runId: 'r3', createdAt: '2026-01-01T00:00:00Z' });
    await commitRun(dir, 'generated', 'm', { env });
    expect(author(dir, env)).toMatch(/^Dana Dev <dana@example.invalid>\|/);
  });

  it('commits only the store, leaves the user’s staged work alone, and skips a report-only change', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    await writeFile(path.join(dir, 'notes.txt'), 'mine\n');
    git(dir, ['add', 'notes.txt'], env);
    await writeShots(dir, ['a/v1'], { runId: 'r1', createdAt: '2026-01-01T00:00:00Z' });
    await mkdir(path.join(dir, 'generated/reports'), { recursive: true });
    await writeFile(path.join(dir, 'generated/reports/r1.json'), '{}\n');
    const first = await commitRun(dir, 'generated', 'run 1', { env, reportRel: 'generated/reports/r1.json' });
    expect(first.committed).toBe(true);
    const files = git(dir, ['show', '--name-only', '--format=', 'HEAD'], env).trim().split('\n').sort();
    expect(files).toEqual(['generated/a/v1.webp', 'generated/manifest.jsonl', 'generated/reports/r1.json']);
    // notes.txt is still staged, not committed; the store shows clean.
    expect(git(dir, ['status', '--porcelain'], env)).toBe('A  notes.txt\n');

    await writeFile(path.join(dir, 'generated/reports/r2.json'), '{}\n');
    const second = await commitRun(dir, 'generated', 'run 2', {
      env,
      reportRel: 'generated/reports/r2.json',
    });
    expect(second).toMatchObject({ committed: false, reason: 'nothing-to-commit' });
    expect(git(dir, ['rev-list', '--count', 'HEAD'], env).trim()).toBe('2');
  });

  it('commits on a detached HEAD and in a folder that is not a repository says so', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    git(dir, ['checkout', '-q', '--detach'], env);
    await writeShots(dir, ['a/v1'], { runId: 'r1', createdAt: '2026-01-01T00:00:00Z' });
    const r = await commitRun(dir, 'generated', 'run', { env });
    expect(r.committed && git(dir, ['rev-parse', 'HEAD'], env).trim() === r.sha).toBe(true);
    expect(git(dir, ['rev-parse', 'main'], env).trim()).not.toBe(git(dir, ['rev-parse', 'HEAD'], env).trim());

    const plain = path.join(path.dirname(dir), 'plain');
    await mkdir(plain);
    expect(await commitRun(plain, 'generated', 'run', { env })).toMatchObject({
      committed: false,
      reason: 'not-a-repo',
    });
  });
});
