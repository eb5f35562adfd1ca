import { GitError, type GitRunner } from './git-exec.js';
import type { GitIdentity } from './git-identity.js';
import { commitTree, moveHead, withTempIndex } from './git-store.js';
import { parseManifest, serialiseManifest, serialiseRecord } from './manifest.js';
import { mergeRecords } from './manifest-merge.js';
import type { ManifestRecord } from '../domain/manifest-record.js';

export interface PushOptions {
  git: GitRunner;
  remote: string;
  /** The branch pushed to (`refs/heads/<branch>`), whatever HEAD is: works from a detached HEAD. */
  branch: string;
  storeRel: string;
  /** The run's own commit (HEAD): replayed onto the remote tip when the push is rejected. */
  runCommit: string;
  identity: GitIdentity;
  /** Attempts in all, the first included (default 6). */
  maxAttempts?: number;
  /** First wait between attempts; doubled each time, with jitter (default 500 ms). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; waitMs: number; reason: string }) => void;
  /** Move HEAD and the work tree along with a rebuilt commit (default true). */
  followHead?: boolean;
}

export interface PushResult {
  sha: string;
  attempts: number;
  /** Times the run's commit was rebuilt on a remote tip that had moved. */
  rebuilt: number;
}

/** The remote refused because its branch moved on: the cases a fetch and a replay can fix. */
export function isRaceRejection(error: unknown): boolean {
  if (!(error instanceof GitError)) return false;
  return /non-fast-forward|fetch first|\[rejected\]|stale info|cannot lock ref|failed to update ref|incorrect old value/i.test(
    error.stderr,
  );
}

const TIP_REF = 'refs/shotlist/push-tip';

/**
 * Pushes HEAD to `remote`'s `branch` without ever forcing. When another run got there first, fetch
 * its tip, replay this run's commit on top of it (manifests merged by key, the newer record per key
 * winning; each image taken from the side whose record won) and try again, with bounded attempts
 * and exponential backoff with jitter.
 */
export async function pushWithRetry(o: PushOptions): Promise<PushResult> {
  const max = o.maxAttempts ?? 6;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let commit = o.runCommit;
  let rebuilt = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      await o.git(['push', '--quiet', '--no-verify', o.remote, `${commit}:refs/heads/${o.branch}`]);
      return { sha: commit, attempts: attempt, rebuilt };
    } catch (error) {
      if (!isRaceRejection(error) || attempt >= max) {
        const why = isRaceRejection(error)
          ? `the branch kept moving: still rejected after ${max} attempts`
          : (error as Error).message;
        throw new Error(
          `could not push the run's commit to ${o.remote} ${o.branch}: ${why}. The commit is kept locally (${commit.slice(0, 12)}); push it by hand or rerun`,
          { cause: error },
        );
      }
      // The first replay goes straight back: with two racing runs the tip rarely moves twice.
      // Later ones back off exponentially with jitter, so several runs stop colliding in step.
      const waitMs =
        attempt === 1 ? 0 : Math.round((o.backoffMs ?? 500) * 2 ** (attempt - 2) * (0.5 + Math.random()));
      o.onRetry?.({ attempt, waitMs, reason: (error as GitError).stderr.split('\n')[0] ?? '' });
      const tip = await fetchTip(o.git, o.remote, o.branch);
      const next = await replayOnto(o.git, commit, tip, o.storeRel, o.identity);
      if (o.followHead !== false) await moveHead(o.git, commit, next);
      commit = next;
      rebuilt++;
      await sleep(waitMs);
    }
  }
}

async function fetchTip(git: GitRunner, remote: string, branch: string): Promise<string> {
  // A private ref of ours, so the user's remote-tracking refs are not rewritten; `+` because the
  // previous attempt's tip is an ancestor we no longer need.
  await git(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${TIP_REF}`]);
  return (await git(['rev-parse', TIP_REF])).trim();
}

async function showFile(git: GitRunner, commit: string, rel: string): Promise<string | undefined> {
  try {
    return await git(['show', `${commit}:${rel}`]);
  } catch {
    return undefined;
  }
}

async function manifestAt(git: GitRunner, commit: string | undefined, rel: string) {
  const text = commit ? await showFile(git, commit, rel) : undefined;
  return text === undefined ? undefined : parseManifest(text, `${commit!.slice(0, 12)}:${rel}`).records;
}

function paths(r: ManifestRecord): string[] {
  return [r.output?.path, r.raw?.path].filter((p): p is string => Boolean(p));
}

/**
 * A new commit on `tip` with this run's changes (those of `commit` against its parent): files it
 * added, changed or deleted, except where the remote's record won its key; the manifest merged.
 */
export async function replayOnto(
  git: GitRunner,
  commit: string,
  tip: string,
  storeRel: string,
  identity: GitIdentity,
): Promise<string> {
  const manifestRel = `${storeRel.replace(/\/+$/, '')}/manifest.jsonl`;
  const parent =
    (await git(['rev-parse', '--verify', '--quiet', `${commit}^`], { okCodes: [1] })).trim() || undefined;
  const base = await manifestAt(git, parent, manifestRel);
  const ours = (await manifestAt(git, commit, manifestRel)) ?? new Map<string, ManifestRecord>();
  const theirs = (await manifestAt(git, tip, manifestRel)) ?? new Map<string, ManifestRecord>();
  const merged = mergeRecords(base, ours, theirs);
  // Files belonging to a key whose remote record won stay as the remote has them.
  const theirsWon = new Set<string>();
  for (const [key, r] of merged) {
    const mine = ours.get(key);
    if (!mine || serialiseRecord(mine) !== serialiseRecord(r)) for (const p of paths(r)) theirsWon.add(p);
  }
  const diff = parent
    ? await git(['diff-tree', '-r', '--no-commit-id', '--no-renames', '-z', '--raw', parent, commit])
    : await git(['diff-tree', '-r', '--root', '--no-commit-id', '--no-renames', '-z', '--raw', commit]);
  const lines: string[] = [];
  const fields = diff.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i]!;
    const file = fields[i + 1]!;
    if (!meta.startsWith(':') || file === manifestRel || theirsWon.has(file)) continue;
    const [, newMode, , newSha, status] = meta.slice(1).split(/\s+/);
    if (status === 'D') lines.push(`0 ${'0'.repeat(40)}\t${file}`);
    else lines.push(`${newMode} ${newSha}\t${file}`);
  }
  const manifestBlob = (
    await git(['hash-object', '-w', '--stdin'], { input: serialiseManifest(merged.values()) })
  ).trim();
  lines.push(`100644 ${manifestBlob}\t${manifestRel}`);
  const tree = await withTempIndex(async (env) => {
    await git(['read-tree', tip], { env });
    await git(['update-index', '-z', '--index-info'], { env, input: lines.map((l) => `${l}\0`).join('') });
    return (await git(['write-tree'], { env })).trim();
  });
  const message = await git(['log', '-1', '--format=%B', commit]);
  return commitTree(git, tree, [tip], message, identity);
}
