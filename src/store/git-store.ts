import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gitRunner, type Env, type GitRunner } from './git-exec.js';
import { identityEnv, resolveIdentity, type GitIdentity } from './git-identity.js';

export type CommitResult =
  | { committed: true; sha: string; identity: GitIdentity }
  | { committed: false; reason: 'not-a-repo' | 'nothing-to-commit'; message: string };

export interface CommitOptions {
  /** The host's environment (identity in CI, GIT_* variables); omitted: the process's own. */
  env?: Env;
  /** `Name <email>` from shotlist.yaml's `git.author`. */
  author?: string;
  /** Trailers naming the run, appended after a blank line (`Shotlist-Run: <id>`). */
  trailers?: Record<string, string>;
  /**
   * This run's report: committed with the run's other changes, never on its own (a report alone
   * is not worth a commit). Omitted: all reports under the store go with the change.
   */
  reportRel?: string;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export function withTrailers(message: string, trailers: Record<string, string> = {}): string {
  const lines = Object.entries(trailers).map(([k, v]) => `${k}: ${v}`);
  const body = message.trimEnd();
  return lines.length ? `${body}\n\n${lines.join('\n')}\n` : `${body}\n`;
}

export async function isWorkTree(git: GitRunner): Promise<boolean> {
  try {
    return (await git(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

export async function headSha(git: GitRunner): Promise<string | undefined> {
  const out = (await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] })).trim();
  return out || undefined;
}

/** Runs `fn` with a private index file, so the user's own staged changes are never committed. */
export async function withTempIndex<T>(fn: (env: Env) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-index-'));
  try {
    return await fn({ GIT_INDEX_FILE: path.join(dir, 'index') });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Commits the store folder (images, review copies, manifest, this run's report) as one commit on
 * HEAD, a branch or a detached HEAD alike. Built on a private index with commit-tree, so only
 * store paths enter it, no hook runs, and no identity has to be configured (see resolveIdentity).
 * Nothing is committed when nothing but reports changed.
 */
export async function commitRun(
  root: string,
  storeRel: string,
  message: string,
  options: CommitOptions = {},
): Promise<CommitResult> {
  const git = gitRunner(root, options.env);
  if (!(await isWorkTree(git))) {
    return {
      committed: false,
      reason: 'not-a-repo',
      message: `${root} is not in a git repository; the images and manifest were written but not committed (run git init, or pass --no-commit to silence this)`,
    };
  }
  const store = storeRel.replace(/\/+$/, '');
  const parent = await headSha(git);
  const excluded = [`:(exclude)${store}/reports`];
  const tree = await withTempIndex(async (env) => {
    if (parent) await git(['read-tree', parent], { env });
    await git(['add', '-A', '--', store, ...excluded], { env });
    const changed = parent
      ? (await git(['diff-index', '--cached', '--name-only', parent, '--', store], { env })).trim()
      : (await git(['ls-files', '--', store], { env })).trim();
    if (!changed) return undefined;
    // A caller that names its report commits only that one; otherwise every report under the
    // store goes with the change (a merge of shard parts brings one per shard).
    const reports = options.reportRel ?? `${store}/reports`;
    if (await exists(path.join(root, reports))) await git(['add', '-A', '--', reports], { env });
    return (await git(['write-tree'], { env })).trim();
  });
  if (!tree) {
    return {
      committed: false,
      reason: 'nothing-to-commit',
      message: 'no image or manifest record changed under the store; no commit made',
    };
  }
  const identity = await resolveIdentity(git, options.env ?? {}, options.author);
  const sha = await commitTree(
    git,
    tree,
    parent ? [parent] : [],
    withTrailers(message, options.trailers),
    identity,
  );
  // The user's index still shows the old store; the files already match the new commit.
  await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', sha, parent ?? '0'.repeat(40)]);
  await git(['reset', '-q', 'HEAD', '--', store]);
  return { committed: true, sha, identity };
}

export async function commitTree(
  git: GitRunner,
  tree: string,
  parents: string[],
  message: string,
  identity: GitIdentity,
): Promise<string> {
  const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
  return (await git(args, { input: message, env: identityEnv(identity) })).trim();
}

/**
 * Points HEAD (its branch, or HEAD itself when detached) at `next`, compare-and-swap on `previous`.
 * The user's index and files follow for the paths that changed between the two (a two-tree
 * read-tree, as checkout does), so unrelated edits and staged changes elsewhere stay as they were.
 */
export async function moveHead(git: GitRunner, previous: string | undefined, next: string): Promise<void> {
  await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', next, previous ?? '0'.repeat(40)]);
  if (previous) await git(['read-tree', '-m', '-u', previous, next]);
  else await git(['read-tree', '-m', '-u', next]);
}
