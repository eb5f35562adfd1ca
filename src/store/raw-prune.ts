import type { GitRunner } from './git-exec.js';
import type { GitIdentity } from './git-identity.js';
import { isRaceRejection } from './git-push.js';
import { commitTree, withTempIndex } from './git-store.js';
import { RAW_REF } from './raw-ref.js';

const RAW_PRUNE_TIP = 'refs/shotlist/raw-prune-tip';

export interface RawOrphans {
  /** The raw ref's tip the plan was made from (the remote's, when there is a remote). */
  tip?: string;
  /** Files on the raw ref no kept record points at, sorted. */
  files: string[];
  kept: string[];
}

async function resolveRef(git: GitRunner, ref: string): Promise<string | undefined> {
  const out = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1] });
  return out.trim() || undefined;
}

/** The raw ref's files that no kept record's raw.path names; the remote's tip when there is one. */
export async function planRawPrune(
  git: GitRunner,
  remote: string | undefined,
  referenced: ReadonlySet<string>,
): Promise<RawOrphans> {
  let tip = await resolveRef(git, RAW_REF);
  if (remote) {
    const listed = (await git(['ls-remote', remote, RAW_REF])).trim();
    if (listed) {
      await git(['fetch', '--quiet', '--no-tags', remote, `+${RAW_REF}:${RAW_PRUNE_TIP}`]);
      tip = await resolveRef(git, RAW_PRUNE_TIP);
    }
  }
  if (!tip) return { files: [], kept: [] };
  const all = (await git(['ls-tree', '-r', '--name-only', tip])).split('\n').filter(Boolean);
  return {
    tip,
    files: all.filter((f) => !referenced.has(f)).sort(),
    kept: all.filter((f) => referenced.has(f)),
  };
}

/**
 * Replaces the raw ref with one new commit, without parent, holding only the referenced files: a
 * commit on top would keep every orphan in the history a run fetches. Only this ref is ever
 * forced, and only with a lease on the tip the plan saw: a run that added raw outputs meanwhile
 * makes the push fail (prune again), never lose them.
 */
export async function applyRawPrune(
  git: GitRunner,
  remote: string | undefined,
  plan: RawOrphans,
  identity: GitIdentity,
): Promise<string | undefined> {
  if (!plan.tip || plan.files.length === 0) return undefined;
  const tree = await withTempIndex(async (env) => {
    await git(['read-tree', plan.tip!], { env });
    const gone = plan.files.map((f) => `0 ${'0'.repeat(40)}\t${f}\0`).join('');
    await git(['update-index', '-z', '--index-info'], { env, input: gone });
    return (await git(['write-tree'], { env })).trim();
  });
  const message = `prune: ${plan.files.length} raw outputs no record uses; ${plan.kept.length} kept\n`;
  const sha = await commitTree(git, tree, [], message, identity);
  if (remote) {
    try {
      await git([
        'push',
        '--quiet',
        '--no-verify',
        `--force-with-lease=${RAW_REF}:${plan.tip}`,
        remote,
        `${sha}:${RAW_REF}`,
      ]);
    } catch (error) {
      if (!isRaceRejection(error)) throw error;
      throw new Error(
        `${RAW_REF} on ${remote} moved while pruning (a run added raw outputs); nothing was removed from it. Run shotlist prune --apply again`,
        { cause: error },
      );
    }
  }
  await git(['update-ref', RAW_REF, sha]);
  return sha;
}
