import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Finding } from '../domain/findings.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { readVerified } from '../run/files.js';
import { acquireRunLock } from '../run/lock.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { Checkpoint } from '../store/checkpoint.js';

export interface AcceptOptions {
  dir: string;
  /** Shot keys, sku/variant. */
  keys: string[];
  /** Who accepts, as recorded in the manifest. */
  by: string;
}

export interface AcceptOutcome {
  key: string;
  status: 'accepted' | 'already-accepted' | 'error';
  path?: string;
  message: string;
}

export type AcceptResult =
  | { kind: 'invalid'; findings: Finding[] }
  | { kind: 'locked'; heldBy: number; store: string }
  | { kind: 'done'; outcomes: AcceptOutcome[] };

/**
 * A person approves shots that failed QA. The kept image moves from the review folder to its
 * published path, and the manifest records who accepted it (the plan then leaves the shot alone).
 * Runs under the generate lock, through the same checkpoint.
 */
export async function accept(options: AcceptOptions): Promise<AcceptResult> {
  const dir = path.resolve(options.dir);
  const { config, findings } = await loadConfig(dir);
  if (!config) return { kind: 'invalid', findings: findings.filter((x) => x.severity === 'error') };
  const storeRel = config.settings.paths.store;
  const storeDir = path.join(dir, storeRel);
  const lock = await acquireRunLock(storeDir);
  if ('heldBy' in lock) return { kind: 'locked', heldBy: lock.heldBy, store: storeRel };
  const outcomes: AcceptOutcome[] = [];
  try {
    const { checkpoint, read } = await Checkpoint.open(path.join(storeDir, 'manifest.jsonl'));
    try {
      for (const key of options.keys)
        outcomes.push(await acceptOne(dir, storeRel, key, options.by, read.records, checkpoint));
    } finally {
      await checkpoint.close();
    }
  } finally {
    await lock.release();
  }
  return { kind: 'done', outcomes };
}

async function acceptOne(
  dir: string,
  storeRel: string,
  key: string,
  by: string,
  records: Map<string, ManifestRecord>,
  checkpoint: Checkpoint,
): Promise<AcceptOutcome> {
  const record = records.get(key);
  if (!record) {
    const waiting = [...records.values()].filter((r) => r.status === 'qa-failed').map((r) => r.key);
    return {
      key,
      status: 'error',
      message: `no such shot in ${storeRel}/manifest.jsonl; shots waiting for review: ${waiting.join(', ') || 'none'}`,
    };
  }
  if (record.status === 'accepted') {
    return {
      key,
      status: 'already-accepted',
      path: record.output?.path,
      message: `already accepted by ${record.qa?.acceptedBy ?? 'someone'}`,
    };
  }
  if (record.status !== 'qa-failed' || !record.output?.path) {
    return {
      key,
      status: 'error',
      message: `is ${record.status}, not qa-failed: only a shot kept for review can be accepted`,
    };
  }
  const reviewRel = record.output.path;
  const bytes = await readVerified(path.join(dir, reviewRel), record.output.sha256);
  if (!bytes) {
    return {
      key,
      status: 'error',
      message: `the kept image ${reviewRel} is missing or no longer matches the manifest's sha256; run shotlist generate to make it again`,
    };
  }
  const publishedRel = path.posix.join(storeRel, record.sku, path.posix.basename(reviewRel));
  // Image first, record second, review copy last: a crash leaves a state the next accept or run can finish.
  await writeFileAtomic(path.join(dir, publishedRel), bytes);
  const accepted: ManifestRecord = {
    ...record,
    status: 'accepted',
    output: { ...record.output, path: publishedRel },
    // The pHash stays: an accepted shot is published, so its siblings compare against it.
    qa: {
      ...record.qa,
      status: record.qa?.status ?? 'fail',
      checks: record.qa?.checks ?? [],
      acceptedBy: by,
    },
  };
  await checkpoint.record(accepted);
  records.set(key, accepted);
  await rm(path.join(dir, reviewRel), { force: true });
  const failed = (record.qa?.checks ?? [])
    .filter((c) => c.status === 'fail' || c.status === 'error')
    .map((c) => c.check);
  return {
    key,
    status: 'accepted',
    path: publishedRel,
    message: `accepted by ${by} despite ${failed.join(', ') || 'its QA result'}; published at ${publishedRel}`,
  };
}
