import { plural } from '../domain/text.js';
import type { Budget, Settings, SourceRef } from '../domain/config.js';
import type { Finding } from '../domain/findings.js';
import { findModel, routeOf, type ModelRoute } from '../domain/models.js';
import { compareCodeUnits } from '../domain/canonical.js';
import { needsProvider, type PlannedShot } from './plan.js';

export const FALLBACK_CONCURRENCY = 4;

export interface ModelCost {
  model: string;
  provider: string;
  /** Provider calls: new, regenerate and failed-last-time shots. */
  images: number;
  /** Shots re-derived from the kept raw output: no provider call, no cost. */
  rederive: number;
  usd: number;
  /** Wall-clock estimate at the provider's configured concurrency. */
  seconds: number;
  concurrency: number;
  /** False when the model is not in the registry (price and time unknown, counted as 0). */
  known: boolean;
}

export interface CostEstimate {
  models: ModelCost[];
  images: number;
  rederive: number;
  usd: number;
  /**
   * Providers run their queues side by side; models of one provider share its queue. So the run
   * takes about as long as the slowest provider's summed queue time.
   */
  seconds: number;
}

/** The route a model runs through under shotlist.yaml's routing: its provider, price and speed. */
function routeFor(modelId: string, settings: Settings): ModelRoute | undefined {
  const info = findModel(modelId);
  return info ? (routeOf(info, settings.routing?.[modelId]).route ?? info) : undefined;
}

/**
 * @param measured seconds per image per model from this repository's run reports (see
 * calibrateSeconds); models missing from it use the registry's typical latency.
 */
export function estimateCost(
  plan: readonly PlannedShot[],
  settings: Settings,
  measured: ReadonlyMap<string, number> = new Map(),
): CostEstimate {
  const byModel = new Map<string, ModelCost>();
  for (const shot of plan) {
    if (!shot.spec) continue;
    const generate = needsProvider(shot.status);
    if (!generate && shot.status !== 're-derive') continue;
    let m = byModel.get(shot.spec.model);
    if (!m) {
      const provider = routeFor(shot.spec.model, settings)?.provider ?? 'unknown';
      m = {
        model: shot.spec.model,
        provider,
        images: 0,
        rederive: 0,
        usd: 0,
        seconds: 0,
        concurrency: Math.max(1, settings.providers[provider]?.concurrency ?? FALLBACK_CONCURRENCY),
        known: findModel(shot.spec.model) !== undefined,
      };
      byModel.set(shot.spec.model, m);
    }
    if (generate) m.images++;
    else m.rederive++;
  }
  const perProvider = new Map<string, number>();
  for (const m of byModel.values()) {
    const info = routeFor(m.model, settings);
    m.usd = round2(m.images * (info?.priceUsd ?? 0));
    const perImage = measured.get(m.model) ?? info?.secondsPerImage ?? 0;
    const queued = Math.ceil(m.images / m.concurrency) * perImage;
    // A rate cap can be the tighter limit: 600 images at 60 per minute take 10 minutes at any concurrency.
    const rate = settings.providers[m.provider]?.ratePerMinute;
    m.seconds = rate && rate > 0 ? Math.max(queued, (m.images / rate) * 60) : queued;
    perProvider.set(m.provider, (perProvider.get(m.provider) ?? 0) + m.seconds);
  }
  const models = [...byModel.values()].sort((a, b) => compareCodeUnits(a.model, b.model));
  return {
    models,
    images: models.reduce((n, m) => n + m.images, 0),
    rederive: models.reduce((n, m) => n + m.rederive, 0),
    usd: round2(models.reduce((n, m) => n + m.images * (routeFor(m.model, settings)?.priceUsd ?? 0), 0)),
    seconds: Math.max(0, ...perProvider.values()),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function formatUsd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.round(seconds / 60);
  if (m < 60) return `${m}m`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

/**
 * Over budget is an error pointing at the budget in shotlist.yaml, with how far over and what to do.
 * `at` locates the `budget` fields; when unknown the finding points at the file.
 */
export function checkBudget(
  estimate: CostEstimate,
  budget: Budget,
  at: { maxImages?: SourceRef; maxUsd?: SourceRef; file: string },
): Finding[] {
  const findings: Finding[] = [];
  const place = (ref: SourceRef | undefined) =>
    ref ? { file: ref.file, line: ref.line, column: ref.column } : { file: at.file, line: 1, column: 1 };
  if (budget.maxImages !== undefined && estimate.images > budget.maxImages) {
    const where = place(at.maxImages ?? budget.at);
    findings.push({
      ...where,
      severity: 'error',
      rule: 'over-budget',
      message:
        `plan needs ${plural(estimate.images, 'image')} but budget.maxImages is ${budget.maxImages} ` +
        `(over by ${estimate.images - budget.maxImages}); raise budget.maxImages in ${where.file}` +
        `${where.line ? ` line ${where.line}` : ''} to at least ${estimate.images}, or split the change into smaller pull requests`,
    });
  }
  if (budget.maxUsd !== undefined && estimate.usd > budget.maxUsd + 1e-9) {
    const where = place(at.maxUsd ?? budget.at);
    findings.push({
      ...where,
      severity: 'error',
      rule: 'over-budget',
      message:
        `plan costs an estimated ${formatUsd(estimate.usd)} but budget.maxUsd is ${formatUsd(budget.maxUsd)} ` +
        `(over by ${formatUsd(estimate.usd - budget.maxUsd)}); raise budget.maxUsd in ${where.file}` +
        `${where.line ? ` line ${where.line}` : ''} to at least ${Math.ceil(estimate.usd)}, or split the change into smaller pull requests`,
    });
  }
  return findings;
}
