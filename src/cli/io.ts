/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is an interactive terminal (progress bars), false in CI and pipes. */
  isTTY: boolean;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.CI,
  };
}

/** Exit codes: 0 done, 1 invalid config or failed shots, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown by a command for wrong usage that commander cannot see (e.g. a malformed --shard). */
export class UsageError extends Error {
  override name = 'UsageError';
}
