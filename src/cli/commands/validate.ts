import type { Command } from 'commander';
import { validate } from '../../core/validate.js';
import { formatFinding } from '../../domain/findings.js';
import { EXIT, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

/** `shotlist validate`: every finding at once, sorted by file and line; reads only, writes nothing. */
export const registerValidate: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('validate')
    .description(
      'Check the YAML configuration (schemas and rules, including prompt versions already used in the manifest) and report every problem with file:line:col.',
    )
    .option('--json', 'print the findings as a JSON array')
    .option('--dir <path>', 'repository folder holding shotlist.yaml (default: the current folder)')
    .action(async (opts: { json?: boolean; dir?: string }) => {
      const dir = await resolveRepoDir(io, opts.dir);
      const { findings } = await validate({ dir });
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.length - errors;
      if (opts.json) {
        io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
      } else {
        for (const f of findings) io.stdout(`${formatFinding(f)}\n`);
        io.stdout(
          errors + warnings === 0
            ? 'configuration is valid: no errors, no warnings\n'
            : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
        );
      }
      setExit(errors > 0 ? EXIT.failed : EXIT.ok);
    });
};
