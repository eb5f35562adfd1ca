import type { Command } from 'commander';
import { ACTION_PLACEHOLDER, init } from '../../core/init.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

interface InitFlags {
  dir?: string;
  action?: string;
  schemaBase?: string;
  json?: boolean;
}

/** `shotlist init`: a commented example configuration, the workflow and git attributes; never overwrites. */
export const registerInit: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('init')
    .description(
      'Set shotlist up in this repository: example catalog, placements and prompts, shotlist.yaml, the workflow; never overwrites.',
    )
    .option('--dir <path>', 'repository folder to set up (default: the current folder)')
    .option(
      '--action <owner/repo@ref>',
      `the shotlist action the workflow uses (default: the placeholder ${ACTION_PLACEHOLDER})`,
    )
    .option(
      '--schema-base <url-or-path/>',
      'where editors find the JSON Schemas (default: node_modules/shotlist/schemas/)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (opts: InitFlags) => {
      const dir = await resolveRepoDir(io, opts.dir);
      if (opts.action !== undefined && !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+$/.test(opts.action)) {
        throw new UsageError(`--action ${opts.action}: expected owner/repo@ref, e.g. acme/shotlist@v1`);
      }
      if (opts.schemaBase !== undefined && !opts.schemaBase.endsWith('/')) {
        throw new UsageError(`--schema-base ${opts.schemaBase}: expected a URL or folder ending in /`);
      }
      const result = await init({
        dir,
        ...(opts.action ? { action: opts.action } : {}),
        ...(opts.schemaBase ? { schemaBase: opts.schemaBase } : {}),
      });
      if (opts.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      if (result.kind === 'exists') {
        if (!opts.json) {
          io.stderr(
            `init: ${result.files.join(', ')} already ${result.files.length === 1 ? 'exists' : 'exist'}; nothing was written (move ${result.files.length === 1 ? 'it' : 'them'} away to start from the example)\n`,
          );
        }
        setExit(EXIT.failed);
        return;
      }
      if (!opts.json) {
        for (const f of result.created) io.stdout(`created  ${f}\n`);
        for (const f of result.appended) io.stdout(`appended ${f}\n`);
        io.stdout('\nnext:\n');
        io.stdout(
          '  npx shotlist validate                        check the example (edit catalog/products.yaml)\n',
        );
        io.stdout('  npx shotlist generate --offline --no-commit  make its images with the offline studio\n');
        io.stdout(
          '  npx shotlist gallery                         review them in shotlist-gallery/index.html\n',
        );
        if (result.actionPlaceholder) {
          io.stdout(
            `  edit .github/workflows/shotlist.yml: replace ${ACTION_PLACEHOLDER} with the shotlist action's repository and tag (or run init with --action)\n`,
          );
        }
        if (result.schemasMissing) {
          io.stdout(
            '  editor completion reads node_modules/shotlist/schemas: install shotlist as a dev dependency (see its README)\n',
          );
        }
      }
      setExit(EXIT.ok);
    });
};
