/** What the action adds around the core's delivery: catch up before a run, and the delivery options. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GenerateOptions } from '../../src/core/generate.js';
import type { GitSettings } from '../../src/domain/config.js';
import { githubPullRequests } from '../../src/store/pull-requests.js';
import type { StepContext } from './context.js';

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

/**
 * What the core's delivery needs from the workflow: push or pull request (a runner's checkout is
 * thrown away, so `commit` means commit and push here), the branch the event names, and the pull
 * requests of this repository through the github-token input.
 */
export function deliveryOptions(
  ctx: StepContext,
  branch: string | undefined,
  configured: GitSettings['delivery'] | undefined,
): Pick<GenerateOptions, 'delivery' | 'branch' | 'pullRequests'> {
  const wanted = ctx.settings.delivery === 'config' ? (configured ?? 'commit') : ctx.settings.delivery;
  // Without a branch there is nothing to push to: the commit stays in the checkout, as the summary says.
  if (!branch) return { delivery: 'commit' };
  const out: Pick<GenerateOptions, 'delivery' | 'branch' | 'pullRequests'> = {
    delivery: wanted === 'pull-request' ? 'pull-request' : 'push',
    branch,
  };
  const repository = ctx.env.GITHUB_REPOSITORY;
  if (ctx.settings.githubToken && repository)
    out.pullRequests = githubPullRequests({
      token: ctx.settings.githubToken,
      repository,
      ...(ctx.env.GITHUB_API_URL ? { baseUrl: ctx.env.GITHUB_API_URL } : {}),
    });
  return out;
}
