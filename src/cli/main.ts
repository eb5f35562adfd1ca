import { Command, CommanderError } from 'commander';
import { EXIT, UsageError, processIO, type CliIO } from './io.js';
import { registerValidate } from './commands/validate.js';
import { registerPlan } from './commands/plan.js';
import { registerGenerate } from './commands/generate.js';
import { registerQa } from './commands/qa.js';
import { registerAccept } from './commands/accept.js';
import { registerGallery } from './commands/gallery.js';
import { registerInit } from './commands/init.js';
import { registerTry } from './commands/try.js';

/** A command registers itself on the program and reports its exit code through `setExit`. */
export type CommandRegistrar = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

// Each command lives in ./commands/<name>.ts and is listed here once.
const registrars: CommandRegistrar[] = [
  registerValidate,
  registerPlan,
  registerGenerate,
  registerQa,
  registerAccept,
  registerGallery,
  registerInit,
  registerTry,
];

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('shotlist')
    .description('Turn a product catalog kept as YAML into checked, published product images.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .allowExcessArguments(false)
    .showHelpAfterError('(run with --help for usage)');
  for (const register of registrars) {
    register(program, io, (code) => {
      exitCode = Math.max(exitCode, code);
    });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`shotlist: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
