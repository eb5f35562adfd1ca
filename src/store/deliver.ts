import type { GitSettings } from '../domain/config.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { gitRunner, type Env, type GitRunner } from './git-exec.js';
import { pushWithRetry } from './git-push.js';
import type { GitIdentity } from './git-identity.js';
import { commitRun, withTrailers } from './git-store.js';
import type { PullRequests } from './pull-requests.js';
import { commitRaw, ignoreRawInTree, pushRaw } from './raw-ref.js';
import { pushReview } from './review-delivery.js';
import { commitWithoutReview, pendingReview, type IsReviewKey } from './review-split.js';

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
  /** Keys of shots whose placement says `review: true`: with `delivery: push` they go to the pull request. */
  isReview?: IsReviewKey;
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
  /** Shots of review placements pushed to the pull-request branch instead of the branch. */
  review?: { branch: string; sha: string; keys: string[] };
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
  const parent = (
    await git(['rev-parse', '--verify', '--quiet', `${committed.sha}^`], { okCodes: [1] })
  ).trim();
  const pending =
    o.isReview && o.git.delivery !== 'pull-request'
      ? await pendingReview(git, parent || undefined, committed.sha, `${store}/manifest.jsonl`, o.isReview)
      : [];
  if (o.git.delivery === 'commit') {
    if (pending.length)
      warnings.push(
        `${pending.length} shot${pending.length === 1 ? '' : 's'} of review placements (${pending.map((r) => r.key).join(', ')}) committed with the rest: git.delivery commit pushes nothing, so no pull request is opened. Review them before you push, or set git.delivery to push (review shots then go to a pull request)`,
      );
    return result;
  }
  const base = await targetBranch(git, o.git.branch, o.env);
  if (pending.length && parent)
    return deliverWithReview(git, o, result, {
      full: committed.sha,
      parent,
      pending,
      base,
      identity,
      rawFiles,
    });

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
    onRetry: retryLog(o, branch),
  });
  result.pushed = { remote: o.git.remote, branch, ...pushed };
  if (rawFiles.length) await pushRaw(git, o.git.remote, rawFiles, o.runId, identity);
  if (o.git.delivery !== 'pull-request') return result;
  const title = o.pullRequest?.title ?? `shotlist: images for ${base}`;
  await openPullRequest(o, result, { head: branch, base, title });
  return result;
}

function retryLog(o: DeliverOptions, branch: string) {
  return ({ attempt, waitMs }: { attempt: number; waitMs: number }) =>
    o.onLog?.(
      `push to ${o.git.remote} ${branch} raced another push (attempt ${attempt}); merged by key, retrying in ${waitMs} ms`,
    );
}

/** Opens the pull request from `head`, or updates the open one, with the run report as its body. */
async function openPullRequest(
  o: DeliverOptions,
  result: DeliveryResult,
  pr: { head: string; base: string; title: string },
): Promise<void> {
  if (!o.pullRequests) {
    result.warnings.push(
      `pushed ${pr.head} but opened no pull request: no GitHub token (set GITHUB_TOKEN, with pull-requests: write)`,
    );
    return;
  }
  const body = o.pullRequest?.body ?? o.message;
  const open = await o.pullRequests.find(pr.head);
  const made = open
    ? await o.pullRequests.update(open.number, { title: pr.title, body })
    : await o.pullRequests.create({ ...pr, body });
  result.pullRequest = { ...made, created: !open };
}

interface Split {
  full: string;
  parent: string;
  pending: ManifestRecord[];
  base: string;
  identity: GitIdentity;
  rawFiles: string[];
}

/**
 * `delivery: push` with shots of review placements: the branch gets the run without them, the
 * pull-request branch gets the branch's new tip plus every review shot still waiting. HEAD ends at
 * the branch's tip; the review shots stay in the work tree (uncommitted), so a local rerun does
 * not make them again, and the next delivery splits them off again until the pull request is merged.
 */
async function deliverWithReview(
  git: GitRunner,
  o: DeliverOptions,
  result: DeliveryResult,
  s: Split,
): Promise<DeliveryResult> {
  const store = o.storeRel.replace(/\/+$/, '');
  const keys = s.pending.map((r) => r.key);
  const prBranch = o.git.pullRequestBranch.replaceAll('{base}', s.base);
  const note = `${keys.length} shot${keys.length === 1 ? '' : 's'} of review placements wait in ${prBranch}: ${keys.join(', ')}`;
  const { head, tip, mainCommit } = await deliverBranchPart(git, o, result, s, note);
  if (s.rawFiles.length) await pushRaw(git, o.git.remote, s.rawFiles, o.runId, s.identity);
  const title = `shotlist: ${keys.length} shot${keys.length === 1 ? '' : 's'} for review`;
  const review = await pushReview({
    git,
    remote: o.git.remote,
    branch: prBranch,
    base: tip,
    storeRel: store,
    isReview: o.isReview!,
    run: { commit: s.full, records: s.pending },
    ...(!mainCommit && o.reportRel ? { extra: [{ commit: s.full, file: o.reportRel }] } : {}),
    message: withTrailers(`${title}\n\n${keys.map((k) => `- ${k}`).join('\n')}`, { 'Shotlist-Run': o.runId }),
    identity: s.identity,
    ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
  });
  // The work tree shows the branch's tip plus the shots waiting for review; the index the tip.
  if (tip !== head) await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', tip, head]);
  await git(['checkout', review?.sha ?? tip, '--', store]);
  await git(['reset', '-q', tip, '--', store]);
  if (!review) return result;
  result.review = { branch: prBranch, sha: review.sha, keys };
  await openPullRequest(o, result, { head: prBranch, base: s.base, title });
  return result;
}

/**
 * The branch's part of a split run: its commit without the review shots, HEAD moved there (before
 * anything is pushed, so a failed push cannot take them along), then pushed. `tip` is the pushed
 * commit (rebuilt on a race), `head` the local one.
 */
async function deliverBranchPart(
  git: GitRunner,
  o: DeliverOptions,
  result: DeliveryResult,
  s: Split,
  note: string,
): Promise<{ head: string; tip: string; mainCommit?: string }> {
  const store = o.storeRel.replace(/\/+$/, '');
  const mainCommit = await commitWithoutReview(git, {
    parent: s.parent,
    commit: s.full,
    storeRel: store,
    pending: s.pending,
    message: withTrailers(`${o.message.trimEnd()}\n\n${note}`, { 'Shotlist-Run': o.runId }),
    identity: s.identity,
  });
  const head = mainCommit ?? s.parent;
  await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', head, s.full]);
  await git(['reset', '-q', head, '--', store]);
  if (!mainCommit) {
    delete result.commit;
    result.noCommit = `only shots of review placements changed: nothing for ${s.base}; ${note}`;
    return { head, tip: head };
  }
  const pushed = await pushWithRetry({
    git,
    remote: o.git.remote,
    branch: s.base,
    storeRel: store,
    runCommit: mainCommit,
    identity: s.identity,
    followHead: false,
    ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
    ...(o.backoffMs !== undefined ? { backoffMs: o.backoffMs } : {}),
    onRetry: retryLog(o, s.base),
  });
  result.pushed = { remote: o.git.remote, branch: s.base, ...pushed };
  result.commit = { ...result.commit!, sha: mainCommit };
  return { head, tip: pushed.sha, mainCommit };
}
