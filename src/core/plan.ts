import path from 'node:path';
import { loadConfig, SETTINGS_FILE } from '../config/load.js';
import { hasErrors, sortFindings, type Finding } from '../domain/findings.js';
import type { Config } from '../domain/config.js';
import { readManifestWithJournal, type JournalledManifest } from '../store/checkpoint.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { resolveAtRef, type BaseSide } from '../plan/base.js';
import { locateBudget } from '../plan/budget-location.js';
import { asReportTimes, calibrateSeconds } from '../plan/calibration.js';
import { checkBudget, estimateCost, type CostEstimate } from '../plan/cost.js';
import { readRecentReports } from '../store/run-reports.js';
import { isPlanned, planShots, type PlannedShot } from '../plan/plan.js';
import { explainPlan } from '../plan/reasons.js';
import { resolveSpecs } from '../plan/resolve.js';
import { assignShards } from '../plan/shards.js';
import { manifestRuleFindings } from './validate.js';

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

/** What a run has already loaded: planning it again from disk would read everything twice. */
export interface LoadedRepo {
  dir: string;
  config: Config;
  /** The configuration's own findings (warnings only: errors stop before planning). */
  findings: Finding[];
  manifest: JournalledManifest;
}

export function manifestPathOf(dir: string, config: Config | undefined): string {
  return path.join(dir, config?.settings.paths.store ?? 'generated', 'manifest.jsonl');
}

function emptyPlan(config: Config | undefined, findings: Finding[], manifestPath: string): PlanResult {
  return {
    config,
    findings: sortFindings(findings),
    warnings: [],
    plan: [],
    cost: EMPTY_COST,
    manifestPath,
    records: new Map(),
  };
}

/** The whole plan pipeline, shared by the CLI and the GitHub Action. Throws only for a bad --base ref. */
export async function buildPlan(options: PlanOptions): Promise<PlanResult> {
  const dir = path.resolve(options.dir);
  const { config, findings } = await loadConfig(dir);
  const manifestPath = manifestPathOf(dir, config);
  if (!config || hasErrors(findings)) return emptyPlan(config, findings, manifestPath);
  // A run killed before folding its journal has finished shots only there: they must not plan as new.
  const manifest = await readManifestWithJournal(manifestPath, { forPlanning: true });
  return planLoaded({ dir, config, findings, manifest }, options);
}

/** Plans a loaded configuration against a read manifest. */
export async function planLoaded(
  repo: LoadedRepo,
  options: Pick<PlanOptions, 'base' | 'shards'> = {},
): Promise<PlanResult> {
  const { dir, config, findings, manifest } = repo;
  const storeRel = config.settings.paths.store;
  const manifestPath = manifestPathOf(dir, config);
  // The rules validate applies with the manifest (corrupt lines, prompt versions already used), run
  // by the same function, so plan rejects nothing for a config reason that validate accepts.
  const manifestFindings = manifestRuleFindings(config, manifest);
  // Corrupt lines are findings above; the rest (unfinished last line, duplicates) are warnings.
  const warnings = manifest.warnings.filter((w) => !/: line is /.test(w));

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
    return {
      ...emptyPlan(config, [...findings, ...manifestFindings, finding], manifestPath),
      warnings,
      records: manifest.records,
    };
  }

  const plan = planShots(specs, manifest.records);
  const base = options.base ? await resolveAtRef(dir, options.base, storeRel) : undefined;
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
  const reports = await readRecentReports(path.join(dir, storeRel));
  const measured = calibrateSeconds(
    reports.flatMap((r) => asReportTimes(r) ?? []),
    config.settings,
  );
  const cost = estimateCost(plan, config.settings, measured);
  // Positions of the budget keys are looked up only for a plan that is over budget.
  const over = checkBudget(cost, config.settings.budget, { file: SETTINGS_FILE });
  const budget =
    over.length === 0
      ? over
      : checkBudget(cost, config.settings.budget, await locateBudget(dir, SETTINGS_FILE));
  const result: PlanResult = {
    config,
    findings: sortFindings([...findings, ...manifestFindings, ...budget]),
    warnings,
    plan,
    cost,
    manifestPath,
    records: manifest.records,
  };
  if (base) result.base = base;
  return result;
}
