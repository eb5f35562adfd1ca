import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import type { QaSettings, Settings } from '../domain/config.js';
import {
  EXTENSIONS,
  NormaliseError,
  normaliseImage,
  sniffExtension,
  type NormalisedImage,
} from '../images/normalise.js';
import type { PlannedShot, PlanStatus } from '../plan/plan.js';
import type { ShotSpec } from '../domain/spec.js';
import { aspectPlan } from '../domain/models.js';
import type { ProviderLookup } from '../providers/registry.js';
import type { GenerateResult, ReferenceImage } from '../providers/types.js';
import type { Checkpoint } from '../store/checkpoint.js';
import type { ManifestRecord, QaCheckResult } from '../domain/manifest-record.js';
import { addDuplicateCheck } from '../images/qa/check-duplicate.js';
import { callWithRetries } from './attempts.js';
import type { BackoffSettings } from './backoff.js';
import { downloadImage } from './download.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { readVerified, sha256 } from './files.js';
import { ProviderQueues } from './queues.js';
import type { SiblingPhashes } from './siblings.js';

export type ShotRunStatus = 'ok' | 'failed' | 'qa-failed' | 'skipped' | 'cancelled';

export interface ShotOutcome {
  key: string;
  status: ShotRunStatus;
  plan: PlanStatus;
  model: string;
  provider?: string;
  /** Provider calls made (0 for a re-derive). */
  attempts: number;
  /** Extra seeds tried after a QA failure. */
  rerolls: number;
  rederived: boolean;
  ms: number;
  costUsd: number;
  output?: string;
  upscaled?: boolean;
  error?: { kind: string; message: string };
  qa?: { status: 'pass' | 'warn' | 'fail'; failed: QaCheckResult[]; warned?: QaCheckResult[] };
}

export interface QaInputLite {
  image: Buffer;
  aspect: string;
  size: number;
  background: string;
  /** The placement's encoder quality: how far a lossy codec may move a flat background colour. */
  quality?: number;
  qa: QaSettings;
  color?: string;
}
export interface QaResultLite {
  status: 'pass' | 'warn' | 'fail';
  checks: QaCheckResult[];
  /** pHash of the image (16 hex digits); empty or absent when it could not be computed. */
  phash?: string;
}
export type QaFunction = (input: QaInputLite) => Promise<QaResultLite>;

export interface RunInput {
  root: string;
  settings: Settings;
  /** Planned shots with a spec (new, regenerate, re-derive, failed-last-time). */
  shots: PlannedShot[];
  lookup: (modelId: string) => ProviderLookup;
  checkpoint: Checkpoint;
  runId: string;
  qaSettings: (spec: ShotSpec) => QaSettings;
  /** Omit to publish without QA (the bench measures the run without it). */
  qa?: QaFunction;
  /**
   * pHashes of each product's variants meant to differ, for the near-duplicate check (after the
   * other checks, see SiblingPhashes). Omit to skip that check.
   */
  siblings?: SiblingPhashes;
  stop: AbortSignal;
  kill: AbortSignal;
  backoff: BackoffSettings;
  limits?: { maxBytes?: number; maxPixels?: number };
  /** Image work in parallel; defaults to the CPU count. */
  cpuConcurrency?: number;
  onOutcome?: (outcome: ShotOutcome) => void;
}

function idempotencyKey(key: string, genHash: string, seed: number): string {
  return createHash('sha256').update(`${key}\n${genHash}\n${seed}`).digest('hex').slice(0, 32);
}

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

function posix(rel: string): string {
  return rel.split(path.sep).join('/');
}

/** Runs every shot to an outcome; finished shots are checkpointed as they finish. */
export async function runShots(input: RunInput): Promise<ShotOutcome[]> {
  const { settings, root } = input;
  const queues = new ProviderQueues(settings.providers);
  // libvips runs one image per thread here (sharp.concurrency() follows the CPU quota), and each
  // image waits on I/O between steps: twice the cores keeps them busy (measured in bench/run).
  const cpu = new PQueue({ concurrency: input.cpuConcurrency ?? cpuConcurrency() });
  const stopQueues = () => queues.stop();
  input.stop.addEventListener('abort', stopQueues, { once: true });
  if (input.stop.aborted) queues.stop();
  const sources = new Map<string, Promise<Buffer>>();
  const source = (rel: string) => {
    let p = sources.get(rel);
    if (!p) sources.set(rel, (p = readFile(path.join(root, rel))));
    return p;
  };

  async function one(shot: PlannedShot): Promise<ShotOutcome> {
    const spec = shot.spec!;
    const started = Date.now();
    const base: ShotOutcome = {
      key: shot.key,
      status: 'failed',
      plan: shot.status,
      model: spec.model,
      attempts: 0,
      rerolls: 0,
      rederived: false,
      ms: 0,
      costUsd: 0,
    };
    const finish = (o: Partial<ShotOutcome>): ShotOutcome => ({ ...base, ...o, ms: Date.now() - started });
    const found = input.lookup(spec.model);
    if (!found.ok) {
      return finish({
        status: found.reason === 'offline' ? 'skipped' : 'failed',
        error: { kind: found.reason, message: found.message },
      });
    }
    base.provider = found.providerId;
    const { model, provider, providerId } = found;
    const pSettings = settings.providers[providerId] ?? { concurrency: 4, timeoutSeconds: 120 };
    const deadline = started + settings.run.shotDeadlineSeconds * 1000;
    let reference: ReferenceImage | undefined;
    if (model.reference && spec.sourcePath) {
      try {
        reference = {
          bytes: await source(spec.sourcePath),
          mimeType: MIME[path.extname(spec.sourcePath).toLowerCase()] ?? 'application/octet-stream',
        };
      } catch (error) {
        return finish({
          error: {
            kind: 'source',
            message: `cannot read source photo ${spec.sourcePath}: ${(error as Error).message}`,
          },
        });
      }
    }

    const qaSettings = input.qaSettings(spec);
    let attempts = 0;
    let cost = 0;
    let jobId: string | undefined;
    let lastRawHash: string | undefined;
    for (let reroll = 0; reroll <= settings.run.rerolls; reroll++) {
      const seed = spec.seed + reroll;
      let raw: Buffer | undefined;
      let rederived = false;
      if (reroll === 0 && shot.status === 're-derive' && shot.previous?.raw) {
        raw = await readVerified(path.join(root, shot.previous.raw.path), shot.previous.raw.sha256);
        rederived = raw !== undefined;
      }
      if (!raw) {
        if (input.stop.aborted) return finish({ status: 'cancelled', attempts, costUsd: cost });
        const outcome = await callWithRetries(
          {
            queues,
            providerId,
            provider,
            attemptTimeoutMs: pSettings.timeoutSeconds * 1000,
            maxAttempts: settings.run.maxAttempts,
            deadline,
            backoff: input.backoff,
            stop: input.stop,
            kill: input.kill,
          },
          (signal) => ({
            spec: reroll === 0 ? spec : { ...spec, seed },
            providerModel: model.providerModel,
            aspect: aspectPlan(model, spec.aspect)?.generate ?? spec.aspect,
            reference,
            idempotencyKey: idempotencyKey(spec.key, spec.genHash, seed),
            signal,
          }),
        );
        attempts += outcome.attempts;
        if (!outcome.ok) {
          if (outcome.cancelled) return finish({ status: 'cancelled', attempts, costUsd: cost });
          const error = { kind: outcome.kind, message: outcome.message };
          await input.checkpoint.record(
            failedRecord(spec, providerId, seed, attempts, Date.now() - started, cost, error),
          );
          return finish({ attempts, costUsd: cost, error });
        }
        cost += outcome.result.costUsd ?? model.priceUsd;
        jobId = outcome.result.jobId ?? jobId;
        try {
          raw = await firstImage(outcome.result, input.limits?.maxBytes ?? 50 * 1024 * 1024, input.kill);
        } catch (error) {
          const e = { kind: 'bad-output', message: (error as Error).message };
          await input.checkpoint.record(
            failedRecord(spec, providerId, seed, attempts, Date.now() - started, cost, e),
          );
          return finish({ attempts, costUsd: cost, error: e });
        }
      }

      let image: NormalisedImage;
      let qa: QaResultLite | undefined;
      try {
        [image, qa] = await cpu.add(async () => {
          const img = await normaliseImage(
            raw,
            {
              aspect: spec.aspect,
              size: spec.size,
              format: spec.format,
              quality: spec.quality,
              background: spec.background,
              sourceType: model.sourceType,
            },
            input.limits,
          );
          const report = input.qa
            ? await input.qa({
                image: img.bytes,
                aspect: spec.aspect,
                size: spec.size,
                background: spec.background,
                quality: spec.quality,
                qa: qaSettings,
                ...(spec.color ? { color: spec.color } : {}),
              })
            : undefined;
          return [img, report] as const;
        });
      } catch (error) {
        const e = {
          kind: error instanceof NormaliseError ? 'bad-output' : 'internal',
          message: (error as Error).message,
        };
        await input.checkpoint.record(
          failedRecord(spec, providerId, seed, attempts, Date.now() - started, cost, e),
        );
        return finish({ attempts, costUsd: cost, error: e, rederived });
      }

      // From here to publishing the pHash nothing awaits: siblings finishing concurrently are
      // either seen here or see this shot (see SiblingPhashes).
      if (qa?.phash && input.siblings)
        qa = addDuplicateCheck(qa, qa.phash, input.siblings.known(spec), qaSettings, spec.background);
      const qaFailed = qa?.status === 'fail';
      // A model that ignores the seed (the studio composes the same photo the same way) returns the
      // same bytes again: another reroll would only repeat the failure.
      const rawHash = sha256(raw);
      const repeated = rawHash === lastRawHash;
      lastRawHash = rawHash;
      if (qaFailed && reroll < settings.run.rerolls && !input.stop.aborted && !repeated) continue;
      if (!qaFailed && qa?.phash) input.siblings?.publish(spec, qa.phash);

      // Files first, record last: a record never points at a file that is not fully on disk.
      let rawRef: ManifestRecord['raw'];
      if (rederived && shot.previous?.raw) rawRef = shot.previous.raw;
      else if (settings.run.keepRaw) {
        const rawRel = posix(
          path.join(settings.paths.store, '.raw', `${spec.genHash}.${sniffExtension(raw)}`),
        );
        await writeFileAtomic(path.join(root, rawRel), raw);
        rawRef = { path: rawRel, sha256: rawHash };
      }
      const ext = EXTENSIONS[spec.format];
      const outRel = posix(
        qaFailed
          ? path.join(settings.paths.store, '.review', spec.sku, `${spec.variant}.${ext}`)
          : path.join(settings.paths.store, spec.sku, `${spec.variant}.${ext}`),
      );
      await writeFileAtomic(path.join(root, outRel), image.bytes);
      const record: ManifestRecord = {
        ...recordBase(spec, providerId, seed),
        status: qaFailed ? 'qa-failed' : 'ok',
        output: {
          path: outRel,
          sha256: sha256(image.bytes),
          bytes: image.bytes.length,
          width: image.width,
          height: image.height,
          format: image.format,
          ...(image.upscaled ? { upscaled: true } : {}),
        },
        attempts,
        ms: Date.now() - started,
        costUsd: round4(cost),
        createdAt: new Date().toISOString(),
        runId: input.runId,
      };
      if (rawRef) record.raw = rawRef;
      if (qa) record.qa = { status: qa.status, checks: qa.checks, ...(qa.phash ? { phash: qa.phash } : {}) };
      if (jobId) record.jobId = jobId;
      await input.checkpoint.record(record);
      // The record no longer points at the old file (format changed, or it left review): drop it.
      // After the record, so a crash in between leaves a stray file, never a dangling record.
      const old = shot.previous?.output?.path;
      if (old && old !== outRel && isInside(settings.paths.store, old))
        await rm(path.join(root, old), { force: true });
      return finish({
        status: qaFailed ? 'qa-failed' : 'ok',
        attempts,
        costUsd: round4(cost),
        rerolls: reroll,
        rederived,
        output: outRel,
        upscaled: image.upscaled,
        ...(qa ? { qa: qaSummary(qa.checks, qa.status) } : {}),
      });
    }
    return finish({ attempts, costUsd: cost, error: { kind: 'internal', message: 'reroll loop ended' } });

    function recordBase(s: ShotSpec, providerName: string, seedUsed: number) {
      return {
        key: s.key,
        sku: s.sku,
        variant: s.variant,
        genHash: s.genHash,
        specHash: s.specHash,
        prompt: `${s.promptId}@${s.promptVersion}`,
        templateHash: s.templateHash,
        model: s.model,
        provider: providerName,
        seed: seedUsed,
      };
    }
    function failedRecord(
      s: ShotSpec,
      providerName: string,
      seedUsed: number,
      n: number,
      ms: number,
      usd: number,
      error: { kind: string; message: string },
    ): ManifestRecord {
      return {
        ...recordBase(s, providerName, seedUsed),
        status: 'failed',
        attempts: n,
        ms,
        costUsd: round4(usd),
        error,
        createdAt: new Date().toISOString(),
        runId: input.runId,
      };
    }
  }

  try {
    return await Promise.all(
      input.shots.map(async (shot) => {
        let outcome: ShotOutcome;
        try {
          outcome = await one(shot);
        } catch (error) {
          outcome = {
            key: shot.key,
            status: 'failed',
            plan: shot.status,
            model: shot.spec?.model ?? '',
            attempts: 0,
            rerolls: 0,
            rederived: false,
            ms: 0,
            costUsd: 0,
            error: { kind: 'internal', message: (error as Error)?.message ?? String(error) },
          };
        }
        // Published early for its siblings, but a later step failed: it is not published after all.
        if (outcome.status !== 'ok' && shot.spec) input.siblings?.forget(shot.spec.sku, shot.key);
        input.onOutcome?.(outcome);
        return outcome;
      }),
    );
  } finally {
    input.stop.removeEventListener('abort', stopQueues);
  }
}

function isInside(storeRel: string, rel: string): boolean {
  const norm = path.posix.normalize(rel);
  return norm.startsWith(`${path.posix.normalize(storeRel)}/`) && !norm.split('/').includes('..');
}

export function cpuConcurrency(): number {
  return Math.max(4, 2 * os.availableParallelism());
}

function qaSummary(checks: QaCheckResult[], status: QaResultLite['status']): NonNullable<ShotOutcome['qa']> {
  const warned = checks.filter((c) => c.status === 'warn');
  return {
    status,
    // A check that could not finish fails the image too (status error, reason in its message).
    failed: checks.filter((c) => c.status === 'fail' || c.status === 'error'),
    ...(warned.length ? { warned } : {}),
  };
}

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

async function firstImage(result: GenerateResult, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const img = result.images[0];
  if (!img) throw new Error('provider answered without an image');
  if (img.bytes) return img.bytes;
  if (img.url) return downloadImage(img.url, maxBytes, signal);
  throw new Error('provider answered with an empty image entry');
}
