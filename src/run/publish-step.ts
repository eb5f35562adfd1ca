import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../domain/config.js';
import { recordBase, type JobRef, type ManifestRecord } from '../domain/manifest-record.js';
import type { ShotSpec } from '../domain/spec.js';
import { EXTENSIONS, sniffExtension } from '../images/normalise.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import type { Checkpoint } from '../store/checkpoint.js';
import { IMAGE_CONTENT_TYPES } from '../store/content-types.js';
import type { ObjectStore } from '../store/s3-store.js';
import { sha256 } from './files.js';
import type { Checked } from './check-step.js';
import { round4, type RunnableShot, type Tally } from './shot-types.js';

/** Where and under which run a shot is published. */
export interface PublishContext {
  root: string;
  settings: Settings;
  checkpoint: Checkpoint;
  runId: string;
  /** Storage kind s3: published images are uploaded here, not written under the store. */
  objects?: ObjectStore;
  /** Aborts an upload in flight (the run's kill signal). */
  kill?: AbortSignal;
}

export interface Publication {
  shot: RunnableShot;
  providerId: string;
  seed: number;
  raw: Buffer;
  rederived: boolean;
  checked: Checked;
  tally: Tally;
  startedAt: number;
}

function posix(rel: string): string {
  return rel.split(path.sep).join('/');
}

/** Records a shot that made no image: the plan retries it next run (or blocks it, by its kind). */
export async function recordFailure(
  ctx: PublishContext,
  spec: ShotSpec,
  providerId: string,
  seed: number,
  tally: Tally,
  startedAt: number,
  error: { kind: string; message: string },
): Promise<void> {
  await ctx.checkpoint.record({
    ...recordBase(spec, providerId, seed),
    status: 'failed',
    attempts: tally.attempts,
    ms: Date.now() - startedAt,
    costUsd: round4(tally.costUsd),
    error,
    createdAt: new Date().toISOString(),
    runId: ctx.runId,
  });
}

/**
 * Checkpoints a submitted asynchronous job before it is polled: a run killed while it runs leaves
 * this record, and the next run resumes the job instead of paying for another (see plan: pending).
 */
export async function recordPending(
  ctx: PublishContext,
  spec: ShotSpec,
  job: JobRef,
  tally: Tally,
  startedAt: number,
): Promise<void> {
  await ctx.checkpoint.record({
    ...recordBase(spec, job.provider, job.seed),
    status: 'pending',
    job,
    jobId: job.id,
    attempts: tally.attempts,
    ms: Date.now() - startedAt,
    costUsd: round4(tally.costUsd),
    createdAt: new Date().toISOString(),
    runId: ctx.runId,
  });
}

/**
 * Writes the kept raw output and the image (to the review folder when QA failed), then the
 * manifest record, then removes the image the record no longer points at. Files first, record
 * last: a crash leaves at most a stray file, never a record pointing at a missing file.
 */
export async function publishShot(ctx: PublishContext, p: Publication): Promise<ManifestRecord> {
  const { spec } = p.shot;
  const qaFailed = p.checked.qa?.status === 'fail';
  const rawRef = await keepRaw(ctx, p);
  const { image, qa } = p.checked;
  const where = await placeImage(ctx, spec, image.bytes, qaFailed);
  const record: ManifestRecord = {
    ...recordBase(spec, p.providerId, p.seed),
    status: qaFailed ? 'qa-failed' : 'ok',
    output: {
      ...where,
      sha256: sha256(image.bytes),
      bytes: image.bytes.length,
      width: image.width,
      height: image.height,
      format: image.format,
      ...(image.upscaled ? { upscaled: true } : {}),
    },
    attempts: p.tally.attempts,
    ms: Date.now() - p.startedAt,
    costUsd: round4(p.tally.costUsd),
    createdAt: new Date().toISOString(),
    runId: ctx.runId,
  };
  if (rawRef) record.raw = rawRef;
  if (qa) record.qa = { status: qa.status, checks: qa.checks, ...(qa.phash ? { phash: qa.phash } : {}) };
  if (p.tally.jobId) record.jobId = p.tally.jobId;
  await ctx.checkpoint.record(record);
  await removeReplaced(ctx, p.shot, 'path' in where ? where.path : undefined);
  return record;
}

/**
 * The image's home: the object store for a published image when one is configured (the upload
 * has finished before the record is written), else a file under the store (review copies always).
 */
async function placeImage(
  ctx: PublishContext,
  spec: ShotSpec,
  bytes: Buffer,
  qaFailed: boolean,
): Promise<{ path: string; url?: undefined } | { url: string; path?: undefined }> {
  if (ctx.objects && !qaFailed) {
    const ext = EXTENSIONS[spec.format];
    const { url } = await ctx.objects.publish({
      sku: spec.sku,
      variant: spec.variant,
      sha256: sha256(bytes),
      ext,
      contentType: IMAGE_CONTENT_TYPES[spec.format] ?? 'application/octet-stream',
      bytes,
      ...(ctx.kill ? { signal: ctx.kill } : {}),
    });
    return { url };
  }
  const outRel = outputPath(ctx.settings, spec, qaFailed);
  await writeFileAtomic(path.join(ctx.root, outRel), bytes);
  return { path: outRel };
}

function outputPath(settings: Settings, spec: ShotSpec, qaFailed: boolean): string {
  const ext = EXTENSIONS[spec.format];
  const folder = qaFailed
    ? path.join(settings.paths.store, '.review', spec.sku)
    : path.join(settings.paths.store, spec.sku);
  return posix(path.join(folder, `${spec.variant}.${ext}`));
}

async function keepRaw(ctx: PublishContext, p: Publication): Promise<ManifestRecord['raw']> {
  const previous = p.shot.previous?.raw;
  if (p.rederived && previous) return previous;
  if (!ctx.settings.run.keepRaw) return undefined;
  const rawRel = posix(
    path.join(ctx.settings.paths.store, '.raw', `${p.shot.spec.genHash}.${sniffExtension(p.raw)}`),
  );
  await writeFileAtomic(path.join(ctx.root, rawRel), p.raw);
  return { path: rawRel, sha256: sha256(p.raw) };
}

// The record no longer points at the old file (format changed, or it left review): drop it.
// After the record, so a crash in between leaves a stray file, never a dangling record.
async function removeReplaced(
  ctx: PublishContext,
  shot: RunnableShot,
  outRel: string | undefined,
): Promise<void> {
  const old = shot.previous?.output?.path;
  if (old && old !== outRel && isInside(ctx.settings.paths.store, old))
    await rm(path.join(ctx.root, old), { force: true });
}

function isInside(storeRel: string, rel: string): boolean {
  const norm = path.posix.normalize(rel);
  return norm.startsWith(`${path.posix.normalize(storeRel)}/`) && !norm.split('/').includes('..');
}
