import type { GitSettings } from '../domain/config.js';
import { gitRunner, type Env, type GitRunner } from './git-exec.js';
import { pushWithRetry } from './git-push.js';
import { commitRun } from './git-store.js';
import type { PullRequests } from './pull-requests.js';
import { commitRaw, ignoreRawInTree, pushRaw } from './raw-ref.js';

export interface DeliverOptions {
  root: string;
  storeRel: string;
  env: Env;
  git: GitSettings;
  runId: string;
  /** Commit message (summary line, blank line, body); trailers naming the run are added. */
  message: string;
  reportRel?: string;
  /** Raw files (repository-relative) this run's records point at. */
  rawFiles: string[];
  /** Needed for `delivery: pull-request`; without it the branch is pushed and no pull request opened. */
  pullRequests?: PullRequests;
  /** The pull request's title and body (the run report). */
  pullRequest?: { title: string; body: string };
  maxAttempts?: number;
  backoffMs?: number;
  onLog?: (message: string) => void;
}

export interface DeliveryResult {
  commit?: { sha: string; message: string; author: string };
  /** Why there is no commit. */
  noCommit?: string;
  pushed?: { remote: string; branch: string; sha: string; attempts: number; rebuilt: number };
  pullRequest?: { number: number; url: string; created: boolean };
  warnings: string[];
}

/** The branch to push to: configured, else the checked-out one, else the one CI checked out. */
export async function targetBranch(
  git: GitRunner,
  configured: string | undefined,
  env: Env,
): Promise<string> {
  if (configured) return configured;
  const current = (await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { okCodes: [1] })).trim();
  if (current) return current;
  if (env.GITHUB_REF?.startsWith('refs/heads/')) return env.GITHUB_REF.slice('refs/heads/'.length);
  throw new Error(
    'HEAD is detached and no branch to push to is known: set git.branch in shotlist.yaml (or GITHUB_REF to refs/heads/<branch>)',
  );
}

/**
 * One run's delivery: the commit (store paths only; raw outputs on their own ref unless
 * `git.raw: tree`), then by `git.delivery` nothing more, a push to the branch, or a push to the
 * pull-request branch with its pull request opened or updated.
 */
export async function deliverRun(o: DeliverOptions): Promise<DeliveryResult> {
  const git = gitRunner(o.root, o.env);
  const warnings: string[] = [];
  const store = o.storeRel.replace(/\/+$/, '');
  const rawOnRef = o.git.raw === 'ref';
  // The store's .gitignore keeps new raw files out of the commit (and out of `git status`).
  if (rawOnRef) await ignoreRawInTree(o.root, store);
  const trailers = { 'Shotlist-Run': o.runId };
  const committed = await commitRun(o.root, store, o.message, {
    env: o.env,
    trailers,
    ...(o.git.author ? { author: o.git.author } : {}),
    ...(o.reportRel ? { reportRel: o.reportRel } : {}),
  });
  if (!committed.committed) return { noCommit: committed.message, warnings };
  const { identity } = committed;
  const result: DeliveryResult = {
    commit: {
      sha: committed.sha,
      message: o.message.split('\n')[0]!,
      author: `${identity.name} <${identity.email}>`,
    },
    warnings,
  };
  if (identity.source === 'fallback')
    warnings.push(
      `git knows no identity here; committed as ${result.commit!.author} (set git.author in shotlist.yaml to choose one)`,
    );
  const rawFiles = rawOnRef ? o.rawFiles : [];
  if (rawFiles.length) await commitRaw(git, rawFiles, o.runId, identity);
  if (o.git.delivery === 'commit') return result;

  const base = await targetBranch(git, o.git.branch, o.env);
  const branch =
    o.git.delivery === 'pull-request' ? o.git.pullRequestBranch.replaceAll('{base}', base) : base;
  const pushed = await pushWithRetry({
    git,
    remote: o.git.remote,
    branch,
    storeRel: store,
    runCommit: committed.sha,
    identity,
    ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
    ...(o.backoffMs !== undefined ? { backoffMs: o.backoffMs } : {}),
    onRetry: ({ attempt, waitMs }) =>
      o.onLog?.(
        `push to ${o.git.remote} ${branch} raced another push (attempt ${attempt}); merged by key, retrying in ${waitMs} ms`,
      ),
  });
  result.pushed = { remote: o.git.remote, branch, ...pushed };
  if (rawFiles.length) await pushRaw(git, o.git.remote, rawFiles, o.runId, identity);
  if (o.git.delivery !== 'pull-request') return result;

  if (!o.pullRequests) {
    warnings.push(
      `pushed ${branch} but opened no pull request: no GitHub token (set GITHUB_TOKEN, with pull-requests: write)`,
    );
    return result;
  }
  const title = o.pullRequest?.title ?? `shotlist: images for ${base}`;
  const body = o.pullRequest?.body ?? o.message;
  const open = await o.pullRequests.find(branch);
  const pr = open
    ? await o.pullRequests.update(open.number, { title, body })
    : await o.pullRequests.create({ head: branch, base, title, body });
  result.pullRequest = { ...pr, created: !open };
  return result;
}
