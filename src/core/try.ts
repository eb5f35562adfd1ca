import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config, Placement, Product, Variant } from '../domain/config.js';
import { hasErrors, type Finding } from '../domain/findings.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { findModel } from '../domain/models.js';
import type { ShotSpec } from '../domain/spec.js';
import { resolveSpecs } from '../plan/resolve.js';
import { deriveSeed } from '../plan/seed.js';
import { OptionsError } from './errors.js';
import { logTo, type Host } from './host.js';

/** `try` renders at most this many candidates per version: a contact sheet, not a batch job. */
export const MAX_CANDIDATES = 24;
/** The spending cap when neither --max-usd nor the budget's maxUsd says otherwise. */
export const DEFAULT_TRY_CAP_USD = 2;

export interface TrySelection {
  dir: string;
  /** `id@version` */
  template: string;
  sku: string;
  /** Variant whose placement (size, background, QA) the candidates follow; default: see chooseVariant. */
  variant?: string;
  model?: string;
  count?: number;
}

export interface TryPlan {
  config: Config;
  product: Product;
  variant: Variant;
  placement: Placement;
  model: string;
  promptId: string;
  version: number;
  count: number;
  /** One per candidate: the seed it is made with (the first is the seed `generate` would use). */
  seeds: number[];
  /** For the studio, which ignores seeds: the framing each candidate is made with. */
  fills?: number[];
}

function parseTemplate(text: string, flag: string): { id: string; version: number } {
  const m = /^([a-z0-9][a-z0-9-]*)@([1-9]\d*)$/.exec(text);
  if (!m)
    throw new OptionsError(
      `${flag} ${text}: expected a prompt template and version, id@N (e.g. studio-white@2)`,
    );
  return { id: m[1]!, version: Number(m[2]) };
}

function versionOf(config: Config, t: { id: string; version: number }, flag: string): void {
  const prompt = config.prompts.get(t.id);
  if (!prompt) {
    const known = [...config.prompts.keys()].sort().join(', ') || 'none';
    throw new OptionsError(`${flag} ${t.id}@${t.version}: no prompt template ${t.id}; known: ${known}`);
  }
  if (!prompt.versions.has(t.version)) {
    const known = [...prompt.versions.keys()].sort((a, b) => a - b).join(', ');
    throw new OptionsError(
      `${flag} ${t.id}@${t.version}: ${t.id} has no version ${t.version} (it has ${known}); add it to its prompts file first`,
    );
  }
}

/** The product's variant using this template (any version), else its first. */
function chooseVariant(config: Config, product: Product, promptId: string, wanted?: string): Variant {
  const id =
    wanted ??
    product.variants.find((v) => config.variants.get(v)?.promptId === promptId) ??
    product.variants[0];
  const variant = id ? config.variants.get(id) : undefined;
  if (!variant || (wanted && !product.variants.includes(wanted))) {
    throw new OptionsError(
      `--variant ${wanted}: ${product.sku} has no such variant; its variants: ${product.variants.join(', ')}`,
    );
  }
  return variant;
}

/** Evenly spread over the placement's accepted fill range, inside its ends. */
function spreadFills(placement: Placement, count: number): number[] {
  const [lo, hi] = placement.qa.fill ?? [0.6, 0.9];
  const step = (hi - lo) / (count + 1);
  return Array.from({ length: count }, (_, i) => Math.round((lo + step * (i + 1)) * 1000) / 1000);
}

/** Resolves what `try` renders (and what `--pick` freezes): product, variant, model, seeds. */
export async function planTry(o: TrySelection): Promise<{ findings: Finding[]; plan?: TryPlan }> {
  const count = o.count ?? 8;
  if (!Number.isInteger(count) || count < 1 || count > MAX_CANDIDATES)
    throw new OptionsError(`--count ${count}: expected a whole number from 1 to ${MAX_CANDIDATES}`);
  const t = parseTemplate(o.template, 'template');
  const loaded = await loadConfig(path.resolve(o.dir));
  if (!loaded.config || hasErrors(loaded.findings)) return { findings: loaded.findings };
  const config = loaded.config;
  versionOf(config, t, 'template');
  const product = config.products.find((p) => p.sku === o.sku);
  if (!product)
    throw new OptionsError(`--sku ${o.sku}: no such product in ${config.settings.paths.catalog}/`);
  const variant = chooseVariant(config, product, t.id, o.variant);
  const placement = config.placements.get(variant.placement)!;
  const model = o.model ?? variant.model ?? placement.models[0]!;
  if (!placement.models.includes(model)) {
    throw new OptionsError(
      `--model ${model}: placement ${placement.id} allows ${placement.models.join(', ')}; add it to its models to try it`,
    );
  }
  const first = deriveSeed(`${product.sku}/${variant.id}`, t.id, t.version);
  // The studio ignores seeds: its candidates differ in framing and keep the one seed.
  const seeds = Array.from({ length: count }, (_, i) => (model === 'studio' ? first : (first + i) % 2 ** 31));
  const plan: TryPlan = {
    config,
    product,
    variant,
    placement,
    model,
    promptId: t.id,
    version: t.version,
    count,
    seeds,
  };
  if (model === 'studio') plan.fills = spreadFills(placement, count);
  return { findings: loaded.findings, plan };
}

/** The spec of the shot as `generate` would make it with this template version and model. */
export async function baseSpec(plan: TryPlan, version: number): Promise<ShotSpec> {
  const variant: Variant = {
    ...plan.variant,
    promptId: plan.promptId,
    promptVersion: version,
    model: plan.model,
  };
  delete variant.seed;
  const config: Config = {
    ...plan.config,
    variants: new Map([[variant.id, variant]]),
    products: [{ ...plan.product, variants: [variant.id] }],
  };
  const [spec] = await resolveSpecs(config);
  return spec!;
}

export interface Candidate {
  row: string;
  n: number;
  spec: ShotSpec;
  seed: number;
  fill?: number;
}

/** One spec per candidate and row; each gets its own variant name so its files never collide. */
export async function candidateSpecs(plan: TryPlan, versions: number[]): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const [r, version] of versions.entries()) {
    const spec = await baseSpec(plan, version);
    const row = `${plan.promptId}@${version}`;
    for (let i = 0; i < plan.count; i++) {
      const variant = `${plan.variant.id}-${String.fromCharCode(97 + r)}${i + 1}`;
      const c: Candidate = {
        row,
        n: i + 1,
        seed: plan.seeds[i]!,
        spec: { ...spec, variant, key: `${spec.sku}/${variant}`, seed: plan.seeds[i]! },
      };
      if (plan.fills) {
        c.fill = plan.fills[i]!;
        c.spec.studio = { ...spec.studio, fill: c.fill };
      }
      out.push(c);
    }
  }
  return out;
}

export interface TryCost {
  images: number;
  usd: number;
  capUsd: number;
  /** False when the registry has no price for the model: the cap cannot be checked. */
  known: boolean;
}

export function tryCost(plan: TryPlan, rows: number, maxUsd: number | undefined): TryCost {
  const info = findModel(plan.model);
  const images = plan.model === 'studio' ? 0 : plan.count * rows;
  const capUsd = maxUsd ?? plan.config.settings.budget.maxUsd ?? DEFAULT_TRY_CAP_USD;
  return {
    images,
    usd: Math.round(images * (info?.priceUsd ?? 0) * 10000) / 10000,
    capUsd,
    known: info !== undefined,
  };
}

/** Relabels the scratch records for the contact sheet: a row per version, a column per candidate. */
export function sheetRecords(
  records: Iterable<ManifestRecord>,
  candidates: Candidate[],
): Map<string, ManifestRecord> {
  const byKey = new Map(candidates.map((c) => [c.spec.key, c]));
  const out = new Map<string, ManifestRecord>();
  for (const r of records) {
    const c = byKey.get(r.key);
    if (!c) continue;
    const column = c.fill === undefined ? `#${c.n}` : `#${c.n} fill ${c.fill}`;
    out.set(`${c.row}/${column}`, { ...r, key: `${c.row}/${column}`, sku: c.row, variant: column });
  }
  return out;
}

/** Marks a folder as a try sheet, so a later try may empty it. */
export const TRY_MARKER = '.shotlist-try';

/**
 * Empties the folder of an earlier contact sheet before a new one. A folder that is neither new,
 * empty, nor marked as a try sheet is refused: `--out .` must never delete a repository.
 */
export async function clearScratch(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  if (entries.length > 0 && !entries.includes(TRY_MARKER)) {
    throw new OptionsError(
      `--out ${dir}: the folder has other files; give a new or empty folder for the contact sheet`,
    );
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, TRY_MARKER),
    'a shotlist try contact sheet; shotlist try empties this folder\n',
  );
}

export function logSpend(host: Host, plan: TryPlan, cost: TryCost, rows: number): void {
  const what = `${plan.count} candidate${plan.count === 1 ? '' : 's'}${rows > 1 ? ` x ${rows} versions` : ''}`;
  const spend =
    plan.model === 'studio'
      ? 'the offline studio: no spend'
      : `${plan.model}: ${cost.images} image${cost.images === 1 ? '' : 's'}, estimated $${cost.usd.toFixed(2)} (cap $${cost.capUsd.toFixed(2)})`;
  logTo(host, 'info', `try: ${what} of ${plan.product.sku} / ${plan.variant.id} with ${spend}`);
}
