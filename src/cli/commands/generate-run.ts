import { plural } from '../../domain/text.js';
import { formatFinding, type Finding } from '../../domain/findings.js';
import { OptionsError } from '../../core/errors.js';
import { generate, type GenerateOptions, type GenerateResult } from '../../core/generate.js';
import { parseShard } from '../../plan/shards.js';
import { renderRunText } from '../../report/run-report.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { progressPrinter } from '../progress.js';
import { resolveRepoDir } from '../repo-dir.js';
import type { GenerateFlags } from './generate.js';

/** Exit codes of an interrupted run follow the shell convention 128 + signal number. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof SIGNAL_EXIT;

/** The work of `shotlist generate`, loaded only when the command runs. */
export async function runGenerate(
  flags: GenerateFlags,
  io: CliIO,
  setExit: (code: number) => void,
): Promise<void> {
  const options = await generateOptions(flags, io);
  const signals = listenForSignals(io);
  const progress = progressPrinter(io);
  let result: GenerateResult;
  try {
    result = await generate(options, {
      env: io.env,
      stop: signals.stop,
      kill: signals.kill,
      onEvent: progress,
    });
  } catch (error) {
    if (error instanceof OptionsError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.stop();
    signals.dispose();
  }
  setExit(show(result, flags, io, signals.received()));
}

async function generateOptions(flags: GenerateFlags, io: CliIO): Promise<GenerateOptions> {
  const options: GenerateOptions = { dir: await resolveRepoDir(io, flags.dir) };
  if (flags.shard !== undefined) {
    const shard = parseShard(flags.shard);
    if (!shard) throw new UsageError(`--shard expects i/N with 1 <= i <= N, e.g. 2/4, got "${flags.shard}"`);
    options.shard = shard;
  }
  if (flags.maxImages !== undefined) {
    if (!/^\d+$/.test(flags.maxImages))
      throw new UsageError(`--max-images expects a whole number, got "${flags.maxImages}"`);
    options.maxImages = Number(flags.maxImages);
  }
  if (flags.only) options.only = flags.only;
  if (flags.dryRun) options.dryRun = true;
  if (flags.offline) options.offline = true;
  if (flags.commit === false) options.commit = false;
  if (flags.retryBlocked) options.retryBlocked = true;
  return options;
}

/** First SIGINT/SIGTERM: stop taking shots; second: abort running ones. */
function listenForSignals(io: CliIO) {
  const stop = new AbortController();
  const kill = new AbortController();
  let received: Signal | undefined;
  const on = (sig: Signal) => () => {
    if (received) return kill.abort();
    received = sig;
    io.stderr(`\n${sig} received\n`);
    stop.abort(`${sig} received`);
  };
  const onInt = on('SIGINT');
  const onTerm = on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    stop: stop.signal,
    kill: kill.signal,
    received: () => received,
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

/** Prints the result and returns the exit code: the one place generate's outcome becomes text. */
function show(result: GenerateResult, flags: GenerateFlags, io: CliIO, signal: Signal | undefined): number {
  switch (result.kind) {
    case 'invalid': {
      printFindings(result.findings, io);
      const n = result.findings.filter((f) => f.severity === 'error').length;
      io.stderr(
        `${n} error${n === 1 ? '' : 's'}: fix the configuration, then run shotlist generate again (nothing was generated)\n`,
      );
      return EXIT.failed;
    }
    case 'locked':
      io.stderr(
        `another shotlist generate (pid ${result.heldBy}) is running on ${result.store}/; wait for it to finish\n`,
      );
      return EXIT.failed;
    case 'dry-run':
      printFindings(result.findings, io);
      printBlocked(result.blocked, io);
      showDryRun(result, flags, io);
      return EXIT.ok;
    case 'ran': {
      printFindings(result.findings, io);
      printBlocked(result.blocked, io);
      const { report } = result;
      if (flags.json) io.stdout(JSON.stringify(report) + '\n');
      else {
        io.stdout(renderRunText(report));
        if (result.reportPath) io.stdout(`  report: ${result.reportPath}\n`);
        if (result.commit) io.stdout(`  committed ${result.commit.sha.slice(0, 12)}\n`);
      }
      if (result.deliveryError) io.stderr(`error: ${result.deliveryError}\n`);
      if (signal) return SIGNAL_EXIT[signal];
      if (result.deliveryError) return EXIT.failed;
      return report.totals.failed + report.totals['qa-failed'] > 0 ? EXIT.failed : EXIT.ok;
    }
  }
}

function printBlocked(blocked: { key: string; reason: string }[], io: CliIO): void {
  for (const b of blocked.slice(0, 50)) io.stderr(`warning: ${b.key} is blocked: ${b.reason}\n`);
  if (blocked.length > 50)
    io.stderr(`warning: …and ${blocked.length - 50} more blocked shots (see shotlist plan)\n`);
}

function printFindings(findings: Finding[], io: CliIO): void {
  for (const f of findings) io.stderr(`${formatFinding(f)}\n`);
}

function showDryRun(result: Extract<GenerateResult, { kind: 'dry-run' }>, flags: GenerateFlags, io: CliIO) {
  const { shots, deferred } = result;
  if (flags.json) {
    io.stdout(JSON.stringify({ dryRun: true, shots, deferred }) + '\n');
    return;
  }
  const count = (action: string) => shots.filter((s) => s.action === action).length;
  const parts = [`${plural(count('run'), 'shot')} would run`];
  if (count('skip')) parts.push(`${count('skip')} skipped (offline)`);
  if (count('fail')) parts.push(`${count('fail')} would fail before any call`);
  if (deferred) parts.push(`${deferred} deferred by --max-images`);
  io.stdout(`generate --dry-run: ${parts.join(', ')}\n`);
  for (const r of shots.slice(0, 100)) {
    const what = r.action === 'run' ? r.status : r.action === 'skip' ? 'skip' : 'fail';
    io.stdout(`  ${what.padEnd(16)} ${r.key}  (${r.model})${r.note ? `: ${r.note}` : ''}\n`);
  }
  if (shots.length > 100) io.stdout(`  …and ${shots.length - 100} more\n`);
}
