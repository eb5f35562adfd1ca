import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { writeFileAtomic } from './atomic-file.js';
import type { GitRunner } from './git-exec.js';
import type { GitIdentity } from './git-identity.js';
import { isRaceRejection } from './git-push.js';
import { commitTree, withTempIndex } from './git-store.js';

/**
 * Raw provider outputs (kept so a change of size or format re-derives without paying again) live
 * on their own ref. `git clone` and actions/checkout fetch branches and tags only, so the raw
 * bytes never reach a clone of the branch; a run that needs one fetches this ref.
 */
export const RAW_REF = 'refs/shotlist/raw';
const RAW_TIP = 'refs/shotlist/raw-remote-tip';

async function resolve(git: GitRunner, ref: string): Promise<string | undefined> {
  return (
    (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1] })).trim() || undefined
  );
}

/** `<store>/.gitignore` gets `/.raw/`, so the raw files in the work tree do not show as untracked. */
export async function ignoreRawInTree(root: string, storeRel: string): Promise<void> {
  const file = path.join(root, storeRel, '.gitignore');
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text.split('\n').some((l) => l.trim() === '/.raw/')) return;
  await writeFile(
    file,
    `${text}${text && !text.endsWith('\n') ? '\n' : ''}# raw provider outputs live on ${RAW_REF}\n/.raw/\n`,
  );
}

/** A commit on `parent` (or none) whose tree is parent's plus the given files from the work tree. */
async function rawCommit(
  git: GitRunner,
  parent: string | undefined,
  files: string[],
  message: string,
  identity: GitIdentity,
): Promise<string | undefined> {
  const tree = await withTempIndex(async (env) => {
    if (parent) await git(['read-tree', parent], { env });
    // Content-addressed names: a path already on the ref holds the same bytes.
    const known = parent
      ? new Set((await git(['ls-tree', '-r', '--name-only', parent])).split('\n'))
      : new Set<string>();
    const added = files.filter((f) => !known.has(f));
    if (added.length === 0) return undefined;
    const blobs = (await git(['hash-object', '-w', '--stdin-paths'], { input: added.join('\n') + '\n' }))
      .trim()
      .split('\n');
    const info = added.map((f, i) => `100644 ${blobs[i]}\t${f}\0`).join('');
    await git(['update-index', '-z', '--index-info'], { env, input: info });
    return (await git(['write-tree'], { env })).trim();
  });
  if (!tree) return undefined;
  return commitTree(git, tree, parent ? [parent] : [], message, identity);
}

/**
 * Adds the run's raw files to RAW_REF (locally). Returns the new tip, or undefined when every file
 * was already there.
 */
export async function commitRaw(
  git: GitRunner,
  files: string[],
  runId: string,
  identity: GitIdentity,
): Promise<string | undefined> {
  if (files.length === 0) return undefined;
  const parent = await resolve(git, RAW_REF);
  const sha = await rawCommit(git, parent, files, `raw outputs of run ${runId}\n`, identity);
  if (sha) await git(['update-ref', RAW_REF, sha, parent ?? '0'.repeat(40)]);
  return sha;
}

/**
 * Pushes RAW_REF without forcing. Raw files are named by content, so two runs' trees merge by
 * union: on a race, add our files to the remote tip and try again.
 */
export async function pushRaw(
  git: GitRunner,
  remote: string,
  files: string[],
  runId: string,
  identity: GitIdentity,
  maxAttempts = 6,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const tip = await resolve(git, RAW_REF);
    if (!tip) return;
    try {
      await git(['push', '--quiet', '--no-verify', remote, `${RAW_REF}:${RAW_REF}`]);
      return;
    } catch (error) {
      if (!isRaceRejection(error) || attempt >= maxAttempts) throw error;
      await git(['fetch', '--quiet', '--no-tags', remote, `+${RAW_REF}:${RAW_TIP}`]);
      const remoteTip = (await resolve(git, RAW_TIP))!;
      const next =
        (await rawCommit(git, remoteTip, files, `raw outputs of run ${runId}\n`, identity)) ?? remoteTip;
      await git(['update-ref', RAW_REF, next, tip]);
    }
  }
}

/**
 * Writes back the raw files that records point at and the work tree lacks (a fresh clone), from
 * RAW_REF, fetched from `remote` first when given. Returns how many were restored; a file the ref
 * lacks is left missing (the shot then calls its provider again).
 */
export async function restoreRaw(
  git: GitRunner,
  records: Iterable<ManifestRecord>,
  remote?: string,
): Promise<{ restored: number; missing: number }> {
  const wanted: string[] = [];
  for (const r of records) {
    if (!r.raw?.path) continue;
    try {
      await readFile(path.join(git.root, r.raw.path));
    } catch {
      wanted.push(r.raw.path);
    }
  }
  if (wanted.length === 0) return { restored: 0, missing: 0 };
  if (remote) {
    // A missing remote ref is not an error: nothing was kept there yet.
    await git(['fetch', '--quiet', '--no-tags', remote, `+${RAW_REF}:${RAW_TIP}`], { okCodes: [128] });
  }
  const source = (await resolve(git, RAW_TIP)) ?? (await resolve(git, RAW_REF));
  if (!source) return { restored: 0, missing: wanted.length };
  const present = new Set((await git(['ls-tree', '-r', '--name-only', source])).split('\n'));
  let restored = 0;
  for (const rel of wanted) {
    if (!present.has(rel)) continue;
    const bytes = await git.bytes(['cat-file', 'blob', `${source}:${rel}`]);
    await writeFileAtomic(path.join(git.root, rel), bytes);
    restored++;
  }
  return { restored, missing: wanted.length - restored };
}
