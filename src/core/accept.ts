import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../domain/config.js';
import type { Finding } from '../domain/findings.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { readVerified } from '../run/files.js';
import { backoffFromEnv } from '../run/backoff.js';
import { acquireRunLock } from '../run/lock.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { Checkpoint } from '../store/checkpoint.js';
import { IMAGE_CONTENT_TYPES } from '../store/content-types.js';
import { deliverRun, type DeliveryResult } from '../store/deliver.js';
import type { ObjectStore } from '../store/s3-store.js';
import { logTo, type Host } from './host.js';

export interface AcceptOptions {
  dir: string;
  /** Shot keys, sku/variant. */
  keys: string[];
  /** Who accepts, as recorded in the manifest. */
  by: string;
  /** Commit (and push or open a pull request, per `git.delivery`) like a run; default true with a host. */
  commit?: boolean;
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
  | { kind: 'done'; outcomes: AcceptOutcome[]; delivery?: DeliveryResult };

/**
 * A person approves shots that failed QA. The kept image moves from the review folder to its
 * published path, and the manifest records who accepted it (the plan then leaves the shot alone).
 * Runs under the generate lock, through the same checkpoint.
 */
export async function accept(options: AcceptOptions, host?: Host): Promise<AcceptResult> {
  const dir = path.resolve(options.dir);
  const { config, findings } = await loadConfig(dir);
  if (!config) return { kind: 'invalid', findings: findings.filter((x) => x.severity === 'error') };
  const storeRel = config.settings.paths.store;
  const storeDir = path.join(dir, storeRel);
  const lock = await acquireRunLock(storeDir);
  if ('heldBy' in lock) return { kind: 'locked', heldBy: lock.heldBy, store: storeRel };
  const outcomes: AcceptOutcome[] = [];
  try {
    const objects = await objectStoreFor(config, host);
    const { checkpoint, read } = await Checkpoint.open(path.join(storeDir, 'manifest.jsonl'));
    try {
      for (const key of options.keys)
        outcomes.push(
          await acceptOne({ dir, storeRel, by: options.by, records: read.records, checkpoint, objects }, key),
        );
    } finally {
      await checkpoint.close();
    }
  } finally {
    await lock.release();
  }
  const accepted = outcomes.filter((o) => o.status === 'accepted');
  if (!host || options.commit === false || accepted.length === 0) return { kind: 'done', outcomes };
  const delivery = await deliverRun({
    root: dir,
    storeRel,
    env: host.env,
    git: config.settings.git,
    runId: `accept-${new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}`,
    message: `accept: ${accepted.length} shot${accepted.length === 1 ? '' : 's'} approved by ${options.by}\n\n${accepted.map((o) => `- ${o.key}: ${o.message}`).join('\n')}\n`,
    rawFiles: [],
    onLog: (m) => logTo(host, 'info', m),
  });
  if (delivery.noCommit) logTo(host, 'info', delivery.noCommit);
  for (const w of delivery.warnings) logTo(host, 'warning', w);
  return { kind: 'done', outcomes, delivery };
}

/** Storage kind s3: an accepted image is published like a run's, to the bucket. */
async function objectStoreFor(config: Config, host: Host | undefined): Promise<ObjectStore | undefined> {
  const storage = config.settings.storage;
  if (storage.kind !== 's3') return undefined;
  const { s3ObjectStore } = await import('../store/s3-store.js');
  const { baseMs, capMs } = backoffFromEnv(host?.env ?? {});
  return s3ObjectStore(storage, host?.env ?? {}, {
    maxAttempts: config.settings.run.maxAttempts,
    baseMs,
    capMs,
  });
}

interface AcceptContext {
  dir: string;
  storeRel: string;
  by: string;
  records: Map<string, ManifestRecord>;
  checkpoint: Checkpoint;
  objects: ObjectStore | undefined;
}

/** Where the accepted image goes live: the bucket (its URL recorded) or its published path in git. */
async function publishAccepted(
  ctx: AcceptContext,
  record: ManifestRecord,
  bytes: Buffer,
): Promise<{ path: string; url?: undefined } | { url: string; path?: undefined }> {
  const reviewRel = record.output!.path!;
  if (ctx.objects) {
    const { url } = await ctx.objects.publish({
      sku: record.sku,
      variant: record.variant,
      sha256: record.output!.sha256,
      ext: path.posix.extname(reviewRel).slice(1),
      contentType: IMAGE_CONTENT_TYPES[record.output!.format] ?? 'application/octet-stream',
      bytes,
    });
    return { url };
  }
  const publishedRel = path.posix.join(ctx.storeRel, record.sku, path.posix.basename(reviewRel));
  await writeFileAtomic(path.join(ctx.dir, publishedRel), bytes);
  return { path: publishedRel };
}

async function acceptOne(ctx: AcceptContext, key: string): Promise<AcceptOutcome> {
  const { dir, storeRel, by, records, checkpoint } = ctx;
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
  // Image first, record second, review copy last: a crash leaves a state the next accept or run can finish.
  let where;
  try {
    where = await publishAccepted(ctx, record, bytes);
  } catch (error) {
    return {
      key,
      status: 'error',
      message: `could not upload the accepted image (${(error as Error).message}); nothing changed, run shotlist accept again`,
    };
  }
  const { path: _old, ...output } = record.output;
  const accepted: ManifestRecord = {
    ...record,
    status: 'accepted',
    output: { ...output, ...where },
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
    path: where.path ?? where.url,
    message: `accepted by ${by} despite ${failed.join(', ') || 'its QA result'}; published at ${where.path ?? where.url}`,
  };
}
