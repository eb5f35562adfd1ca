import cliProgress from 'cli-progress';
import type { CoreEvent } from '../core/host.js';
import type { ShotOutcome } from '../run/shot-types.js';
import type { CliIO } from './io.js';
import { formatDuration } from '../plan/cost.js';

/** Shots per second (or per minute when slower than one a second). */
export function rateText(done: number, seconds: number): string {
  const perSecond = done / Math.max(seconds, 0.001);
  return perSecond >= 1 ? `${perSecond.toFixed(1)} shots/s` : `${(perSecond * 60).toFixed(1)} shots/min`;
}

/** A plain progress line for logs: count, rate and time left. */
export function progressLine(done: number, total: number, seconds: number): string {
  const left = done > 0 ? `, about ${formatDuration((seconds / done) * (total - done))} left` : '';
  return `generate: ${done}/${total} shots done, ${rateText(done, seconds)}${done < total ? left : ''}`;
}

/** Off a terminal a line is printed at every 10% and at least once a minute. */
const LINE_EVERY_MS = 60_000;

/**
 * Shows a run's events: a bar with rate and ETA on a terminal; in CI a plain line per 10% (and
 * at least once a minute) with rate and time left, and one per failed shot, so logs stay readable.
 * Nothing is coloured. Log lines go to stderr in both cases.
 */
export function progressPrinter(
  io: CliIO,
  now: () => number = Date.now,
): ((event: CoreEvent) => void) & { stop(): void } {
  let bar: cliProgress.SingleBar | undefined;
  let failed = 0;
  let nextMark = 0.1;
  let started = now();
  let lastLine = started;
  const onShot = (o: ShotOutcome, done: number, total: number) => {
    const bad = o.status === 'failed' || o.status === 'qa-failed';
    if (bad) failed++;
    const seconds = (now() - started) / 1000;
    if (bar) return bar.update(done, { failed, rate: rateText(done, seconds) });
    if (bad) io.stderr(`  ${o.status} ${o.key}: ${failureText(o)}\n`);
    const mark = total >= 20 && done / total >= nextMark;
    if (mark || (now() - lastLine >= LINE_EVERY_MS && done < total)) {
      io.stderr(`${progressLine(done, total, seconds)}\n`);
      lastLine = now();
      while (done / total >= nextMark) nextMark += 0.1;
    }
  };
  const onEvent = (event: CoreEvent) => {
    if (event.type === 'log')
      io.stderr(`${event.level === 'warning' ? 'warning' : 'note'}: ${event.message}\n`);
    else if (event.type === 'run-start') {
      started = lastLine = now();
      bar = startBar(io, event.total);
    } else onShot(event.outcome, event.done, event.total);
  };
  return Object.assign(onEvent, { stop: () => bar?.stop() });
}

function startBar(io: CliIO, total: number): cliProgress.SingleBar | undefined {
  if (!io.isTTY || total === 0) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'generate [{bar}] {value}/{total} shots  {rate}  {failed} failed  eta {eta_formatted}',
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { failed: 0, rate: '-' });
  return bar;
}

function failureText(o: ShotOutcome): string {
  if (o.error) return `${o.error.kind}: ${o.error.message}`;
  return `QA failed (${o.qa?.failed.map((c) => c.check).join(', ')})`;
}
