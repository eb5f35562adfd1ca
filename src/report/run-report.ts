import { plural } from '../domain/text.js';
import type { ShotOutcome, ShotRunStatus } from '../run/run-shots.js';
import type { QaCheckResult } from '../domain/manifest-record.js';

export interface RunReport {
  runId: string;
  startedAt: string;
  finishedAt: string;
  ms: number;
  /** Why the run ended early, if it did. */
  interrupted?: string;
  totals: Record<ShotRunStatus, number> & {
    shots: number;
    providerCalls: number;
    rederived: number;
    rerolls: number;
    costUsd: number;
    upscaled: number;
  };
  shots: ShotOutcome[];
  commit?: { sha?: string; message: string };
}

export function buildRunReport(input: {
  runId: string;
  startedAt: Date;
  finishedAt: Date;
  outcomes: ShotOutcome[];
  interrupted?: string;
}): RunReport {
  const totals = {
    ok: 0,
    failed: 0,
    'qa-failed': 0,
    skipped: 0,
    cancelled: 0,
    shots: input.outcomes.length,
    providerCalls: 0,
    rederived: 0,
    rerolls: 0,
    costUsd: 0,
    upscaled: 0,
  };
  for (const o of input.outcomes) {
    totals[o.status]++;
    totals.providerCalls += o.attempts;
    if (o.rederived) totals.rederived++;
    totals.rerolls += o.rerolls;
    totals.costUsd += o.costUsd;
    if (o.upscaled) totals.upscaled++;
  }
  totals.costUsd = Math.round(totals.costUsd * 10_000) / 10_000;
  const report: RunReport = {
    runId: input.runId,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    ms: input.finishedAt.getTime() - input.startedAt.getTime(),
    totals,
    shots: [...input.outcomes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
  if (input.interrupted) report.interrupted = input.interrupted;
  return report;
}

/** The one-line summary used as the commit subject. */
export function runSummaryLine(report: RunReport): string {
  const t = report.totals;
  const parts = [`${t.ok} ok`];
  if (t['qa-failed']) parts.push(`${t['qa-failed']} qa-failed`);
  if (t.failed) parts.push(`${t.failed} failed`);
  if (t.skipped) parts.push(`${t.skipped} skipped`);
  if (t.cancelled) parts.push(`${t.cancelled} cancelled`);
  return `shotlist generate: ${parts.join(', ')} ($${t.costUsd.toFixed(2)})`;
}

export function commitMessage(report: RunReport): string {
  const t = report.totals;
  const lines = [
    runSummaryLine(report),
    '',
    `run ${report.runId}: ${plural(t.shots, 'shot')}, ${plural(t.providerCalls, 'provider call')}, ${t.rederived} re-derived, ${plural(t.rerolls, 'reroll')}, ${(report.ms / 1000).toFixed(1)} s`,
  ];
  if (report.interrupted) lines.push(`interrupted: ${report.interrupted}`);
  const notable = report.shots.filter((s) => s.status === 'failed' || s.status === 'qa-failed');
  for (const s of notable.slice(0, 50)) lines.push(`- ${s.status} ${s.key}: ${describe(s)}`);
  if (notable.length > 50) lines.push(`- …and ${notable.length - 50} more (see the run report)`);
  return lines.join('\n') + '\n';
}

function describe(s: ShotOutcome): string {
  if (s.error) return `${s.error.kind}: ${s.error.message}`;
  if (s.qa?.failed.length) return describeChecks(s.qa.failed);
  return s.status;
}

/** `check=value (limit L)`; a near-duplicate also names the sibling it is measured against. */
export function describeChecks(checks: QaCheckResult[]): string {
  return checks
    .map((c) =>
      c.status === 'error'
        ? `${c.check}: ${c.message ?? 'could not finish'}`
        : `${c.check}=${JSON.stringify(c.value)}${c.threshold !== undefined ? ` (limit ${JSON.stringify(c.threshold)})` : ''}${c.sibling ? ` vs ${c.sibling}` : ''}`,
    )
    .join(', ');
}

const ROWS = 100;

export function renderRunText(report: RunReport): string {
  const t = report.totals;
  let out = `${runSummaryLine(report)} in ${(report.ms / 1000).toFixed(1)} s\n`;
  out += `  ${plural(t.providerCalls, 'provider call')}, ${t.rederived} re-derived without a call, ${plural(t.rerolls, 'reroll')}${t.upscaled ? `, ${t.upscaled} upscaled` : ''}\n`;
  if (report.interrupted) out += `  interrupted: ${report.interrupted}; run generate again to continue\n`;
  const listed = report.shots.filter(
    (s) => s.status !== 'ok' || s.rerolls > 0 || s.upscaled || s.qa?.warned?.length,
  );
  for (const s of listed.slice(0, ROWS)) {
    out += `  ${s.status.padEnd(10)} ${s.key}  ${s.attempts} call${s.attempts === 1 ? '' : 's'}, ${(s.ms / 1000).toFixed(1)} s, $${s.costUsd.toFixed(3)}`;
    if (s.status !== 'ok' && s.status !== 'cancelled') out += `  ${describe(s)}`;
    if (s.upscaled) out += '  (upscaled)';
    if (s.qa?.warned?.length) out += `  warn: ${describeChecks(s.qa.warned)}`;
    out += '\n';
  }
  if (listed.length > ROWS) out += `  …and ${listed.length - ROWS} more (use --json for all)\n`;
  return out;
}
