import type { ManifestRecord } from '../domain/manifest-record.js';
import type { GitRunner } from './git-exec.js';
import type { GitIdentity } from './git-identity.js';
import { commitTree, withTempIndex } from './git-store.js';
import { newerRecord, parseManifest, serialiseManifest, serialiseRecord } from './manifest.js';

/**
 * Shots of `review: true` placements go through a pull request even when the rest of a run lands
 * on the branch. A run's commit is split in two: the branch gets everything but the review shots
 * (their records as the parent had them), and the pull-request branch gets the branch's tip plus
 * the review shots. The manifest is merged by key, so either commit reads consistently.
 */

export type IsReviewKey = (key: string) => boolean;

const ZERO = '0'.repeat(40);

async function blobAt(git: GitRunner, commit: string, rel: string): Promise<string | undefined> {
  const out = await git(['rev-parse', '--verify', '--quiet', `${commit}:${rel}`], { okCodes: [1, 128] });
  return out.trim() || undefined;
}

export async function manifestRecordsAt(
  git: GitRunner,
  commit: string | undefined,
  manifestRel: string,
): Promise<Map<string, ManifestRecord>> {
  if (!commit || !(await blobAt(git, commit, manifestRel))) return new Map();
  const text = await git(['show', `${commit}:${manifestRel}`]);
  return parseManifest(text, `${commit.slice(0, 12)}:${manifestRel}`).records;
}

function pathsOf(r: ManifestRecord | undefined): string[] {
  return [r?.output?.path, r?.raw?.path].filter((p): p is string => Boolean(p));
}

const same = (a: ManifestRecord | undefined, b: ManifestRecord | undefined) =>
  a !== undefined && b !== undefined && serialiseRecord(a) === serialiseRecord(b);

/** Records of review keys in `commit`'s manifest that its parent does not have as they are. */
export async function pendingReview(
  git: GitRunner,
  parent: string | undefined,
  commit: string,
  manifestRel: string,
  isReview: IsReviewKey,
): Promise<ManifestRecord[]> {
  const before = await manifestRecordsAt(git, parent, manifestRel);
  const after = await manifestRecordsAt(git, commit, manifestRel);
  return [...after.values()].filter((r) => isReview(r.key) && !same(r, before.get(r.key)));
}

/** A tree: `base`'s with the index-info lines applied (`mode sha\tpath`; mode 0 deletes). */
async function editedTree(git: GitRunner, base: string | undefined, lines: string[]): Promise<string> {
  return withTempIndex(async (env) => {
    if (base) await git(['read-tree', base], { env });
    if (lines.length)
      await git(['update-index', '-z', '--index-info'], { env, input: lines.map((l) => `${l}\0`).join('') });
    return (await git(['write-tree'], { env })).trim();
  });
}

async function writeBlob(git: GitRunner, text: string): Promise<string> {
  return (await git(['hash-object', '-w', '--stdin'], { input: text })).trim();
}

async function changedFiles(git: GitRunner, parent: string | undefined, commit: string) {
  const diff = parent
    ? await git(['diff-tree', '-r', '--no-commit-id', '--no-renames', '-z', '--raw', parent, commit])
    : await git(['diff-tree', '-r', '--root', '--no-commit-id', '--no-renames', '-z', '--raw', commit]);
  const out: { file: string; line: string }[] = [];
  const fields = diff.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i]!;
    if (!meta.startsWith(':')) continue;
    const [, mode, , sha, status] = meta.slice(1).split(/\s+/);
    const file = fields[i + 1]!;
    out.push({ file, line: status === 'D' ? `0 ${ZERO}\t${file}` : `${mode} ${sha}\t${file}` });
  }
  return out;
}

/**
 * The branch's part of a run's commit: `commit`'s changes on `parent` without the pending review
 * shots (their files left as the parent has them, their records as the parent had them). Undefined
 * when nothing but reports would change: a report alone is not worth a commit.
 */
export async function commitWithoutReview(
  git: GitRunner,
  o: {
    parent: string | undefined;
    commit: string;
    storeRel: string;
    pending: ManifestRecord[];
    message: string;
    identity: GitIdentity;
  },
): Promise<string | undefined> {
  const manifestRel = `${o.storeRel}/manifest.jsonl`;
  const before = await manifestRecordsAt(git, o.parent, manifestRel);
  const after = await manifestRecordsAt(git, o.commit, manifestRel);
  const held = new Set(o.pending.flatMap((r) => [...pathsOf(r), ...pathsOf(before.get(r.key))]));
  for (const r of o.pending) {
    const old = before.get(r.key);
    if (old) after.set(r.key, old);
    else after.delete(r.key);
  }
  const kept = (await changedFiles(git, o.parent, o.commit)).filter(
    (c) => c.file !== manifestRel && !held.has(c.file),
  );
  const manifestText = serialiseManifest(after.values());
  const manifestChanged = manifestText !== serialiseManifest(before.values());
  const onlyReports = kept.every((c) => c.file.startsWith(`${o.storeRel}/reports/`));
  if (!manifestChanged && onlyReports) return undefined;
  const lines = kept.map((c) => c.line);
  lines.push(`100644 ${await writeBlob(git, manifestText)}\t${manifestRel}`);
  const tree = await editedTree(git, o.parent, lines);
  return commitTree(git, tree, o.parent ? [o.parent] : [], o.message, o.identity);
}

export interface ReviewSource {
  /** The commit holding the records' files. */
  commit: string;
  records: ManifestRecord[];
}

/**
 * The pull-request branch's commit: `base` (the branch's tip) plus the newest review record per key
 * from the sources, with its files, where it is newer than the branch's own record. `previous` (the
 * pull-request branch's tip) becomes a second parent when the branch lacks it, so the push is a
 * fast-forward and never a force. Undefined when no review record is newer than the branch's.
 */
export async function reviewCommit(
  git: GitRunner,
  o: {
    base: string;
    previous?: string;
    storeRel: string;
    sources: ReviewSource[];
    /** Files (reports) to bring from a source commit as they are. */
    extra?: { commit: string; file: string }[];
    message: string;
    identity: GitIdentity;
  },
): Promise<string | undefined> {
  const manifestRel = `${o.storeRel}/manifest.jsonl`;
  const records = await manifestRecordsAt(git, o.base, manifestRel);
  const chosen = new Map<string, { record: ManifestRecord; commit: string }>();
  for (const s of o.sources)
    for (const record of s.records) {
      const had = chosen.get(record.key);
      if (!had || newerRecord(had.record, record) === record)
        chosen.set(record.key, { record, commit: s.commit });
    }
  const lines: string[] = [];
  let overlaid = 0;
  for (const { record, commit } of chosen.values()) {
    const onBranch = records.get(record.key);
    if (onBranch && (same(onBranch, record) || newerRecord(onBranch, record) === onBranch)) continue;
    const paths = pathsOf(record);
    for (const p of pathsOf(onBranch)) if (!paths.includes(p)) lines.push(`0 ${ZERO}\t${p}`);
    for (const p of paths) {
      const blob = await blobAt(git, commit, p);
      // A raw output kept on refs/shotlist/raw is not in any branch's tree.
      if (blob) lines.push(`100644 ${blob}\t${p}`);
    }
    records.set(record.key, record);
    overlaid++;
  }
  if (overlaid === 0) return undefined;
  for (const x of o.extra ?? []) {
    const blob = await blobAt(git, x.commit, x.file);
    if (blob) lines.push(`100644 ${blob}\t${x.file}`);
  }
  lines.push(`100644 ${await writeBlob(git, serialiseManifest(records.values()))}\t${manifestRel}`);
  const tree = await editedTree(git, o.base, lines);
  const parents = [o.base];
  if (o.previous && !(await isAncestor(git, o.previous, o.base))) parents.push(o.previous);
  return commitTree(git, tree, parents, o.message, o.identity);
}

export async function isAncestor(git: GitRunner, a: string, b: string): Promise<boolean> {
  // Nothing reachable from a that b lacks: a is b or one of its ancestors.
  return (await git(['rev-list', '-n', '1', `${b}..${a}`])).trim() === '';
}
