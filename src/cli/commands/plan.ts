import { plural } from '../../domain/text.js';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { formatFinding, hasErrors } from '../../domain/findings.js';
import { GitRefError } from '../../plan/base.js';
import { buildPlan, type PlanResult } from '../../core/plan.js';
import { formatDuration, formatUsd } from '../../plan/cost.js';
import { PLAN_STATUSES, isPlanned, type PlannedShot } from '../../plan/plan.js';
import { shardMatrix } from '../../plan/shards.js';
import { renderPlanMarkdown } from '../../report/plan-markdown.js';
import type { CommandRegistrar } from '../main.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { resolveRepoDir } from '../repo-dir.js';

interface PlanFlags {
  dir?: string;
  base?: string;
  json?: boolean;
  shards?: string;
  markdown?: boolean;
}

/** Lines of plain text output before pointing at --json. */
const TEXT_ROWS = 100;

function parseShardCount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 256) {
    throw new UsageError(`--shards expects a whole number from 1 to 256, got "${text}"`);
  }
  return n;
}

function shotJson(s: PlannedShot): Record<string, unknown> {
  return {
    key: s.key,
    status: s.status,
    reason: s.reason,
    reasonCodes: s.reasonCodes,
    shard: s.shard,
    model: s.spec?.model ?? s.previous?.model,
    prompt: s.spec ? `${s.spec.promptId}@${s.spec.promptVersion}` : s.previous?.prompt,
    genHash: s.spec?.genHash,
    specHash: s.spec?.specHash,
    previous: s.previous
      ? { genHash: s.previous.genHash, specHash: s.previous.specHash, status: s.previous.status }
      : undefined,
  };
}

export function planJson(
  result: PlanResult,
  shards: number | undefined,
  dir: string,
): Record<string, unknown> {
  const counts = Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0]));
  for (const shot of result.plan) counts[shot.status]!++;
  return {
    ok: !hasErrors(result.findings),
    counts,
    planned: result.plan.filter((s) => isPlanned(s.status)).length,
    cost: result.cost,
    findings: result.findings,
    warnings: result.warnings,
    manifest: path.relative(dir, result.manifestPath).split(path.sep).join('/'),
    base: result.base ? { ref: result.base.ref, problem: result.base.problem } : undefined,
    matrix: shards ? shardMatrix(shards) : undefined,
    // Unchanged shots are only counted: listing 200,000 of them helps no one.
    shots: result.plan.filter((s) => s.status !== 'unchanged').map(shotJson),
  };
}

function planText(result: PlanResult): string {
  const { cost, plan } = result;
  let out = '';
  const counts = PLAN_STATUSES.map((s) => [s, plan.filter((p) => p.status === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  out += `plan: ${counts.map(([s, n]) => `${n} ${s}`).join(', ') || 'no shots configured'}\n`;
  if (result.base)
    out += `compared with ${result.base.ref}${result.base.problem ? ` (${result.base.problem})` : ''}\n`;
  if (cost.models.length > 0) {
    out += `cost: ${plural(cost.images, 'image')}, ${cost.rederive} re-derived (free), ${formatUsd(cost.usd)}, about ${formatDuration(cost.seconds)}\n`;
    for (const m of cost.models) {
      out += `  ${m.model}: ${plural(m.images, 'image')}, ${m.rederive} re-derive, ${m.known ? formatUsd(m.usd) : 'price unknown'}, ${formatDuration(m.seconds)} at concurrency ${m.concurrency}\n`;
    }
  }
  const listed = plan.filter((s) => s.status !== 'unchanged');
  for (const shot of listed.slice(0, TEXT_ROWS)) {
    out += `  ${shot.status.padEnd(16)} ${shot.key}${shot.shard ? ` [shard ${shot.shard}]` : ''}${shot.reason ? `  (${shot.reason})` : ''}\n`;
  }
  if (listed.length > TEXT_ROWS) out += `  …and ${listed.length - TEXT_ROWS} more (use --json for all)\n`;
  return out;
}

export const registerPlan: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('plan')
    .description('Show what would be generated, why, and what it costs, without generating anything.')
    .option('--dir <path>', 'folder holding shotlist.yaml', '.')
    .option('--base <ref>', 'git ref to compare the configuration with, to name the change behind each shot')
    .option('--json', 'print the plan as JSON')
    .option('--shards <n>', 'split the planned shots into N stable groups and print the CI matrix')
    .addOption(new Option('--markdown', 'print the plan as a pull-request comment').conflicts('json'))
    .action(async (flags: PlanFlags) => {
      const shards = parseShardCount(flags.shards);
      const dir = await resolveRepoDir(io, flags.dir);
      let result: PlanResult;
      try {
        result = await buildPlan({ dir, base: flags.base, shards });
      } catch (error) {
        if (error instanceof GitRefError) throw new UsageError(error.message);
        throw error;
      }
      for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
      const failed = hasErrors(result.findings);
      if (flags.json) {
        io.stdout(JSON.stringify(planJson(result, shards, dir)) + '\n');
      } else {
        for (const f of result.findings) io.stderr(`${formatFinding(f)}\n`);
        if (!result.config) {
          const n = result.findings.filter((f) => f.severity === 'error').length;
          io.stderr(`${n} error${n === 1 ? '' : 's'}: fix the configuration, then run shotlist plan again\n`);
        } else if (flags.markdown) {
          const input: Parameters<typeof renderPlanMarkdown>[0] = {
            plan: result.plan,
            cost: result.cost,
            findings: result.findings,
          };
          if (result.base) input.baseRef = result.base.ref;
          if (result.base?.problem) input.baseProblem = result.base.problem;
          if (shards) input.shards = shards;
          io.stdout(renderPlanMarkdown(input));
        } else if (shards) {
          // stdout carries only the matrix so CI can pipe it straight into GITHUB_OUTPUT.
          io.stderr(planText(result));
          io.stdout(JSON.stringify(shardMatrix(shards)) + '\n');
        } else {
          io.stdout(planText(result));
        }
      }
      setExit(failed ? EXIT.failed : EXIT.ok);
    });
};
