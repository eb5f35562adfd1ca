/** The budget input: the plan's estimate for what this job would run, checked before any provider call. */
import path from 'node:path';
import { reviewKeyTest } from '../../src/core/review-keys.js';
import { buildPlan } from '../../src/core/plan.js';
import { selectWork, type Selection } from '../../src/core/select-work.js';
import { estimateCost, formatUsd } from '../../src/plan/cost.js';
import type { GitSettings } from '../../src/domain/config.js';
import type { StepContext } from './context.js';

export interface Preflight {
  /** Workspace-relative manifest path, for the `manifest` output. */
  manifest: string;
  /** The store folder relative to the config folder (generated/ by default). */
  storeRel: string;
  /** shotlist.yaml's git settings, when the configuration loaded. */
  git?: GitSettings;
  /** Shot keys of review: true placements, when the configuration loaded. */
  isReview?: (key: string) => boolean;
  /** Set when the estimate is over the budget input: the job stops here. */
  problem?: string;
}

export async function preflight(
  ctx: StepContext,
  shard: { index: number; count: number } | undefined,
): Promise<Preflight> {
  const s = ctx.settings;
  const result = await buildPlan({ dir: ctx.dir });
  const manifest = path.relative(ctx.workspace, result.manifestPath).split(path.sep).join('/');
  const storeRel = path.relative(ctx.dir, path.dirname(result.manifestPath));
  const known = result.config
    ? { git: result.config.settings.git, isReview: reviewKeyTest(result.config) }
    : {};
  if (s.budgetUsd === undefined || !result.config) return { manifest, storeRel, ...known };
  const selection: Selection = {};
  if (shard) selection.shard = shard;
  if (s.only) selection.only = s.only;
  if (s.maxImages !== undefined) selection.maxImages = s.maxImages;
  const { work } = selectWork(result.plan, selection);
  const usd = estimateCost(work, result.config.settings).usd;
  const limit = shard ? s.budgetUsd / shard.count : s.budgetUsd;
  if (usd <= limit + 1e-9) return { manifest, storeRel, ...known };
  return {
    manifest,
    storeRel,
    ...known,
    problem:
      `the plan for this job costs an estimated ${formatUsd(usd)}, over the budget input ${formatUsd(limit)}` +
      `${shard ? ` (${formatUsd(s.budgetUsd)} split over ${shard.count} shards)` : ''}; nothing was generated. ` +
      'Raise budget in the workflow, or narrow the run with only or max-images',
  };
}
