import path from 'node:path';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { writeFileAtomic } from './atomic-file.js';
import type { GitRunner } from './git-exec.js';
import type { GitIdentity } from './git-identity.js';
import { isRaceRejection } from './git-push.js';
import { newerRecord, readManifest, writeManifest } from './manifest.js';
import { manifestRecordsAt, reviewCommit, type IsReviewKey, type ReviewSource } from './review-split.js';

const REVIEW_TIP = 'refs/shotlist/review-tip';

/** The pull-request branch's tip on the remote, fetched to a private ref; undefined when absent. */
export async function fetchReviewTip(
  git: GitRunner,
  remote: string,
  branch: string,
): Promise<string | undefined> {
  const listed = (await git(['ls-remote', '--heads', remote, `refs/heads/${branch}`])).trim();
  if (!listed) return undefined;
  await git(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${REVIEW_TIP}`]);
  return (await git(['rev-parse', REVIEW_TIP])).trim();
}

export interface ReviewPush {
  git: GitRunner;
  remote: string;
  branch: string;
  /** The base branch's tip the review commit builds on. */
  base: string;
  storeRel: string;
  isReview: IsReviewKey;
  /** This run's review records, with the commit holding their files. */
  run: ReviewSource;
  extra?: { commit: string; file: string }[];
  message: string;
  identity: GitIdentity;
  maxAttempts?: number;
}

/**
 * Pushes base + the pending review shots (this run's and those still waiting on the pull-request
 * branch from earlier runs) to the pull-request branch, never forcing: on a race, fetch and rebuild.
 * Returns the pushed commit, or undefined when the base already has every review record.
 */
export async function pushReview(o: ReviewPush): Promise<{ sha: string; attempts: number } | undefined> {
  const max = o.maxAttempts ?? 6;
  for (let attempt = 1; ; attempt++) {
    const previous = await fetchReviewTip(o.git, o.remote, o.branch);
    const waiting = previous
      ? [...(await manifestRecordsAt(o.git, previous, `${o.storeRel}/manifest.jsonl`)).values()].filter(
          (r: ManifestRecord) => o.isReview(r.key),
        )
      : [];
    const sources: ReviewSource[] = previous ? [{ commit: previous, records: waiting }, o.run] : [o.run];
    const sha = await reviewCommit(o.git, {
      base: o.base,
      ...(previous ? { previous } : {}),
      storeRel: o.storeRel,
      sources,
      ...(o.extra ? { extra: o.extra } : {}),
      message: o.message,
      identity: o.identity,
    });
    if (!sha) return undefined;
    try {
      await o.git(['push', '--quiet', '--no-verify', o.remote, `${sha}:refs/heads/${o.branch}`]);
      return { sha, attempts: attempt };
    } catch (error) {
      if (!isRaceRejection(error) || attempt >= max)
        throw new Error(
          `could not push the shots waiting for review to ${o.remote} ${o.branch}: ${(error as Error).message}. Rerun to try again`,
          { cause: error },
        );
    }
  }
}

/**
 * A fresh checkout of the branch lacks the review shots still waiting on the pull-request branch:
 * brings their records and files into the work tree first, so the run does not pay for them again.
 * Only records newer than the work tree's own are taken. Returns the keys restored.
 */
export async function restoreReview(
  git: GitRunner,
  o: { remote: string; branch: string; storeRel: string; isReview: IsReviewKey },
): Promise<string[]> {
  const tip = await fetchReviewTip(git, o.remote, o.branch);
  if (!tip) return [];
  const manifestPath = path.join(git.root, o.storeRel, 'manifest.jsonl');
  const local = (await readManifest(manifestPath)).records;
  const restored: string[] = [];
  for (const r of (await manifestRecordsAt(git, tip, `${o.storeRel}/manifest.jsonl`)).values()) {
    const mine = local.get(r.key);
    if (!o.isReview(r.key) || (mine && newerRecord(mine, r) === mine)) continue;
    for (const rel of [r.output?.path, r.raw?.path]) {
      if (!rel) continue;
      const listed = (await git(['ls-tree', '--name-only', tip, '--', rel])).trim();
      if (listed)
        await writeFileAtomic(
          path.join(git.root, rel),
          await git.bytes(['cat-file', 'blob', `${tip}:${rel}`]),
        );
    }
    local.set(r.key, r);
    restored.push(r.key);
  }
  if (restored.length) await writeManifest(manifestPath, local.values());
  return restored;
}
