// Spawns the built CLI (node bin/shotlist.js) as a real child process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GIT_ENV } from './repo.js';

export const BIN = path.resolve('bin/shotlist.js');

/**
 * Compiles src/ to dist/ once per test process. tsc emits even when someone else's in-progress file
 * has a type error, so the build is used as long as dist/cli/main.js appears.
 */
let built = false;
export function ensureBuilt(): void {
  if (built) return;
  try {
    execFileSync('flock', ['/tmp/shotlist-test-build.lock', 'npx', 'tsc', '-p', 'tsconfig.build.json'], {
      stdio: 'pipe',
    });
  } catch {
    // type errors elsewhere still emit JavaScript
  }
  built = true;
}

export function cliEnv(fakeUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...GIT_ENV,
    SHOTLIST_FAKE_PROVIDER_URL: fakeUrl,
    SHOTLIST_BACKOFF_MS: '5,100',
    CI: '1',
    ...extra,
  };
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function spawnCli(args: string[], cwd: string, env: NodeJS.ProcessEnv): CliRun {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}
