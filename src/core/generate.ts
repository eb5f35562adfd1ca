import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config, GitSettings } from '../domain/config.js';
import { hasErrors, type Finding } from '../domain/findings.js';
import { fakeProviderProblem, FAKE_PROVIDER_ENV } from '../providers/registry.js';
import { buildRunReport, commitMessage, renderRunText, type RunReport } from '../report/run-report.js';
import { acquireRunLock } from '../run/lock.js';
import type { RunnableShot, ShotOutcome } from '../run/shot-types.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { Checkpoint } from '../store/checkpoint.js';
import { deliverRun, targetBranch, type DeliveryResult } from '../store/deliver.js';
import { gitRunner } from '../store/git-exec.js';
import type { PullRequests } from '../store/pull-requests.js';
import { restoreRaw } from '../store/raw-ref.js';
import { restoreReview } from '../store/review-delivery.js';
import type { ObjectStore } from '../store/s3-store.js';
import { backoffFromEnv } from '../run/backoff.js';
import { OptionsError } from './errors.js';
import { logTo, type Host } from './host.js';
import { manifestPathOf, planLoaded, type PlanResult } from './plan.js';
import { hasReviewPlacements, reviewKeyTest } from './review-keys.js';
import { runSignals } from './run-signals.js';
import { selectWork, shardSettings, type Selection } from './select-work.js';

export interface GenerateOptions extends Selection {
  /** Folder holding shotlist.yaml. */
  dir: string;
  /** Say what would run, call nothing, write nothing. */
  dryRun?: boolean;
  /** Run only studio shots; list hosted ones as skipped. */
  offline?: boolean;
  /** Commit the run (default true); then push or open a pull request as `git.delivery` says. */
  commit?: boolean;
  /** Pull requests for `git.delivery: pull-request`; default: GitHub's API with GITHUB_TOKEN from the host env. */
  pullRequests?: PullRequests;
  /** Overrides shotlist.yaml's `git.delivery` (the action's `delivery` input). */
  delivery?: GitSettings['delivery'];
  /** Overrides `git.branch`: the branch pushed to, or the pull request's base. */
  branch?: string;
}

export type GenerateResult =
  | { kind: 'invalid'; findings: Finding[] }
  | { kind: 'locked'; heldBy: number; store: string }
  | {
      kind: 'dry-run';
      findings: Finding[];
      blocked: BlockedShot[];
      shots: DryRunShot[];
      deferred: number;
    }
  | {
      kind: 'ran';
      findings: Finding[];
      /** Shots not run because the same inputs failed for a reason that would repeat. */
      blocked: BlockedShot[];
      report: RunReport;
      /** Repository-relative path of the written run report, when anything ran. */
      reportPath?: string;
      commit?: { sha: string; message: string };
      /** Push and pull request, when `git.delivery` asks for them. */
      delivery?: DeliveryResult;
      /** Why the commit, push or pull request failed (the images and manifest are written). */
      deliveryError?: string;
      interrupted: boolean;
    };

/** What a real run would do with a shot: run it, skip it (offline), or fail it before any call. */
export interface DryRunShot {
  key: string;
  status: string;
  model: string;
  action: 'run' | 'skip' | 'fail';
  note?: string;
}

export interface BlockedShot {
  key: string;
  reason: string;
}

/**
 * `generate`: loads the configuration once, reads the manifest (with its journal) once, plans
 * once, runs the selected shots under the store lock, writes the run report and commits.
 */
export async function generate(options: GenerateOptions, host: Host): Promise<GenerateResult> {
  const dir = path.resolve(options.dir);
  const fakeProblem = fakeProviderProblem(host.env);
  if (fakeProblem) throw new OptionsError(fakeProblem);
  const loaded = await loadConfig(dir);
  if (!loaded.config || hasErrors(loaded.findings)) return { kind: 'invalid', findings: loaded.findings };
  const config = withGitOverrides(loaded.config, options);
  const storeRel = config.settings.paths.store;
  const lock = options.dryRun ? undefined : await acquireRunLock(path.join(dir, storeRel));
  if (lock && 'heldBy' in lock) return { kind: 'locked', heldBy: lock.heldBy, store: storeRel };
  // Released before the commit (git can take a while) and, at the latest, on the way out.
  let release = lock?.release;
  const unlock = async () => {
    const r = release;
    release = undefined;
    await r?.();
  };
  try {
    if (!options.dryRun) await restoreReviewFor(dir, config, host);
    // Folding the journal of a killed run first makes the plan see every shot it finished.
    const { checkpoint, read } = await Checkpoint.open(manifestPathOf(dir, config), {
      readOnly: options.dryRun === true,
    });
    const planned = await planLoaded({ dir, config, findings: loaded.findings, manifest: read });
    for (const w of planned.warnings) logTo(host, 'warning', w);
    // Nothing is written back here: a corrupt manifest stays as it is for a person to repair.
    if (hasErrors(planned.findings)) return { kind: 'invalid', findings: planned.findings };
    const { work, deferred } = selectWork(planned.plan, options);
    const blocked = options.retryBlocked ? [] : blockedShots(planned);
    if (options.dryRun)
      return dryRunResult(
        planned.findings,
        blocked,
        await dryRunShots(work, config, options, host),
        deferred,
      );
    await restoreRawFor(dir, config, work, host);
    const ran = await runWork({ dir, config, planned, checkpoint, work, deferred, options, host });
    await unlock();
    // The run's results are recorded whatever happens to the push: a failed delivery is reported
    // beside the run report, not in place of it.
    let deliveryError: string | undefined;
    const delivery = await deliverIfChanged(dir, config, ran, checkpoint, options, host).catch(
      (error: unknown) => void (deliveryError = (error as Error).message),
    );
    const commit = delivery?.commit
      ? { sha: delivery.commit.sha, message: delivery.commit.message }
      : undefined;
    if (commit) ran.report.commit = commit;
    return {
      kind: 'ran',
      findings: planned.findings,
      blocked,
      report: ran.report,
      ...(ran.reportPath ? { reportPath: ran.reportPath } : {}),
      ...(commit ? { commit } : {}),
      ...(delivery?.pushed || delivery?.pullRequest || delivery?.review ? { delivery } : {}),
      ...(deliveryError ? { deliveryError } : {}),
      interrupted: ran.interrupted,
    };
  } finally {
    await unlock();
  }
}

function withGitOverrides(config: Config, o: GenerateOptions): Config {
  if (!o.delivery && !o.branch) return config;
  const git = { ...config.settings.git };
  if (o.delivery) git.delivery = o.delivery;
  if (o.branch) git.branch = o.branch;
  return { ...config, settings: { ...config.settings, git } };
}

function blockedShots(planned: PlanResult): BlockedShot[] {
  return planned.plan
    .filter((s) => s.status === 'blocked')
    .map((s) => ({ key: s.key, reason: s.reason ?? 'failed last time' }));
}

/** Asks the same provider lookup a real run asks, so offline and missing keys show as they would. */
async function dryRunShots(
  work: RunnableShot[],
  config: Config,
  options: GenerateOptions,
  host: Host,
): Promise<DryRunShot[]> {
  const { createProviderRegistry } = await import('../providers/registry.js');
  const lookup = createProviderRegistry({
    env: host.env,
    providers: config.settings.providers,
    ...(config.settings.routing ? { routing: config.settings.routing } : {}),
    offline: options.offline,
  });
  return work.map((s) => {
    const found = lookup(s.spec.model);
    const row = { key: s.key, status: s.status, model: s.spec.model };
    if (found.ok) return { ...row, action: 'run' };
    return { ...row, action: found.reason === 'offline' ? 'skip' : 'fail', note: found.message };
  });
}

function dryRunResult(
  findings: Finding[],
  blocked: BlockedShot[],
  shots: DryRunShot[],
  deferred: RunnableShot[],
): GenerateResult {
  return {
    kind: 'dry-run',
    findings,
    blocked,
    shots,
    deferred: deferred.length,
  };
}

interface RunWork {
  dir: string;
  config: Config;
  planned: PlanResult;
  checkpoint: Checkpoint;
  work: RunnableShot[];
  deferred: RunnableShot[];
  options: GenerateOptions;
  host: Host;
}

/** Runs the shots, then writes the run report when anything was attempted. */
async function runWork(input: RunWork) {
  const startedAt = new Date();
  const runId = newRunId(startedAt);
  input.host.onEvent?.({ type: 'run-start', runId, total: input.work.length });
  const { outcomes, interrupted } = await runShotsOf(input, runId);
  for (const d of input.deferred) outcomes.push(deferredOutcome(d, input.options.maxImages));
  const report = buildRunReport({
    runId,
    startedAt,
    finishedAt: new Date(),
    outcomes,
    ...(interrupted ? { interrupted: stopReason(input.host) } : {}),
  });
  const changed = outcomes.some((o) => o.status !== 'skipped');
  if (!changed) return { report, changed, interrupted };
  const storeRel = input.config.settings.paths.store;
  const reportPath = path.posix.join(storeRel, 'reports', `${runId}.json`);
  await mkdir(path.dirname(path.join(input.dir, reportPath)), { recursive: true });
  await writeFileAtomic(
    path.join(input.dir, reportPath),
    Buffer.from(JSON.stringify(report, null, 2) + '\n'),
  );
  return { report, changed, interrupted, reportPath };
}

async function runShotsOf(input: RunWork, runId: string) {
  const { dir, config, planned, checkpoint, work, host } = input;
  // The run pulls in sharp, the QA checks and the OCR engine: loaded only when shots run.
  const [{ runShots }, { runQa, closeOcr }, { SiblingPhashes }, { createProviderRegistry }, backoff] =
    await Promise.all([
      import('../run/run-shots.js'),
      import('../images/qa/index.js'),
      import('../run/siblings.js'),
      import('../providers/registry.js'),
      import('../run/backoff.js'),
    ]);
  if (host.env[FAKE_PROVIDER_ENV])
    logTo(host, 'info', `hosted models are served by the test fake at ${host.env[FAKE_PROVIDER_ENV]}`);
  const signals = runSignals(host, config.settings.run.graceSeconds);
  const specs = planned.plan.flatMap((s) => (s.spec ? [s.spec] : []));
  const settings = shardSettings(config.settings, input.options.shard?.count);
  let done = 0;
  try {
    const outcomes = await runShots({
      root: dir,
      settings,
      shots: work,
      lookup: createProviderRegistry({
        env: host.env,
        providers: settings.providers,
        ...(config.settings.routing ? { routing: config.settings.routing } : {}),
        offline: input.options.offline,
      }),
      checkpoint,
      runId,
      qa: runQa,
      siblings: new SiblingPhashes(
        specs,
        checkpoint.records,
        work.map((s) => s.key),
      ),
      qaSettings: (spec) => config.placements.get(spec.placement)?.qa ?? {},
      stop: signals.stop,
      kill: signals.kill,
      backoff: backoff.backoffFromEnv(host.env),
      onOutcome: (outcome) =>
        host.onEvent?.({ type: 'shot-done', outcome, done: ++done, total: work.length }),
      ...(await objectStoreOf(config, host)),
    });
    return { outcomes, interrupted: signals.stop.aborted };
  } finally {
    signals.dispose();
    await checkpoint.close();
    // The OCR worker of the text check would keep the process alive.
    await closeOcr();
  }
}

/**
 * A re-derive needs the raw output the record points at; on a fresh clone it lives only on the raw
 * ref (git.raw: ref). Restored first, so the shot re-derives instead of paying for a new call.
 */
async function restoreRawFor(dir: string, config: Config, work: RunnableShot[], host: Host): Promise<void> {
  const wanted = work.flatMap((s) => (s.status === 're-derive' && s.previous?.raw ? [s.previous] : []));
  if (wanted.length === 0 || config.settings.git.raw !== 'ref') return;
  const git = gitRunner(dir, host.env);
  const remote = config.settings.git.delivery === 'commit' ? undefined : config.settings.git.remote;
  try {
    const { restored, missing } = await restoreRaw(git, wanted, remote);
    if (restored)
      logTo(host, 'info', `restored ${restored} raw outputs from refs/shotlist/raw for re-deriving`);
    if (missing)
      logTo(host, 'warning', `${missing} raw outputs are missing; those shots call their provider again`);
  } catch (error) {
    logTo(
      host,
      'warning',
      `could not restore raw outputs (${(error as Error).message}); those shots call their provider again`,
    );
  }
}

/**
 * With `delivery: push`, review shots wait on the pull-request branch, not on the checked-out one:
 * brought into the work tree first, so the plan sees them done instead of paying for them again.
 */
async function restoreReviewFor(dir: string, config: Config, host: Host): Promise<void> {
  const g = config.settings.git;
  const isReview = reviewKeyTest(config);
  if (g.delivery !== 'push' || !hasReviewPlacements(config)) return;
  const git = gitRunner(dir, host.env);
  try {
    const base = await targetBranch(git, g.branch, host.env);
    const branch = g.pullRequestBranch.replaceAll('{base}', base);
    const keys = await restoreReview(git, {
      remote: g.remote,
      branch,
      storeRel: config.settings.paths.store,
      isReview,
    });
    if (keys.length)
      logTo(host, 'info', `${keys.length} shot(s) still waiting for review on ${branch}: taken as done`);
  } catch (error) {
    logTo(
      host,
      'warning',
      `could not read the shots waiting for review (${(error as Error).message}); review shots not on the branch are made again`,
    );
  }
}

/**
 * Storage kind s3: published images go to the bucket, uploads retried like provider calls. The S3
 * client is loaded only then.
 */
async function objectStoreOf(config: Config, host: Host): Promise<{ objects?: ObjectStore }> {
  const storage = config.settings.storage;
  if (storage.kind !== 's3') return {};
  const { s3ObjectStore } = await import('../store/s3-store.js');
  const { baseMs, capMs } = backoffFromEnv(host.env);
  return {
    objects: s3ObjectStore(storage, host.env, {
      maxAttempts: config.settings.run.maxAttempts,
      baseMs,
      capMs,
    }),
  };
}

/** The run report as a pull request body; the marker lets tools find shotlist's pull request. */
function pullRequestBody(report: RunReport): string {
  return `<!-- shotlist:run -->\n### shotlist run ${report.runId}\n\n\`\`\`\n${renderRunText(report)}\`\`\`\n`;
}

/** The pull requests of the host's GitHub repository, when the env has a token for it. */
async function defaultPullRequests(env: Host['env']): Promise<PullRequests | undefined> {
  const token = env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository) return undefined;
  const { githubPullRequests } = await import('../store/pull-requests.js');
  return githubPullRequests({
    token,
    repository,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
  });
}

interface RanWork {
  report: RunReport;
  changed: boolean;
  reportPath?: string;
}

async function deliverIfChanged(
  dir: string,
  config: Config,
  ran: RanWork,
  checkpoint: Checkpoint,
  options: GenerateOptions,
  host: Host,
): Promise<DeliveryResult | undefined> {
  if (options.commit === false || !ran.changed) return undefined;
  const runId = ran.report.runId;
  const rawFiles = [...checkpoint.records.values()].flatMap((r) =>
    r.runId === runId && r.raw?.path ? [r.raw.path] : [],
  );
  const pullRequests =
    options.pullRequests ??
    (config.settings.git.delivery !== 'commit' ? await defaultPullRequests(host.env) : undefined);
  const message = commitMessage(ran.report);
  const delivery = await deliverRun({
    root: dir,
    storeRel: config.settings.paths.store,
    env: host.env,
    git: config.settings.git,
    runId,
    message,
    rawFiles,
    ...(ran.reportPath ? { reportRel: ran.reportPath } : {}),
    ...(pullRequests ? { pullRequests } : {}),
    pullRequest: { title: message.split('\n')[0]!, body: pullRequestBody(ran.report) },
    ...(hasReviewPlacements(config) ? { isReview: reviewKeyTest(config) } : {}),
    onLog: (m) => logTo(host, 'info', m),
  });
  if (delivery.noCommit) logTo(host, 'info', delivery.noCommit);
  for (const w of delivery.warnings) logTo(host, 'warning', w);
  const { pushed, pullRequest: pr } = delivery;
  if (pushed)
    logTo(
      host,
      'info',
      `pushed ${pushed.sha.slice(0, 12)} to ${pushed.remote} ${pushed.branch}${pushed.rebuilt ? ` (merged with ${pushed.rebuilt} concurrent push${pushed.rebuilt === 1 ? '' : 'es'})` : ''}`,
    );
  if (delivery.review)
    logTo(
      host,
      'info',
      `pushed ${delivery.review.keys.length} shot(s) of review placements to ${delivery.review.branch} (${delivery.review.sha.slice(0, 12)})`,
    );
  if (pr) logTo(host, 'info', `${pr.created ? 'opened' : 'updated'} pull request #${pr.number}: ${pr.url}`);
  return delivery;
}

function deferredOutcome(shot: RunnableShot, maxImages: number | undefined): ShotOutcome {
  return {
    key: shot.key,
    status: 'skipped',
    plan: shot.status,
    model: shot.spec.model,
    attempts: 0,
    rerolls: 0,
    rederived: false,
    ms: 0,
    costUsd: 0,
    error: { kind: 'max-images', message: `deferred by --max-images ${maxImages}` },
  };
}

function newRunId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** The host says why it stopped the run through the abort reason, e.g. "SIGINT received". */
function stopReason(host: Host): string {
  const reason: unknown = host.stop?.reason;
  return typeof reason === 'string' ? reason : 'stopped by the host';
}
