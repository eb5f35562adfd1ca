import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../domain/config.js';
import type { Finding } from '../domain/findings.js';
import { recordBase, type ManifestRecord } from '../domain/manifest-record.js';
import { buildGallery } from '../report/gallery.js';
import type { ImageRef } from '../report/gallery-model.js';
import type { ShotOutcome } from '../run/shot-types.js';
import { Checkpoint } from '../store/checkpoint.js';
import { OptionsError } from './errors.js';
import { relativeLink } from './gallery.js';
import type { Host } from './host.js';
import { runSignals } from './run-signals.js';
import {
  candidateSpecs,
  clearScratch,
  logSpend,
  planTry,
  sheetRecords,
  tryCost,
  type Candidate,
  type TryCost,
  type TryPlan,
  type TrySelection,
} from './try.js';

export interface TryOptions extends TrySelection {
  /** Another version of the same template, rendered with the same seeds for an A/B look. */
  against?: string;
  /** Spending cap in USD; default the budget's maxUsd, else DEFAULT_TRY_CAP_USD. */
  maxUsd?: number;
  /** Folder of the contact sheet; default `shotlist-try/<sku>-<variant>-<template>` in the repository. */
  out?: string;
  offline?: boolean;
}

export interface CandidateResult {
  row: string;
  n: number;
  seed: number;
  fill?: number;
  status: ShotOutcome['status'];
  output?: string;
  qa?: ShotOutcome['qa'];
  error?: { kind: string; message: string };
  costUsd: number;
}

export type TryResult =
  | { kind: 'invalid'; findings: Finding[] }
  | { kind: 'over-cap'; cost: TryCost }
  | { kind: 'ran'; indexFile: string; cost: TryCost; spentUsd: number; candidates: CandidateResult[] };

function againstVersion(plan: TryPlan, against: string | undefined): number[] {
  if (!against) return [plan.version];
  const m = /^([a-z0-9][a-z0-9-]*)@([1-9]\d*)$/.exec(against);
  if (!m || m[1] !== plan.promptId) {
    throw new OptionsError(
      `--against ${against}: expected another version of ${plan.promptId}, e.g. ${plan.promptId}@${plan.version + 1}`,
    );
  }
  const version = Number(m[2]);
  if (!plan.config.prompts.get(plan.promptId)!.versions.has(version))
    throw new OptionsError(`--against ${against}: ${plan.promptId} has no version ${version}`);
  if (version === plan.version)
    throw new OptionsError(`--against ${against}: that is the version being tried`);
  return [plan.version, version];
}

/** A record for a candidate that made no image (skipped offline, refused, failed), for the sheet. */
function failedRecord(c: Candidate, o: ShotOutcome): ManifestRecord {
  return {
    ...recordBase(c.spec, o.provider ?? '', c.seed),
    status: 'failed',
    error: o.error ?? { kind: o.status, message: o.status },
    attempts: o.attempts,
    ms: o.ms,
    costUsd: o.costUsd,
    createdAt: new Date().toISOString(),
    runId: 'try',
  };
}

async function renderCandidates(
  o: TryOptions,
  plan: TryPlan,
  candidates: Candidate[],
  scratchRel: string,
  host: Host,
): Promise<{ outcomes: ShotOutcome[]; records: Map<string, ManifestRecord> }> {
  const dir = path.resolve(o.dir);
  const [{ runShots }, { runQa, closeOcr }, { createProviderRegistry }, backoff] = await Promise.all([
    import('../run/run-shots.js'),
    import('../images/qa/index.js'),
    import('../providers/registry.js'),
    import('../run/backoff.js'),
  ]);
  // The candidates are the rerolls; raw outputs are not kept for a scratch render.
  const settings: Settings = {
    ...plan.config.settings,
    paths: { ...plan.config.settings.paths, store: scratchRel },
    run: { ...plan.config.settings.run, rerolls: 0, keepRaw: false },
  };
  const { checkpoint } = await Checkpoint.open(path.join(dir, scratchRel, 'manifest.jsonl'));
  const signals = runSignals(host, settings.run.graceSeconds);
  try {
    const outcomes = await runShots({
      root: dir,
      settings,
      shots: candidates.map((c) => ({ key: c.spec.key, status: 'new' as const, spec: c.spec })),
      lookup: createProviderRegistry({ env: host.env, providers: settings.providers, offline: o.offline }),
      checkpoint,
      runId: `try-${randomBytes(3).toString('hex')}`,
      qa: runQa,
      qaSettings: () => plan.placement.qa,
      stop: signals.stop,
      kill: signals.kill,
      backoff: backoff.backoffFromEnv(host.env),
    });
    return { outcomes, records: checkpoint.records };
  } finally {
    signals.dispose();
    await checkpoint.close();
    await closeOcr();
  }
}

/**
 * `try`: renders N candidates of a template version for one product (different seeds, or framings
 * for the studio), optionally against another version with the same seeds, into a contact sheet.
 * The spend is logged before anything runs and refused above the cap.
 */
export async function tryTemplate(o: TryOptions, host: Host): Promise<TryResult> {
  const { findings, plan } = await planTry(o);
  if (!plan) return { kind: 'invalid', findings };
  const versions = againstVersion(plan, o.against);
  const cost = tryCost(plan, versions.length, o.maxUsd);
  logSpend(host, plan, cost, versions.length);
  if (cost.usd > cost.capUsd) return { kind: 'over-cap', cost };
  const dir = path.resolve(o.dir);
  const name = `${plan.product.sku}-${plan.variant.id}-${plan.promptId}@${plan.version}`;
  const out = path.resolve(dir, o.out ?? path.join('shotlist-try', name));
  await clearScratch(out);
  await mkdir(out, { recursive: true });
  const candidates = await candidateSpecs(plan, versions);
  const scratchRel = path.relative(dir, path.join(out, 'shots')).split(path.sep).join('/');
  const { outcomes, records } = await renderCandidates(o, plan, candidates, scratchRel, host);
  const byKey = new Map(outcomes.map((x) => [x.key, x]));
  const all = new Map(records);
  for (const c of candidates)
    if (!all.has(c.spec.key)) all.set(c.spec.key, failedRecord(c, byKey.get(c.spec.key)!));
  const rows = [...new Set(candidates.map((c) => c.row))];
  const columns = [...new Set(sheetRecordsColumns(candidates))];
  const built = await buildGallery({
    records: sheetRecords(all.values(), candidates),
    products: rows.map((r) => ({ sku: r, name: promptOf(candidates, r), variants: columns })),
    variantOrder: columns,
    contactSheet: true,
    title: `shotlist try: ${plan.promptId}@${plan.version} for ${plan.product.sku} (${plan.variant.id}, ${plan.model})`,
    outDir: out,
    readImage: (ref: ImageRef) =>
      ref.kind === 'file' ? readChecked(path.join(dir, ref.path), ref.sha256) : Promise.resolve(undefined),
    linkFor: (ref) => (ref.kind === 'file' ? relativeLink(out, path.join(dir, ref.path)) : undefined),
  });
  const results = candidates.map((c) => candidateResult(c, byKey.get(c.spec.key)!));
  const spentUsd = Math.round(outcomes.reduce((s, x) => s + x.costUsd, 0) * 10000) / 10000;
  return { kind: 'ran', indexFile: built.indexFile, cost, spentUsd, candidates: results };
}

function sheetRecordsColumns(candidates: Candidate[]): string[] {
  return candidates.map((c) => (c.fill === undefined ? `#${c.n}` : `#${c.n} fill ${c.fill}`));
}

function promptOf(candidates: Candidate[], row: string): string {
  const text = candidates.find((c) => c.row === row)!.spec.prompt;
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

async function readChecked(file: string, sha256: string): Promise<Buffer> {
  const bytes = await readFile(file);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256)
    throw new Error(`${file} changed since it was made`);
  return bytes;
}

function candidateResult(c: Candidate, o: ShotOutcome): CandidateResult {
  const r: CandidateResult = { row: c.row, n: c.n, seed: c.seed, status: o.status, costUsd: o.costUsd };
  if (c.fill !== undefined) r.fill = c.fill;
  if (o.output) r.output = o.output;
  if (o.qa) r.qa = o.qa;
  if (o.error) r.error = o.error;
  return r;
}
