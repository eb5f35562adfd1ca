import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ProviderSettings } from '../domain/config.js';
import type { JobRef } from '../domain/manifest-record.js';
import { aspectPlan, type ModelInfo, type ModelRoute } from '../domain/models.js';
import type { GenerateResult, Provider, ReferenceImage } from '../providers/types.js';
import { callWithRetries } from './attempts.js';
import type { BackoffSettings } from './backoff.js';
import type { RunBudget } from './budget.js';
import { downloadImage } from './download.js';
import { readVerified } from './files.js';
import type { ProviderQueues } from './queues.js';
import type { RunnableShot, Tally } from './shot-types.js';

/** What one provider call of a shot needs from the run; shared by every shot, never mutated. */
export interface CallContext {
  queues: ProviderQueues;
  backoff: BackoffSettings;
  stop: AbortSignal;
  kill: AbortSignal;
  maxAttempts: number;
  maxBytes: number;
  budget?: RunBudget;
}

/** A shot's asynchronous job: one to resume, and where to checkpoint a new one. */
export interface JobHooks {
  resume?: JobRef;
  onJob: (job: Omit<JobRef, 'provider' | 'seed'>) => Promise<void>;
}

export interface ProviderChoice {
  providerId: string;
  provider: Provider;
  model: ModelInfo;
  /** The route serving the model (provider model id, aspects, sizes, price); the model's default when absent. */
  route?: ModelRoute;
  settings: ProviderSettings;
  /** shotlist.yaml's fallback for this model, tried once when this provider is unavailable. */
  fallback?: () => ProviderChoice | undefined;
}

export type RawOutcome =
  | { ok: true; raw: Buffer; tally: Tally; fellBackTo?: ProviderChoice }
  | { ok: false; cancelled: true; tally: Tally }
  /** Not started, and not a failure of the shot: the run's budget is spent. */
  | { ok: false; cancelled: false; skipped: { kind: string; message: string }; tally: Tally }
  | { ok: false; cancelled: false; error: { kind: string; message: string }; tally: Tally };

export function idempotencyKey(key: string, genHash: string, seed: number): string {
  return createHash('sha256').update(`${key}\n${genHash}\n${seed}`).digest('hex').slice(0, 32);
}

/**
 * The kept raw output of the previous run, when only the output settings changed (re-derive) and
 * the file is still the one recorded. Undefined means the provider must be called.
 */
export async function keptRaw(root: string, shot: RunnableShot): Promise<Buffer | undefined> {
  if (shot.status !== 're-derive' || !shot.previous?.raw) return undefined;
  return readVerified(path.join(root, shot.previous.raw.path), shot.previous.raw.sha256);
}

/**
 * One provider call of a shot with the given seed, retried as transient failures allow, and the
 * download of its image inside the same step. Returns the raw bytes and the new tally.
 */
export async function callForRaw(
  shot: RunnableShot,
  seed: number,
  choice: ProviderChoice,
  reference: ReferenceImage | undefined,
  deadline: number,
  tally: Tally,
  ctx: CallContext,
  jobs?: JobHooks,
): Promise<RawOutcome> {
  const first = await callOnce(shot, seed, choice, reference, deadline, tally, ctx, jobs);
  if (first.ok || first.cancelled || 'skipped' in first || !choice.fallback || !fallsBack(first.error.kind))
    return first;
  const other = choice.fallback();
  if (!other) return first;
  const second = await callOnce(shot, seed, other, reference, deadline, first.tally, ctx, jobs);
  if (second.ok) return { ...second, fellBackTo: other };
  if (second.cancelled || 'skipped' in second) return second;
  const message = `${choice.providerId}: ${first.error.message}; fallback ${other.providerId}: ${second.error.message}`;
  return { ...second, error: { kind: second.error.kind, message } };
}

/** The first provider is unavailable (model retired there, or 5xx or timeouts after every retry): worth the fallback. */
function fallsBack(kind: string): boolean {
  return kind === 'unavailable' || kind === 'transient' || kind === 'timeout';
}

async function callOnce(
  shot: RunnableShot,
  seed: number,
  choice: ProviderChoice,
  reference: ReferenceImage | undefined,
  deadline: number,
  tally: Tally,
  ctx: CallContext,
  jobs?: JobHooks,
): Promise<RawOutcome> {
  if (ctx.stop.aborted) return { ok: false, cancelled: true, tally };
  const price = routeOf(choice).priceUsd;
  if (ctx.budget && !ctx.budget.reserve(price)) return overBudget(ctx.budget, price, tally);
  const outcome = await call(shot, seed, choice, reference, deadline, ctx, jobs);
  ctx.budget?.settle(price, outcome.ok ? (outcome.result.costUsd ?? price) : 0);
  return toRaw(outcome, choice, tally, ctx);
}

function routeOf(choice: ProviderChoice): ModelRoute {
  return choice.route ?? choice.model;
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function overBudget(budget: RunBudget, price: number, tally: Tally): RawOutcome {
  const message =
    `not started: a call at $${price} would pass budget.maxUsd $${budget.maxUsd} ` +
    `($${budget.spentUsd.toFixed(4)} spent or running in this run); it runs next time, or raise the budget in shotlist.yaml`;
  return { ok: false, cancelled: false, skipped: { kind: 'budget', message }, tally };
}

async function call(
  shot: RunnableShot,
  seed: number,
  choice: ProviderChoice,
  reference: ReferenceImage | undefined,
  deadline: number,
  ctx: CallContext,
  jobs: JobHooks | undefined,
) {
  const { spec } = shot;
  const route = routeOf(choice);
  // A retry after the job was submitted polls that job again rather than paying for another.
  let resume: Omit<JobRef, 'provider' | 'seed'> | undefined =
    jobs?.resume && jobs.resume.provider === choice.providerId && jobs.resume.seed === seed
      ? withoutUndefined({
          id: jobs.resume.id,
          pollUrl: jobs.resume.pollUrl,
          cancelUrl: jobs.resume.cancelUrl,
        })
      : undefined;
  const onJob = jobs
    ? async (job: Omit<JobRef, 'provider' | 'seed'>) => {
        resume = job;
        await jobs.onJob(job);
      }
    : undefined;
  return callWithRetries(
    {
      queues: ctx.queues,
      providerId: choice.providerId,
      provider: choice.provider,
      attemptTimeoutMs: choice.settings.timeoutSeconds * 1000,
      maxAttempts: ctx.maxAttempts,
      deadline,
      backoff: ctx.backoff,
      stop: ctx.stop,
      kill: ctx.kill,
    },
    (signal) => ({
      spec: seed === spec.seed ? spec : { ...spec, seed },
      providerModel: route.providerModel,
      aspect: aspectPlan(route, spec.aspect)?.generate ?? spec.aspect,
      ...(reference && route.reference ? { reference } : {}),
      idempotencyKey: idempotencyKey(spec.key, spec.genHash, seed),
      signal,
      ...(onJob ? { onJob } : {}),
      ...(resume ? { resumeJob: resume } : {}),
    }),
  );
}

async function toRaw(
  outcome: Awaited<ReturnType<typeof call>>,
  choice: ProviderChoice,
  tally: Tally,
  ctx: CallContext,
): Promise<RawOutcome> {
  const attempts = tally.attempts + outcome.attempts;
  if (!outcome.ok) {
    const spent = { ...tally, attempts };
    if (outcome.cancelled) return { ok: false, cancelled: true, tally: spent };
    return {
      ok: false,
      cancelled: false,
      error: { kind: outcome.kind, message: outcome.message },
      tally: spent,
    };
  }
  const next: Tally = {
    attempts,
    costUsd: tally.costUsd + (outcome.result.costUsd ?? routeOf(choice).priceUsd),
    ...((outcome.result.jobId ?? tally.jobId) ? { jobId: outcome.result.jobId ?? tally.jobId } : {}),
  };
  try {
    return { ok: true, raw: await firstImage(outcome.result, ctx.maxBytes, ctx.kill), tally: next };
  } catch (error) {
    return {
      ok: false,
      cancelled: false,
      error: { kind: 'bad-output', message: (error as Error).message },
      tally: next,
    };
  }
}

async function firstImage(result: GenerateResult, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const img = result.images[0];
  if (!img) throw new Error('provider answered without an image');
  if (img.bytes) return img.bytes;
  if (img.url) return downloadImage(img.url, maxBytes, signal);
  throw new Error('provider answered with an empty image entry');
}
