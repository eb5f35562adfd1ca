import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';

export interface GenerateFlags {
  dir?: string;
  only?: string;
  shard?: string;
  maxImages?: string;
  dryRun?: boolean;
  json?: boolean;
  commit?: boolean;
  offline?: boolean;
  retryBlocked?: boolean;
}

export const registerGenerate: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('generate')
    .description(
      'Generate the planned shots, check and normalise them, record them in the manifest, commit once.',
    )
    .option('--dir <path>', 'folder holding shotlist.yaml', '.')
    .option('--only <glob>', 'only shots whose key (sku/variant) matches, e.g. "shoe-*/pdp-main"')
    .option('--shard <i/N>', 'only shard i of N (the same split as plan --shards N)')
    .option('--max-images <n>', 'call providers for at most N shots; the rest wait for the next run')
    .option('--dry-run', 'print what would run and exit without calling anything')
    .option('--json', 'print the run report as JSON')
    .option('--no-commit', 'write images and manifest but do not commit')
    .option('--retry-blocked', 'run again shots blocked by a refusal, safety block or QA failure')
    .option('--offline', 'run only shots of the built-in studio model; list hosted ones as skipped')
    .action(async (flags: GenerateFlags) => {
      // Imported here so that other commands (validate, plan) do not pay for loading the run at start-up.
      const { runGenerate } = await import('./generate-run.js');
      await runGenerate(flags, io, setExit);
    });
};
