import path from 'node:path';
import { SETTINGS_FILE } from '../config/load.js';
import { sortFindings, type Finding } from '../domain/findings.js';
import type { Config } from '../domain/config.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { resolveAtRef, type BaseSide } from '../plan/base.js';
import { locateBudget } from '../plan/budget-location.js';
import { checkBudget, estimateCost, type CostEstimate } from '../plan/cost.js';
import { isPlanned, planShots, type PlannedShot } from '../plan/plan.js';
import { explainPlan } from '../plan/reasons.js';
import { resolveSpecs } from '../plan/resolve.js';
import { assignShards } from '../plan/shards.js';
import { checkRepo } from './validate.js';

export interface PlanOptions {
  /** Folder holding shotlist.yaml. */
  dir: string;
  base?: string;
  shards?: number;
}

export interface PlanResult {
  config?: Config;
  /** Config, manifest, immutability and budget problems, sorted. Errors mean exit 1. */
  findings: Finding[];
  /** Manifest warnings (partial last line, duplicates), for stderr. */
  warnings: string[];
  plan: PlannedShot[];
  cost: CostEstimate;
  manifestPath: string;
  /** Read for planning only (see readManifest's forPlanning): never write these back. */
  records: Map<string, ManifestRecord>;
  base?: BaseSide;
}

const EMPTY_COST: CostEstimate = { models: [], images: 0, rederive: 0, usd: 0, seconds: 0 };

/** The whole plan pipeline, shared by the CLI and the GitHub Action. Throws only for a bad --base ref. */
export async function buildPlan(options: PlanOptions): Promise<PlanResult> {
  const dir = path.resolve(options.dir);
  // The same rules as validate, run once: the config, and the manifest read once with its journal.
  const checked = await checkRepo(dir);
  const { config, manifestPath } = checked;
  const records = checked.manifest?.records ?? new Map<string, ManifestRecord>();
  // Corrupt lines are findings; the rest (unfinished last line, duplicates) are warnings.
  const warnings = (checked.manifest?.warnings ?? []).filter((w) => !/: line is /.test(w));
  const empty = (extra: Finding[] = []): PlanResult => ({
    config,
    findings: sortFindings([...checked.findings, ...extra]),
    warnings,
    plan: [],
    cost: EMPTY_COST,
    manifestPath,
    records,
  });
  if (!config) return empty();

  let specs;
  try {
    specs = await resolveSpecs(config);
  } catch (error) {
    const m = /^(.+?):(\d+):(\d+): (.*)$/s.exec((error as Error).message);
    const finding: Finding = m
      ? {
          file: m[1]!,
          line: Number(m[2]),
          column: Number(m[3]),
          severity: 'error',
          rule: 'resolve',
          message: m[4]!,
        }
      : {
          file: SETTINGS_FILE,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'resolve',
          message: (error as Error).message,
        };
    return empty([finding]);
  }

  const plan = planShots(specs, records);
  const base = options.base ? await resolveAtRef(dir, options.base, config.settings.paths.store) : undefined;
  explainPlan(plan, config, base);
  if (options.shards && options.shards > 1) {
    const keys = plan.filter((s) => isPlanned(s.status)).map((s) => s.key);
    const shards = assignShards(keys, options.shards);
    for (const shot of plan) {
      const shard = shards.get(shot.key);
      if (shard !== undefined) shot.shard = shard;
    }
  } else if (options.shards === 1) {
    for (const shot of plan) if (isPlanned(shot.status)) shot.shard = 1;
  }
  const cost = estimateCost(plan, config.settings);
  const budgetAt = await locateBudget(dir, SETTINGS_FILE);
  const budget = checkBudget(cost, config.settings.budget, budgetAt);
  const result: PlanResult = {
    config,
    findings: sortFindings([...checked.findings, ...budget]),
    warnings,
    plan,
    cost,
    manifestPath,
    records,
  };
  if (base) result.base = base;
  return result;
}
