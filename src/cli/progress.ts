import cliProgress from 'cli-progress';
import type { CoreEvent } from '../core/host.js';
import type { ShotOutcome } from '../run/shot-types.js';
import type { CliIO } from './io.js';

/**
 * Shows a run's events: a bar on a terminal; in CI a line per 10% and one per failed shot, so
 * logs stay readable. Log lines go to stderr in both cases.
 */
export function progressPrinter(io: CliIO): ((event: CoreEvent) => void) & { stop(): void } {
  let bar: cliProgress.SingleBar | undefined;
  let failed = 0;
  let nextMark = 0.1;
  const onShot = (o: ShotOutcome, done: number, total: number) => {
    const bad = o.status === 'failed' || o.status === 'qa-failed';
    if (bad) failed++;
    if (bar) return bar.update(done, { failed });
    if (bad) io.stderr(`  ${o.status} ${o.key}: ${failureText(o)}\n`);
    if (total >= 20 && done / total >= nextMark) {
      io.stderr(`generate: ${done}/${total} shots done\n`);
      nextMark += 0.1;
    }
  };
  const onEvent = (event: CoreEvent) => {
    if (event.type === 'log')
      io.stderr(`${event.level === 'warning' ? 'warning' : 'note'}: ${event.message}\n`);
    else if (event.type === 'run-start') bar = startBar(io, event.total);
    else onShot(event.outcome, event.done, event.total);
  };
  return Object.assign(onEvent, { stop: () => bar?.stop() });
}

function startBar(io: CliIO, total: number): cliProgress.SingleBar | undefined {
  if (!io.isTTY || total === 0) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'generate [{bar}] {value}/{total} shots  {failed} failed  eta {eta_formatted}',
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { failed: 0 });
  return bar;
}

function failureText(o: ShotOutcome): string {
  if (o.error) return `${o.error.kind}: ${o.error.message}`;
  return `QA failed (${o.qa?.failed.map((c) => c.check).join(', ')})`;
}
