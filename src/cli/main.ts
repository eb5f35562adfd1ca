import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT, UsageError, processIO, type CliIO } from './io.js';
import { addExamples, checkConfigPresent, NoConfigError } from './help.js';

/** The package's version, from its package.json (two folders up from src/cli or dist/cli). */
export const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** A command registers itself on the program and reports its exit code through `setExit`. */
export type CommandRegistrar = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

// Each command lives in ./commands/<name>.ts and is listed here once. Loaded on demand: a run of
// one command loads only that command's modules (start-up of `shotlist validate` in CI), while
// --help and an unknown command load them all.
const REGISTRARS: Record<string, () => Promise<CommandRegistrar>> = {
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  plan: async () => (await import('./commands/plan.js')).registerPlan,
  generate: async () => (await import('./commands/generate.js')).registerGenerate,
  qa: async () => (await import('./commands/qa.js')).registerQa,
  accept: async () => (await import('./commands/accept.js')).registerAccept,
  merge: async () => (await import('./commands/merge.js')).registerMerge,
  prune: async () => (await import('./commands/prune.js')).registerPrune,
  gallery: async () => (await import('./commands/gallery.js')).registerGallery,
  init: async () => (await import('./commands/init.js')).registerInit,
  try: async () => (await import('./commands/try.js')).registerTry,
};

/** The registrars a command line needs: its command's alone, or all of them for help and typos. */
function registrarsFor(argv: string[]): Promise<CommandRegistrar[]> {
  const first = argv[0];
  const names = first !== undefined && first in REGISTRARS ? [first] : Object.keys(REGISTRARS);
  return Promise.all(names.map((n) => REGISTRARS[n]!()));
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('shotlist')
    .description('Turn a product catalog kept as YAML into checked, published product images.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .allowExcessArguments(false)
    .showHelpAfterError('(run with --help for usage)')
    .version(VERSION, '-V, --version', 'print the version of shotlist')
    .hook('preAction', (_program, action) => checkConfigPresent(action, io.cwd));
  for (const register of await registrarsFor(argv)) {
    register(program, io, (code) => {
      exitCode = Math.max(exitCode, code);
    });
  }
  addExamples(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof NoConfigError) {
      io.stderr(`shotlist: ${error.message}\n`);
      return EXIT.failed;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`shotlist: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
