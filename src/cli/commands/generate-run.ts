import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import picomatch from 'picomatch';
import { formatFinding, hasErrors } from '../../domain/findings.js';
import { loadConfig } from '../../config/load.js';
import { closeOcr, runQa } from '../../images/qa/index.js';
import { buildPlan } from '../../core/plan.js';
import { isPlanned, needsProvider, planShots, type PlannedShot } from '../../plan/plan.js';
import { assignShards, parseShard } from '../../plan/shards.js';
import { FAKE_PROVIDER_ENV, createProviderRegistry, fakeProviderProblem } from '../../providers/registry.js';
import { buildRunReport, commitMessage, renderRunText, type RunReport } from '../../report/run-report.js';
import { backoffFromEnv } from '../../run/backoff.js';
import { writeFileAtomic } from '../../store/atomic-file.js';
import { acquireRunLock } from '../../run/lock.js';
import { runShots, type ShotOutcome } from '../../run/run-shots.js';
import { SiblingPhashes } from '../../run/siblings.js';
import { Checkpoint } from '../../store/checkpoint.js';
import { commitRun } from '../../store/git-store.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { resolveRepoDir } from '../repo-dir.js';
import type { GenerateFlags } from './generate.js';

/** Exit codes of an interrupted run follow the shell convention 128 + signal number. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

function newRunId(now: Date): string {
  return `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

function parseMaxImages(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--max-images expects a whole number, got "${text}"`);
  return Number(text);
}

/** The work of `shotlist generate`, loaded only when the command runs (it pulls in sharp, OCR and the run). */
export async function runGenerate(
  flags: GenerateFlags,
  io: CliIO,
  setExit: (code: number) => void,
): Promise<void> {
  const dir = await resolveRepoDir(io, flags.dir);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (flags.shard !== undefined && !shard)
    throw new UsageError(`--shard expects i/N with 1 <= i <= N, e.g. 2/4, got "${flags.shard}"`);
  const maxImages = parseMaxImages(flags.maxImages);
  const only = flags.only ? picomatch(flags.only) : undefined;
  const fakeProblem = fakeProviderProblem(io.env);
  if (fakeProblem) throw new UsageError(fakeProblem);

  const loaded = await loadConfig(dir);
  if (!loaded.config || hasErrors(loaded.findings)) {
    for (const f of loaded.findings) io.stderr(`${formatFinding(f)}\n`);
    const n = loaded.findings.filter((f) => f.severity === 'error').length;
    io.stderr(`${n} error${n === 1 ? '' : 's'}: fix the configuration, then run shotlist generate again\n`);
    setExit(EXIT.failed);
    return;
  }
  const storeRel = loaded.config.settings.paths.store;
  const storeDir = path.join(dir, storeRel);
  const manifestPath = path.join(storeDir, 'manifest.jsonl');

  let release: (() => Promise<void>) | undefined;
  if (!flags.dryRun) {
    const lock = await acquireRunLock(storeDir);
    if ('heldBy' in lock) {
      io.stderr(
        `another shotlist generate (pid ${lock.heldBy}) is running on ${storeRel}/; wait for it to finish\n`,
      );
      setExit(EXIT.failed);
      return;
    }
    release = lock.release;
  }
  try {
    // Folding the journal of a killed run first makes the plan see every shot it finished.
    const { checkpoint } = await Checkpoint.open(manifestPath, flags.dryRun ? { readOnly: true } : {});
    const result = await buildPlan({ dir });
    for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
    if (!result.config || hasErrors(result.findings)) {
      for (const f of result.findings) io.stderr(`${formatFinding(f)}\n`);
      io.stderr('generate stopped before any provider call: fix the problems above\n');
      setExit(EXIT.failed);
      return;
    }
    for (const f of result.findings) io.stderr(`${formatFinding(f)}\n`);
    const config = result.config;
    const specs = result.plan.flatMap((s) => (s.spec ? [s.spec] : []));
    const plan = planShots(specs, checkpoint.records);
    let work = plan.filter((s): s is PlannedShot & { spec: NonNullable<PlannedShot['spec']> } =>
      Boolean(s.spec && isPlanned(s.status)),
    );
    if (shard) {
      const shards = assignShards(
        work.map((s) => s.key),
        shard.count,
      );
      work = work.filter((s) => shards.get(s.key) === shard.index);
    }
    if (only) work = work.filter((s) => only(s.key));
    const deferred: PlannedShot[] = [];
    if (maxImages !== undefined) {
      let calls = 0;
      work = work.filter((s) => {
        if (!needsProvider(s.status)) return true;
        if (calls < maxImages) return ++calls > 0;
        deferred.push(s);
        return false;
      });
    }

    if (flags.dryRun) {
      const rows = work.map((s) => ({ key: s.key, status: s.status, model: s.spec.model }));
      if (flags.json)
        io.stdout(JSON.stringify({ dryRun: true, shots: rows, deferred: deferred.length }) + '\n');
      else {
        io.stdout(
          `generate --dry-run: ${work.length} shots would run${deferred.length ? `, ${deferred.length} deferred by --max-images` : ''}\n`,
        );
        for (const r of rows.slice(0, 100)) io.stdout(`  ${r.status.padEnd(16)} ${r.key}  (${r.model})\n`);
        if (rows.length > 100) io.stdout(`  …and ${rows.length - 100} more\n`);
      }
      setExit(EXIT.ok);
      return;
    }

    if (io.env[FAKE_PROVIDER_ENV])
      io.stderr(`note: hosted models are served by the test fake at ${io.env[FAKE_PROVIDER_ENV]}\n`);
    const startedAt = new Date();
    const runId = newRunId(startedAt);
    const lookup = createProviderRegistry({
      env: io.env,
      providers: config.settings.providers,
      offline: flags.offline,
    });

    const stop = new AbortController();
    const kill = new AbortController();
    let interrupted: keyof typeof SIGNAL_EXIT | undefined;
    let graceTimer: NodeJS.Timeout | undefined;
    const onSignal = (sig: keyof typeof SIGNAL_EXIT) => {
      if (interrupted) {
        kill.abort();
        return;
      }
      interrupted = sig;
      io.stderr(
        `\n${sig}: no new shots; waiting up to ${config.settings.run.graceSeconds} s for running ones (send again to abort them)\n`,
      );
      stop.abort();
      graceTimer = setTimeout(() => kill.abort(), config.settings.run.graceSeconds * 1000);
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);

    const progress = progressPrinter(io, work.length);
    let outcomes: ShotOutcome[];
    try {
      outcomes = await runShots({
        root: dir,
        settings: config.settings,
        shots: work,
        lookup,
        checkpoint,
        runId,
        qa: runQa,
        siblings: new SiblingPhashes(
          specs,
          checkpoint.records,
          work.map((s) => s.key),
        ),
        qaSettings: (spec) => config.placements.get(spec.placement)?.qa ?? {},
        stop: stop.signal,
        kill: kill.signal,
        backoff: backoffFromEnv(io.env),
        onOutcome: progress,
      });
    } finally {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      if (graceTimer) clearTimeout(graceTimer);
      progress.stop();
      await checkpoint.close();
      // The OCR worker of the text check would keep the process alive.
      await closeOcr();
    }
    for (const d of deferred) {
      outcomes.push({
        key: d.key,
        status: 'skipped',
        plan: d.status,
        model: d.spec?.model ?? '',
        attempts: 0,
        rerolls: 0,
        rederived: false,
        ms: 0,
        costUsd: 0,
        error: { kind: 'max-images', message: `deferred by --max-images ${maxImages}` },
      });
    }
    const report: RunReport = buildRunReport({
      runId,
      startedAt,
      finishedAt: new Date(),
      outcomes,
      ...(interrupted ? { interrupted: `${interrupted} received` } : {}),
    });
    const reportRel = path.posix.join(storeRel, 'reports', `${runId}.json`);
    const doneAnything = outcomes.some((o) => o.status !== 'skipped');
    if (doneAnything) {
      await mkdir(path.dirname(path.join(dir, reportRel)), { recursive: true });
      await writeFileAtomic(path.join(dir, reportRel), Buffer.from(JSON.stringify(report, null, 2) + '\n'));
    }
    if (release) {
      await release();
      release = undefined;
    }
    if (flags.commit !== false && doneAnything) {
      const message = commitMessage(report);
      const commit = await commitRun(dir, storeRel, message);
      if (commit.committed) report.commit = { sha: commit.sha, message: message.split('\n')[0]! };
      else io.stderr(`note: ${commit.message}\n`);
    }
    if (flags.json) io.stdout(JSON.stringify(report) + '\n');
    else {
      io.stdout(renderRunText(report));
      if (doneAnything) io.stdout(`  report: ${reportRel}\n`);
      if (report.commit?.sha) io.stdout(`  committed ${report.commit.sha.slice(0, 12)}\n`);
    }
    const failed = report.totals.failed + report.totals['qa-failed'] > 0;
    if (interrupted) setExit(SIGNAL_EXIT[interrupted]);
    else setExit(failed ? EXIT.failed : EXIT.ok);
  } finally {
    if (release) await release();
  }
}

/** A bar on a terminal; in CI a line per 10% and one per failed shot. */
function progressPrinter(io: CliIO, total: number): ((o: ShotOutcome) => void) & { stop(): void } {
  let done = 0;
  let nextMark = 0.1;
  const bar =
    io.isTTY && total > 0
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'generate [{bar}] {value}/{total} shots  {failed} failed  eta {eta_formatted}',
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  let failed = 0;
  bar?.start(total, 0, { failed });
  const onOutcome = (o: ShotOutcome) => {
    done++;
    const bad = o.status === 'failed' || o.status === 'qa-failed';
    if (bad) failed++;
    if (bar) {
      bar.update(done, { failed });
      return;
    }
    if (bad)
      io.stderr(
        `  ${o.status} ${o.key}: ${o.error ? `${o.error.kind}: ${o.error.message}` : `QA failed (${o.qa?.failed.map((c) => c.check).join(', ')})`}\n`,
      );
    if (total >= 20 && done / total >= nextMark) {
      io.stderr(`generate: ${done}/${total} shots done\n`);
      nextMark += 0.1;
    }
  };
  return Object.assign(onOutcome, { stop: () => bar?.stop() });
}
