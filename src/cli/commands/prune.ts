import type { Command } from 'commander';
import { prune, type PruneResult } from '../../core/prune.js';
import { formatFinding } from '../../domain/findings.js';
import { EXIT, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

const LIST = 100;

function showElsewhere(result: Extract<PruneResult, { kind: 'pruned' }>, verb: string, io: CliIO): void {
  if (result.s3) {
    io.stdout(`prune: ${verb} ${result.s3.keys.length} objects in the bucket\n`);
    for (const k of result.s3.keys.slice(0, LIST)) io.stdout(`  object ${k}\n`);
  }
  if (result.raw) {
    io.stdout(
      `prune: ${verb} ${result.raw.files.length} raw outputs from refs/shotlist/raw (${result.raw.kept} in use)\n`,
    );
    for (const f of result.raw.files.slice(0, LIST)) io.stdout(`  raw    ${f}\n`);
  }
}

/** `shotlist prune`: orphaned records and files; a dry run unless --apply. */
export const registerPrune: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('prune')
    .description(
      'Remove records of shots no longer configured and images no record points at. Dry run unless --apply.',
    )
    .option('--apply', 'remove them (default: only list what would be removed)')
    .option('--dir <path>', 'repository folder holding shotlist.yaml (default: the current folder)')
    .option('--json', 'print the outcome as JSON')
    .action(async (opts: { apply?: boolean; dir?: string; json?: boolean }) => {
      const dir = await resolveRepoDir(io, opts.dir);
      const result = await prune({ dir, apply: Boolean(opts.apply) }, { env: io.env });
      if (result.kind === 'invalid') {
        for (const f of result.findings) io.stderr(`${formatFinding(f)}\n`);
        io.stderr('prune: nothing removed; fix the problems above first\n');
        setExit(EXIT.failed);
        return;
      }
      if (result.kind === 'locked') {
        io.stderr(
          `a shotlist generate (pid ${result.heldBy}) is running on ${result.store}/; prune once it has finished\n`,
        );
        setExit(EXIT.failed);
        return;
      }
      const { plan, applied } = result;
      for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
      if (opts.json) {
        io.stdout(
          `${JSON.stringify({ applied, records: plan.records, files: plan.files, ...(result.s3 ? { objects: result.s3.keys } : {}), ...(result.raw ? { raw: result.raw.files } : {}) })}\n`,
        );
      } else {
        const verb = applied ? 'removed' : 'would remove';
        io.stdout(`prune: ${verb} ${plan.records.length} records and ${plan.files.length} files\n`);
        for (const k of plan.records.slice(0, LIST)) io.stdout(`  record ${k}\n`);
        for (const f of plan.files.slice(0, LIST)) io.stdout(`  file   ${f}\n`);
        const more = Math.max(0, plan.records.length - LIST) + Math.max(0, plan.files.length - LIST);
        if (more) io.stdout(`  …and ${more} more (--json lists all)\n`);
        showElsewhere(result, verb, io);
        const elsewhere = (result.s3?.keys.length ?? 0) + (result.raw?.files.length ?? 0);
        if (!applied && plan.records.length + plan.files.length + elsewhere > 0)
          io.stdout('run shotlist prune --apply to remove them, then commit\n');
      }
      setExit(EXIT.ok);
    });
};
