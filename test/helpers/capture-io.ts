import type { CliIO } from '../../src/cli/io.js';

export type CapturedIO = CliIO & { out: string; err: string };

/** A CliIO that keeps what a command prints, for assertions. */
export function captureIO(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = {}): CapturedIO {
  const io: CapturedIO = {
    cwd,
    env,
    isTTY: false,
    out: '',
    err: '',
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
  };
  return io;
}
