import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export type CommitResult =
  | { committed: true; sha: string }
  | { committed: false; reason: 'not-a-repo' | 'nothing-to-commit'; message: string };

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/**
 * Commits the store folder (images, raw outputs, review copies, manifest, report) as one commit.
 * Only paths under the store are staged, so a user's unrelated edits stay uncommitted.
 */
export async function commitRun(root: string, storeRel: string, message: string): Promise<CommitResult> {
  try {
    const inside = (await git(root, ['rev-parse', '--is-inside-work-tree'])).trim();
    if (inside !== 'true') throw new Error('not inside a work tree');
  } catch {
    return {
      committed: false,
      reason: 'not-a-repo',
      message: `${root} is not in a git repository; the images and manifest were written but not committed (run git init, or pass --no-commit to silence this)`,
    };
  }
  await git(root, ['add', '-A', '--', storeRel]);
  try {
    await exec('git', ['diff', '--cached', '--quiet', '--', storeRel], { cwd: root });
    return {
      committed: false,
      reason: 'nothing-to-commit',
      message: 'nothing changed under the store; no commit made',
    };
  } catch {
    // exit 1: there are staged changes
  }
  await git(root, ['commit', '--quiet', '--no-verify', '-m', message, '--', storeRel]);
  const sha = (await git(root, ['rev-parse', 'HEAD'])).trim();
  return { committed: true, sha };
}
