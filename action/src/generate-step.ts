/** push / workflow_dispatch: generate (all, one shard, or the dispatch's selection), QA, deliver, summarise. */
import * as core from '@actions/core';
import path from 'node:path';
import { generate, type GenerateOptions, type GenerateResult } from '../../src/core/generate.js';
import type { Host } from '../../src/core/host.js';
import { formatFinding } from '../../src/domain/findings.js';
import { describeChecks, runSummaryLine, type RunReport } from '../../src/report/run-report.js';
import { cell } from '../../src/report/plan-markdown.js';
import type { StepContext, StepResult } from './context.js';
import { catchUp, deliveryOptions } from './git.js';
import { preflight } from './budget.js';
import { writePart } from './parts.js';
import { annotate, findingsTable } from './render.js';

/** The runner sends SIGINT, then SIGTERM, when a workflow is cancelled: stop taking shots, then abort. */
function hostFor(env: NodeJS.ProcessEnv): Host & { dispose(): void } {
  const stop = new AbortController();
  const kill = new AbortController();
  const onSignal = () => (stop.signal.aborted ? kill.abort() : stop.abort());
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    env,
    stop: stop.signal,
    kill: kill.signal,
    onEvent: (e) => {
      if (e.type === 'log') (e.level === 'warning' ? core.warning : core.info)(e.message);
      else if (e.type === 'run-start') core.info(`run ${e.runId}: ${e.total} shots`);
      else if (e.outcome.status === 'failed' || e.outcome.status === 'qa-failed')
        core.info(`  ${e.outcome.status} ${e.outcome.key} (${e.done}/${e.total})`);
    },
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

function runTable(report: RunReport): string {
  const t = report.totals;
  let out = `### shotlist generate\n\n${runSummaryLine(report)} in ${(report.ms / 1000).toFixed(1)} s\n\n`;
  out +=
    '| made | re-derived | failed | QA failed | skipped | provider calls | cost |\n|---:|---:|---:|---:|---:|---:|---:|\n';
  out += `| ${t.ok} | ${t.rederived} | ${t.failed} | ${t['qa-failed']} | ${t.skipped} | ${t.providerCalls} | $${t.costUsd.toFixed(2)} |\n\n`;
  if (report.interrupted)
    out += `> Interrupted: ${cell(report.interrupted)}. Run the workflow again to continue.\n\n`;
  const bad = report.shots.filter((s) => s.status === 'failed' || s.status === 'qa-failed');
  if (bad.length > 0) {
    out += '| shot | status | why |\n|---|---|---|\n';
    for (const s of bad) {
      const why = s.error ? `${s.error.kind}: ${s.error.message}` : describeChecks(s.qa?.failed ?? []);
      out += `| \`${cell(s.key)}\` | ${s.status} | ${cell(why)} |\n`;
    }
  }
  return out;
}

function verdict(report: RunReport, failOnQa: boolean): string | undefined {
  const t = report.totals;
  if (report.interrupted)
    return `the run was interrupted (${report.interrupted}); finished shots are recorded`;
  if (t.failed > 0) return `${t.failed} shot${t.failed === 1 ? '' : 's'} failed (see the job summary)`;
  if (failOnQa && t['qa-failed'] > 0)
    return `${t['qa-failed']} shot${t['qa-failed'] === 1 ? '' : 's'} failed QA and were kept for review (shotlist accept, or fail-on-qa: false)`;
  return undefined;
}

function notRan(ctx: StepContext, result: Exclude<GenerateResult, { kind: 'ran' }>): StepResult {
  if (result.kind === 'locked') {
    return {
      outputs: {},
      summary: [],
      failure: `another shotlist run (pid ${result.heldBy}) holds ${result.store}/; wait for it`,
    };
  }
  const shown = annotate(result.findings, ctx.workspace, ctx.dir).shown;
  const summary = [findingsTable(result.findings, ctx.workspace, ctx.dir, shown)];
  if (result.kind === 'dry-run') return { outputs: { planned: result.shots.length }, summary };
  const errors = result.findings.filter((f) => f.severity === 'error');
  for (const f of errors.slice(0, 3)) core.info(formatFinding(f));
  return {
    outputs: {},
    summary,
    failure: `generate stopped before any provider call: ${errors.length} configuration error(s)`,
  };
}

/** What the core's delivery did, for the job summary. */
function deliverySummary(
  result: Extract<GenerateResult, { kind: 'ran' }>,
  branch: string | undefined,
): string[] {
  const out: string[] = [];
  const d = result.delivery;
  if (result.deliveryError) out.push(`Delivery failed: ${cell(result.deliveryError)}\n`);
  if (d?.pushed) out.push(`Pushed ${d.pushed.sha.slice(0, 12)} to \`${cell(d.pushed.branch)}\`.\n`);
  else if (result.commit && !branch)
    out.push(`Committed ${result.commit.sha.slice(0, 12)} but not pushed: the run is not on a branch.\n`);
  if (d?.review)
    out.push(
      `${d.review.keys.length} shot(s) of review placements pushed to \`${cell(d.review.branch)}\` for review.\n`,
    );
  if (d?.pullRequest)
    out.push(
      `${d.pullRequest.created ? 'Opened' : 'Updated'} pull request #${d.pullRequest.number}: ${d.pullRequest.url}\n`,
    );
  for (const w of d?.warnings ?? []) out.push(`> ${cell(w)}\n`);
  if (!result.commit && !d?.review && !result.deliveryError)
    out.push(
      result.report.totals.shots === 0
        ? 'Nothing to generate: every shot matches the manifest.\n'
        : 'Nothing committed.\n',
    );
  return out;
}

export async function generateStep(ctx: StepContext, branch: string | undefined): Promise<StepResult> {
  const s = ctx.settings;
  const shard = s.shard && 'index' in s.shard ? s.shard : undefined;
  const deliver = s.delivery !== 'none' && !shard;
  if (deliver && branch) core.info(await catchUp(ctx.dir, branch));
  const pre = await preflight(ctx, shard);
  if (pre.problem)
    return {
      outputs: { manifest: pre.manifest },
      summary: [`### shotlist generate\n\n${pre.problem}\n`],
      failure: pre.problem,
    };

  const options: GenerateOptions = {
    dir: ctx.dir,
    commit: deliver,
    // Shards deliver nothing, but knowing the delivery lets them take waiting review shots as done.
    ...(s.delivery !== 'none' ? deliveryOptions(ctx, branch, pre.git?.delivery) : {}),
  };
  if (s.only) options.only = s.only;
  if (s.maxImages !== undefined) options.maxImages = s.maxImages;
  if (shard) options.shard = shard;
  const host = hostFor(process.env);
  let result: GenerateResult;
  try {
    result = await generate(options, host);
  } finally {
    host.dispose();
  }
  if (result.kind !== 'ran') return notRan(ctx, result);
  const { report } = result;
  annotate(result.findings, ctx.workspace, ctx.dir);
  const summary = [runTable(report)];
  const outputs: StepResult['outputs'] = {
    generated: report.totals.ok,
    failed: report.totals.failed + report.totals['qa-failed'],
    costUsd: report.totals.costUsd,
    manifest: pre.manifest,
  };
  if (result.reportPath) outputs.report = path.join(ctx.dir, result.reportPath);
  let failure = verdict(report, s.failOnQa);
  if (shard) {
    outputs.part = await writePart(ctx, pre.storeRel, shard);
    summary.push(
      `Shard ${shard.index}/${shard.count}: part written to \`${outputs.part}\` for the merge job.\n`,
    );
  } else if (deliver) {
    summary.push(...deliverySummary(result, branch));
    if (result.deliveryError) failure = result.deliveryError;
  } else if (report.totals.shots === 0) {
    summary.push('Nothing to generate: every shot matches the manifest.\n');
  }
  return { outputs, summary, ...(failure ? { failure } : {}) };
}
