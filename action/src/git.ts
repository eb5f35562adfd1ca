/** The few git operations the action adds around the core's commit: catch up before a run, push after. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

async function tryGit(cwd: string, args: string[]): Promise<{ ok: boolean; out: string }> {
  try {
    return { ok: true, out: await git(cwd, args) };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { ok: false, out: (e.stderr ?? e.message).trim() };
  }
}

/** The bot identity GitHub shows for commits made with the workflow token, unless one is configured. */
export async function ensureIdentity(cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const configured = await tryGit(cwd, ['config', 'user.email']);
  if ((configured.ok && configured.out) || env.GIT_AUTHOR_EMAIL) return;
  env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = 'github-actions[bot]';
  env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
}

/**
 * A rerun checks out the event's commit, which predates the images the first run pushed: fast-forward
 * to the branch's tip first so the manifest there says what is done. Returns what happened.
 */
export async function catchUp(cwd: string, branch: string): Promise<string> {
  const fetched = await tryGit(cwd, ['fetch', '--quiet', '--no-tags', 'origin', `refs/heads/${branch}`]);
  if (!fetched.ok)
    return `could not fetch origin/${branch} (${fetched.out}); working from the checked-out commit`;
  const head = await git(cwd, ['rev-parse', 'HEAD']);
  const tip = await git(cwd, ['rev-parse', 'FETCH_HEAD']);
  if (head === tip) return `at the tip of ${branch}`;
  const behind = await tryGit(cwd, ['merge-base', '--is-ancestor', head, tip]);
  if (!behind.ok) return `the checkout is not behind origin/${branch}; working from it`;
  await git(cwd, ['merge', '--ff-only', '--quiet', tip]);
  return `fast-forwarded from ${head.slice(0, 12)} to ${branch}'s tip ${tip.slice(0, 12)}`;
}

/** Pushes HEAD to the branch; on a non-fast-forward, rebases the run's commit onto the new tip (a few times). */
export async function pushRun(
  cwd: string,
  branch: string,
): Promise<{ ok: true; sha: string } | { ok: false; message: string }> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const pushed = await tryGit(cwd, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
    if (pushed.ok) return { ok: true, sha: await git(cwd, ['rev-parse', 'HEAD']) };
    if (!/non-fast-forward|fetch first|rejected/.test(pushed.out)) {
      return { ok: false, message: `git push to ${branch} failed: ${pushed.out}` };
    }
    const pulled = await tryGit(cwd, ['pull', '--quiet', '--rebase', '--no-tags', 'origin', branch]);
    if (!pulled.ok) {
      await tryGit(cwd, ['rebase', '--abort']);
      return {
        ok: false,
        message: `${branch} moved while generating and the run's commit does not rebase onto it (${pulled.out}); run the workflow again`,
      };
    }
  }
  return { ok: false, message: `git push to ${branch} was rejected three times; run the workflow again` };
}
