import type { Settings } from '../domain/config.js';
import { findModel } from '../domain/models.js';

/** What the calibration reads of a run report (generated/reports/<run>.json). */
export interface ReportTimes {
  shots: { model: string; status: string; ms: number; attempts: number; rederived?: boolean }[];
}

/**
 * Seconds per image per model, measured by this repository's own runs: the median over reports
 * of (the slowest finished shot of the model / the rounds its queue needed at the configured
 * concurrency). A shot's time runs from the start of the run, so the slowest one is the model's
 * queue time. Models without a finished shot keep the registry's typical latency.
 */
export function calibrateSeconds(reports: readonly ReportTimes[], settings: Settings): Map<string, number> {
  const samples = new Map<string, number[]>();
  for (const report of reports) {
    const byModel = new Map<string, { n: number; maxMs: number }>();
    for (const s of report.shots) {
      if (s.status !== 'ok' && s.status !== 'qa-failed') continue;
      if (s.rederived) continue;
      const m = byModel.get(s.model) ?? { n: 0, maxMs: 0 };
      byModel.set(s.model, { n: m.n + 1, maxMs: Math.max(m.maxMs, s.ms) });
    }
    for (const [model, { n, maxMs }] of byModel) {
      const provider = findModel(model)?.provider;
      const concurrency = Math.max(1, (provider && settings.providers[provider]?.concurrency) || 1);
      const list = samples.get(model) ?? [];
      list.push(maxMs / 1000 / Math.ceil(n / concurrency));
      samples.set(model, list);
    }
  }
  return new Map([...samples].map(([model, list]) => [model, median(list)]));
}

/** The part of a parsed report the calibration reads, or undefined when it is not a report. */
export function asReportTimes(value: unknown): ReportTimes | undefined {
  const shots = (value as { shots?: unknown } | null)?.shots;
  if (!Array.isArray(shots)) return undefined;
  const ok = shots.every(
    (s: unknown) =>
      typeof (s as ReportTimes['shots'][number])?.model === 'string' &&
      typeof (s as ReportTimes['shots'][number]).ms === 'number' &&
      typeof (s as ReportTimes['shots'][number]).status === 'string',
  );
  return ok ? (value as ReportTimes) : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
