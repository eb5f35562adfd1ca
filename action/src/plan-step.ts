/** The pull-request path: validate, plan against the base, annotate, comment, summarise. No provider keys. */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPlan, type PlanResult } from '../../src/core/plan.js';
import { hasErrors, type Finding } from '../../src/domain/findings.js';
import { GitRefError } from '../../src/plan/base.js';
import { formatUsd } from '../../src/plan/cost.js';
import { isPlanned } from '../../src/plan/plan.js';
import { assignShards, shardMatrix } from '../../src/plan/shards.js';
import {
  GITHUB_COMMENT_LIMIT,
  PLAN_COMMENT_MARKER,
  cell,
  renderPlanMarkdown,
} from '../../src/report/plan-markdown.js';
import { upsertPlanComment } from './comment.js';
import type { StepContext, StepResult } from './context.js';
import type { PullRequest } from './event.js';
import { annotate, findingsTable } from './render.js';

/** Planned shots per matrix job: shards are sized by work, never more than the `shard` input allows. */
export const SHOTS_PER_SHARD = 200;

export function shardCount(planned: number, max: number): number {
  return Math.min(max, Math.max(1, Math.ceil(planned / SHOTS_PER_SHARD)));
}

async function planWithBase(
  dir: string,
  base: string | undefined,
): Promise<{ result: PlanResult; note?: string }> {
  try {
    return { result: await buildPlan(base ? { dir, base } : { dir }) };
  } catch (error) {
    if (!(error instanceof GitRefError) || !base) throw error;
    // A shallow checkout lacks the base commit: the plan still holds, only the reasons are poorer.
    const note = `the base commit ${base.slice(0, 12)} is not in the checkout, so reasons come from the manifest; check out with fetch-depth: 0 to name the YAML change behind each shot`;
    return { result: await buildPlan({ dir }), note };
  }
}

function invalidComment(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error');
  let out = `${PLAN_COMMENT_MARKER}\n### shotlist plan\n\n**The configuration has ${errors.length} error${errors.length === 1 ? '' : 's'}**: nothing can be planned until they are fixed (each is annotated on its line in the Files changed tab).\n\n`;
  for (const f of errors.slice(0, 50))
    out += `- \`${cell(f.file)}:${f.line}:${f.column}\` ${cell(f.message)}\n`;
  if (errors.length > 50) out += `- …and ${errors.length - 50} more (see the job summary)\n`;
  return out;
}

function budgetFinding(usd: number, budget: number | undefined): Finding[] {
  if (budget === undefined || usd <= budget + 1e-9) return [];
  return [
    {
      file: 'shotlist.yaml',
      line: 0,
      column: 0,
      severity: 'error',
      rule: 'over-budget',
      message: `the plan costs an estimated ${formatUsd(usd)} but the action's budget input is ${formatUsd(budget)}; raise the budget input in the workflow or split the change`,
    },
  ];
}

async function postComment(ctx: StepContext, pr: PullRequest, body: string): Promise<string> {
  if (!ctx.settings.comment) return 'comment: off (input comment: false)';
  if (!ctx.settings.githubToken || !ctx.repository) {
    core.warning('no github-token or GITHUB_REPOSITORY: the plan is in the job summary only');
    return 'comment: not posted (no token)';
  }
  const octokit = getOctokit(ctx.settings.githubToken);
  const posted = await upsertPlanComment(octokit, { ...ctx.repository, issue: pr.number }, body);
  if (!posted.ok) {
    core.warning(posted.message);
    return `comment: not posted (${posted.message})`;
  }
  core.info(`plan comment ${posted.action} on #${pr.number}${posted.url ? `: ${posted.url}` : ''}`);
  return `comment: ${posted.action}${posted.url ? ` ([view](${posted.url}))` : ''}`;
}

export async function planStep(
  ctx: StepContext,
  pr: PullRequest | undefined,
  validateOnly = false,
): Promise<StepResult> {
  const { result, note } = await planWithBase(ctx.dir, validateOnly ? undefined : pr?.baseSha);
  for (const w of result.warnings) core.warning(w);
  if (note) core.warning(note);
  const planned = result.plan.filter((s) => isPlanned(s.status));
  const findings = [...result.findings, ...budgetFinding(result.cost.usd, ctx.settings.budgetUsd)];
  const shown = annotate(findings, ctx.workspace, ctx.dir).shown;
  const invalid = !result.config || hasErrors(findings);
  const max = ctx.settings.shard && 'max' in ctx.settings.shard ? ctx.settings.shard.max : undefined;
  const shards = max && !invalid && planned.length > 0 ? shardCount(planned.length, max) : undefined;
  if (shards && shards > 1) {
    const assigned = assignShards(
      planned.map((s) => s.key),
      shards,
    );
    for (const s of planned) s.shard = assigned.get(s.key)!;
  }
  const body = !result.config
    ? invalidComment(findings)
    : renderPlanMarkdown(
        {
          plan: result.plan,
          cost: result.cost,
          findings,
          ...(result.base
            ? { baseRef: pr ? `${result.base.ref.slice(0, 12)} (base)` : result.base.ref }
            : {}),
          ...(result.base?.problem ? { baseProblem: result.base.problem } : {}),
          ...(shards && shards > 1 ? { shards } : {}),
        },
        { maxChars: GITHUB_COMMENT_LIMIT },
      );
  const manifest = path.relative(ctx.workspace, result.manifestPath).split(path.sep).join('/');
  const summary = [
    body.replace(PLAN_COMMENT_MARKER, '').trimStart(),
    findingsTable(findings, ctx.workspace, ctx.dir, shown),
  ];
  // The comment first: it is what people wait for; the report file is for later steps.
  if (pr && !validateOnly) summary.push(await postComment(ctx, pr, body));
  const report = path.join(ctx.temp, 'shotlist-plan.json');
  await mkdir(ctx.temp, { recursive: true });
  await writeFile(
    report,
    JSON.stringify({
      findings,
      cost: result.cost,
      planned: planned.length,
      shots: planned.map((s) => ({ key: s.key, status: s.status, reason: s.reason, shard: s.shard })),
    }) + '\n',
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    outputs: {
      planned: planned.length,
      generated: 0,
      failed: 0,
      costUsd: result.cost.usd,
      manifest,
      matrix: JSON.stringify(shardMatrix(shards ?? (max ? 0 : 1))),
      report,
    },
    summary,
    ...(invalid
      ? {
          failure: `${errors} error${errors === 1 ? '' : 's'} in the configuration (annotated on the YAML lines; all listed in the job summary)`,
        }
      : {}),
  };
}
