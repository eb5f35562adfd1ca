import type { ShotOutcome } from '../run/shot-types.js';

/**
 * What a host (the CLI, the GitHub Action, a test) hands the core. The core reads no environment,
 * prints nothing and never exits: credentials and CI identity come from `env`, cancellation from
 * the signals, and everything worth showing goes out through `onEvent`.
 */
export interface Host {
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted: take no new shots (a first SIGINT/SIGTERM, a cancelled workflow); a string reason is reported. */
  stop?: AbortSignal;
  /** Aborted: also abort provider calls in flight (a second signal). */
  kill?: AbortSignal;
  onEvent?: (event: CoreEvent) => void;
}

export type CoreEvent =
  | { type: 'log'; level: 'info' | 'warning'; message: string }
  | { type: 'run-start'; runId: string; total: number }
  | { type: 'shot-done'; outcome: ShotOutcome; done: number; total: number };

export function logTo(host: Host, level: 'info' | 'warning', message: string): void {
  host.onEvent?.({ type: 'log', level, message });
}
