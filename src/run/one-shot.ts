import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type PQueue from 'p-queue';
import type { ProviderSettings, QaSettings } from '../domain/config.js';
import type { QaCheckResult } from '../domain/manifest-record.js';
import type { ShotSpec } from '../domain/spec.js';
import { addDuplicateCheck } from '../images/qa/check-duplicate.js';
import type { ProviderFound, ProviderLookup } from '../providers/registry.js';
import type { ReferenceImage } from '../providers/types.js';
import { normaliseAndCheck, type Checked } from './check-step.js';
import { sha256 } from './files.js';
import { publishShot, recordFailure, recordPending, type PublishContext } from './publish-step.js';
import { callForRaw, keptRaw, type CallContext, type ProviderChoice } from './raw-step.js';
import type { SiblingPhashes } from './siblings.js';
import {
  round4,
  type QaFunction,
  type QaResultLite,
  type RunnableShot,
  type ShotOutcome,
  type Tally,
} from './shot-types.js';

/** Everything one shot needs from its run: shared by all shots, never mutated by them. */
export interface ShotContext {
  publish: PublishContext;
  call: CallContext;
  lookup: (modelId: string) => ProviderLookup;
  cpu: PQueue;
  qa?: QaFunction;
  qaSettings: (spec: ShotSpec) => QaSettings;
  siblings?: SiblingPhashes;
  source: (rel: string) => Promise<Buffer>;
  limits?: { maxBytes?: number; maxPixels?: number };
}

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** Runs one shot to its outcome: provider, reference photo, then up to 1 + rerolls tries. */
export async function runOneShot(shot: RunnableShot, ctx: ShotContext): Promise<ShotOutcome> {
  const startedAt = Date.now();
  const finish = (o: Partial<ShotOutcome>): ShotOutcome => ({
    key: shot.key,
    status: 'failed',
    plan: shot.status,
    model: shot.spec.model,
    attempts: 0,
    rerolls: 0,
    rederived: false,
    costUsd: 0,
    ...o,
    ms: Date.now() - startedAt,
  });
  const found = ctx.lookup(shot.spec.model);
  if (!found.ok) {
    const status = found.reason === 'offline' ? 'skipped' : 'failed';
    return finish({ status, error: { kind: found.reason, message: found.message } });
  }
  const settings = ctx.publish.settings;
  const choice = choiceOf(found, settings.providers);
  const reference = await loadReference(shot, choice, ctx);
  if ('error' in reference) return finish({ provider: choice.providerId, error: reference.error });
  const tries = await tryUntilPassed(shot, choice, reference.image, startedAt, ctx);
  return finish({ provider: choice.providerId, ...tries });
}

/** The provider serving a found model, with its route and shotlist.yaml's fallback (resolved when needed). */
function choiceOf(found: ProviderFound, providers: Record<string, ProviderSettings>): ProviderChoice {
  const fallback = found.fallback;
  return {
    providerId: found.providerId,
    provider: found.provider,
    model: found.model,
    route: found.route,
    settings: providers[found.providerId] ?? { concurrency: 4, timeoutSeconds: 120 },
    ...(fallback
      ? {
          fallback: () => {
            const other = fallback();
            return other.ok ? choiceOf(other, providers) : undefined;
          },
        }
      : {}),
  };
}

async function loadReference(
  shot: RunnableShot,
  choice: ProviderChoice,
  ctx: ShotContext,
): Promise<{ image?: ReferenceImage } | { error: { kind: string; message: string } }> {
  const rel = shot.spec.sourcePath;
  if (!(choice.route ?? choice.model).reference || !rel) return {};
  try {
    const mimeType = MIME[path.extname(rel).toLowerCase()] ?? 'application/octet-stream';
    return { image: { bytes: await ctx.source(rel), mimeType } };
  } catch (error) {
    return {
      error: { kind: 'source', message: `cannot read source photo ${rel}: ${(error as Error).message}` },
    };
  }
}

/**
 * Gets a raw output (kept raw or a provider call), normalises and checks it, and rerolls with the
 * next seed while QA fails; then publishes the last try. Every failure is recorded before return.
 */
async function tryUntilPassed(
  shot: RunnableShot,
  firstChoice: ProviderChoice,
  reference: ReferenceImage | undefined,
  startedAt: number,
  ctx: ShotContext,
): Promise<Partial<ShotOutcome>> {
  const { spec } = shot;
  const { settings } = ctx.publish;
  const deadline = startedAt + settings.run.shotDeadlineSeconds * 1000;
  const qaSettings = ctx.qaSettings(spec);
  let tally: Tally = { attempts: 0, costUsd: 0 };
  let lastRawHash: string | undefined;
  // Once the fallback served a try, the rerolls go to it too, and the manifest names it.
  let choice = firstChoice;
  const fail = async (seed: number, error: { kind: string; message: string }, extra = {}) => {
    await recordFailure(ctx.publish, spec, choice.providerId, seed, tally, startedAt, error);
    return { provider: choice.providerId, attempts: tally.attempts, costUsd: tally.costUsd, error, ...extra };
  };
  for (let reroll = 0; ; reroll++) {
    const seed = spec.seed + reroll;
    const kept = reroll === 0 ? await keptRaw(ctx.publish.root, shot) : undefined;
    let raw = kept;
    if (!raw) {
      const got = await callForRaw(shot, seed, choice, reference, deadline, tally, ctx.call, {
        ...(shot.previous?.status === 'pending' && shot.previous.job ? { resume: shot.previous.job } : {}),
        onJob: (job) =>
          recordPending(ctx.publish, spec, { ...job, provider: choice.providerId, seed }, tally, startedAt),
      });
      tally = got.tally;
      if (got.ok && got.fellBackTo) choice = got.fellBackTo;
      if (!got.ok && got.cancelled)
        return { status: 'cancelled', attempts: tally.attempts, costUsd: tally.costUsd };
      if (!got.ok && 'skipped' in got)
        return { status: 'skipped', attempts: tally.attempts, costUsd: tally.costUsd, error: got.skipped };
      if (!got.ok) return fail(seed, got.error);
      raw = got.raw;
    }
    const rederived = kept !== undefined;
    const checked = await ctx.cpu.add(() =>
      normaliseAndCheck(raw, spec, choice.model, qaSettings, ctx.qa, ctx.limits),
    );
    if (!checked.ok) return fail(seed, checked.error, { rederived });
    const withDuplicates = checkDuplicates(shot, checked.checked, qaSettings, ctx.siblings);
    const failedQa = withDuplicates.qa?.status === 'fail';
    // A model that ignores the seed (the studio composes the same photo the same way) returns the
    // same bytes again: another reroll would only repeat the failure.
    const rawHash = sha256(raw);
    const repeated = rawHash === lastRawHash;
    lastRawHash = rawHash;
    if (failedQa && reroll < settings.run.rerolls && !ctx.call.stop.aborted && !repeated) continue;
    if (!failedQa && withDuplicates.qa?.phash) ctx.siblings?.publish(spec, withDuplicates.qa.phash);
    const record = await publishShot(ctx.publish, {
      shot,
      providerId: choice.providerId,
      seed,
      raw,
      rederived,
      checked: withDuplicates,
      tally,
      startedAt,
    });
    return {
      status: failedQa ? 'qa-failed' : 'ok',
      provider: choice.providerId,
      attempts: tally.attempts,
      costUsd: round4(tally.costUsd),
      rerolls: reroll,
      rederived,
      output: record.output?.path,
      upscaled: withDuplicates.image.upscaled,
      ...(withDuplicates.qa ? { qa: qaSummary(withDuplicates.qa) } : {}),
    };
  }
}

// From the sibling lookup to publishing the pHash nothing awaits: siblings finishing concurrently
// are either seen here or see this shot (see SiblingPhashes).
function checkDuplicates(
  shot: RunnableShot,
  checked: Checked,
  qaSettings: QaSettings,
  siblings: SiblingPhashes | undefined,
): Checked {
  const { qa } = checked;
  if (!qa?.phash || !siblings) return checked;
  const known = siblings.known(shot.spec);
  return { ...checked, qa: addDuplicateCheck(qa, qa.phash, known, qaSettings, shot.spec.background) };
}

function qaSummary(qa: QaResultLite): NonNullable<ShotOutcome['qa']> {
  const warned: QaCheckResult[] = qa.checks.filter((c) => c.status === 'warn');
  return {
    status: qa.status,
    // A check that could not finish fails the image too (status error, reason in its message).
    failed: qa.checks.filter((c) => c.status === 'fail' || c.status === 'error'),
    ...(warned.length ? { warned } : {}),
  };
}

/** Reads each source photo once per run, however many shots use it. */
export function sourceCache(root: string): (rel: string) => Promise<Buffer> {
  const sources = new Map<string, Promise<Buffer>>();
  return (rel) => {
    let p = sources.get(rel);
    if (!p) sources.set(rel, (p = readFile(path.join(root, rel))));
    return p;
  };
}
