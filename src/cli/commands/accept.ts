import type { Command } from 'commander';
import { accept } from '../../core/accept.js';
import { formatFinding } from '../../domain/findings.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

interface AcceptFlags {
  dir?: string;
  by?: string;
  json?: boolean;
}

/** `shotlist accept sku/variant...`: a person approves shots that failed QA (see core/accept). */
export const registerAccept: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('accept')
    .description('Approve shots that failed QA: publish the kept image and record who accepted it.')
    .argument('<keys...>', 'shots to accept, as sku/variant')
    .option('--by <name>', 'who accepts (default: $SHOTLIST_ACTOR, $GITHUB_ACTOR or $USER)')
    .option('--dir <path>', 'repository folder holding shotlist.yaml (default: the current folder)')
    .option('--json', 'print the outcome as JSON')
    .action(async (keys: string[], flags: AcceptFlags) => {
      const by = flags.by ?? io.env.SHOTLIST_ACTOR ?? io.env.GITHUB_ACTOR ?? io.env.USER;
      if (!by?.trim())
        throw new UsageError(
          'say who accepts with --by <name> (no $SHOTLIST_ACTOR, $GITHUB_ACTOR or $USER set)',
        );
      for (const key of keys) {
        if (!/^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9-]*$/.test(key)) {
          throw new UsageError(`"${key}" is not a shot key: expected sku/variant, e.g. shoe-4812/pdp-main`);
        }
      }
      const dir = await resolveRepoDir(io, flags.dir);
      const result = await accept({ dir, keys, by: by.trim() });
      if (result.kind === 'invalid') {
        for (const f of result.findings) io.stderr(`${formatFinding(f)}\n`);
        io.stderr('accept: the configuration has errors (above); fix them first\n');
        return setExit(EXIT.failed);
      }
      if (result.kind === 'locked') {
        io.stderr(
          `a shotlist generate (pid ${result.heldBy}) is running on ${result.store}/; accept once it has finished\n`,
        );
        return setExit(EXIT.failed);
      }
      const { outcomes } = result;
      if (flags.json) io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
      else
        for (const o of outcomes) (o.status === 'error' ? io.stderr : io.stdout)(`${o.key}: ${o.message}\n`);
      setExit(outcomes.some((o) => o.status === 'error') ? EXIT.failed : EXIT.ok);
    });
};
