import type { Config, Placement, Product, PromptVersion, StudioOptions, Variant } from '../domain/config.js';
import { compareCodeUnits } from '../domain/canonical.js';
import { hashCanonical } from '../domain/canonical.js';
import { shotHasher, templateHash, type ShotHasher } from './hashes.js';
import { deriveSeed } from './seed.js';
import { SourceHasher } from './source-hash.js';
import { CONTRACT_VERSION, type ShotSpec } from '../domain/spec.js';
import { shotModel } from '../config/model-choice.js';
import {
  compileTemplate,
  renderTemplate,
  renderTemplateText,
  type CompiledTemplate,
} from '../config/template.js';

interface PreparedVersion {
  version: PromptVersion;
  templateHash: string;
  text: CompiledTemplate;
  negative?: CompiledTemplate;
}

function where(at: { file: string; line: number; column: number }): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/** Later layers win; a layer's undefined members do not erase earlier ones. */
export function mergeStudio(...layers: (StudioOptions | undefined)[]): StudioOptions | undefined {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) if (v !== undefined) out[k] = v;
  }
  return Object.keys(out).length > 0 ? (out as StudioOptions) : undefined;
}

/** What every shot of one variant shares: looked up, merged and hashed once, not per shot. */
interface VariantPlan {
  variant: Variant;
  placement: Placement;
  prompt: PreparedVersion;
  model: string;
  /** Set when the placement allows no models: thrown at the first shot, after its template check. */
  noModel?: string;
  studio: StudioOptions | undefined;
  qaHash: string;
  hasher: ShotHasher;
}

/**
 * Resolves a validated config into one spec per (sku, variant), sorted by key.
 * Throws (with file and line) only on what validation should already have rejected.
 */
export async function resolveSpecs(config: Config): Promise<ShotSpec[]> {
  const plans = variantPlans(config);
  const hasher = new SourceHasher(config.root);
  const specs: ShotSpec[] = [];
  // Only shots with a supplier photo wait for its hash; the rest are built synchronously (no
  // promise per shot: 200,000 of them are measurable). Those fill their slot when it arrives.
  const pending: Promise<void>[] = [];
  for (const product of config.products) {
    const sourceHash = product.source ? hasher.hash(product.source, where(product.at)) : undefined;
    // Avoid an unhandled rejection before the first shot awaits it; the error surfaces there.
    sourceHash?.catch(() => undefined);
    const first = specs.length;
    for (const variantId of product.variants) {
      const plan = plans(variantId, product);
      const shot = prepareShot(plan, product);
      if (sourceHash) {
        const slot = specs.push(undefined as unknown as ShotSpec) - 1;
        pending.push(
          sourceHash.then((source) => void (specs[slot] = buildSpec(plan, product, shot, source))),
        );
      } else {
        specs.push(buildSpec(plan, product, shot, undefined));
      }
    }
    // A product's few shots in key order: a catalog listed by sku then needs no sort at all.
    if (!sourceHash) sortRange(specs, first);
  }
  if (pending.length > 0) {
    await Promise.all(pending);
    return specs.sort(byKey);
  }
  return isSortedByKey(specs) ? specs : specs.sort(byKey);
}

const byKey = (a: ShotSpec, b: ShotSpec): number => compareCodeUnits(a.key, b.key);

function isSortedByKey(specs: ShotSpec[]): boolean {
  for (let i = 1; i < specs.length; i++) if (specs[i - 1]!.key > specs[i]!.key) return false;
  return true;
}

/** Insertion sort of specs[from..]: a handful of variants per product. */
function sortRange(specs: ShotSpec[], from: number): void {
  for (let i = from + 1; i < specs.length; i++) {
    const s = specs[i]!;
    let j = i - 1;
    while (j >= from && specs[j]!.key > s.key) {
      specs[j + 1] = specs[j]!;
      j--;
    }
    specs[j + 1] = s;
  }
}

/** Per variant, once: its placement, prepared prompt version, model, merged studio options and hashers. */
function variantPlans(config: Config): (variantId: string, product: Product) => VariantPlan {
  const prepared = new Map<string, PreparedVersion>();
  const prepare = (variant: Variant): PreparedVersion => {
    const id = `${variant.promptId}@${variant.promptVersion}`;
    let p = prepared.get(id);
    if (!p) {
      const version = config.prompts.get(variant.promptId)?.versions.get(variant.promptVersion);
      if (!version) {
        throw new Error(
          `${where(variant.at)}: variant ${variant.id} uses prompt ${id}, which is not defined`,
        );
      }
      p = {
        version,
        templateHash: templateHash(version),
        text: compileTemplate(version.text),
        negative: version.negative === undefined ? undefined : compileTemplate(version.negative),
      };
      prepared.set(id, p);
    }
    return p;
  };
  const qaHashes = new Map<string, string>();
  const qaHashOf = (placement: Placement): string => {
    let h = qaHashes.get(placement.id);
    if (h === undefined) qaHashes.set(placement.id, (h = hashCanonical(placement.qa)));
    return h;
  };
  const plans = new Map<string, VariantPlan>();
  return (variantId, product) => {
    let plan = plans.get(variantId);
    if (plan) return plan;
    const variant = config.variants.get(variantId);
    if (!variant) {
      throw new Error(
        `${where(product.at)}: product ${product.sku} uses variant ${variantId}, which is not defined`,
      );
    }
    const placement = config.placements.get(variant.placement);
    if (!placement) {
      throw new Error(
        `${where(variant.at)}: variant ${variant.id} uses placement ${variant.placement}, which is not defined`,
      );
    }
    const prompt = prepare(variant);
    const model = shotModel(variant, placement) ?? '';
    const studio = mergeStudio(placement.studio, variant.studio, prompt.version.studio);
    const hasher = shotHasher({
      contract: CONTRACT_VERSION,
      model,
      style: prompt.version.style,
      aspect: placement.aspect,
      size: placement.size,
      format: placement.format,
      quality: placement.quality,
      background: placement.background,
      studio,
    });
    plan = { variant, placement, prompt, model, studio, qaHash: qaHashOf(placement), hasher };
    if (!model) plan.noModel = `${where(placement.at)}: placement ${placement.id} allows no models`;
    plans.set(variantId, plan);
    return plan;
  };
}

interface PreparedShot {
  key: string;
  text: string;
  negative: string | undefined;
  seed: number;
}

/** The per-shot parts that do not wait for a source photo: key, rendered prompt, seed. */
function prepareShot(plan: VariantPlan, product: Product): PreparedShot {
  const { variant, prompt } = plan;
  const text = renderTemplateText(prompt.text, product, variant.id);
  const negative = prompt.negative ? renderTemplateText(prompt.negative, product, variant.id) : undefined;
  if (text === undefined || (prompt.negative && negative === undefined)) throw missingValues(plan, product);
  if (plan.noModel) throw new Error(plan.noModel);
  const key = `${product.sku}/${variant.id}`;
  const seed = variant.seed ?? deriveSeed(key, variant.promptId, variant.promptVersion);
  return { key, text, negative, seed };
}

function missingValues(plan: VariantPlan, product: Product): Error {
  const { variant, prompt } = plan;
  const missing = [
    ...renderTemplate(prompt.text, product, variant.id).missing,
    ...(prompt.negative ? renderTemplate(prompt.negative, product, variant.id).missing : []),
  ];
  return new Error(
    `${where(product.at)}: product ${product.sku} has no value for ${missing.map((m) => `{{${m}}}`).join(', ')} ` +
      `used by prompt ${variant.promptId}@${variant.promptVersion}; add the field or change the template`,
  );
}

function buildSpec(
  plan: VariantPlan,
  product: Product,
  shot: PreparedShot,
  source: string | undefined,
): ShotSpec {
  const { variant, placement, prompt, studio } = plan;
  const g = plan.hasher.genHash(shot.text, shot.negative, shot.seed, source);
  const spec: ShotSpec = {
    key: shot.key,
    sku: product.sku,
    variant: variant.id,
    placement: placement.id,
    promptId: variant.promptId,
    promptVersion: variant.promptVersion,
    templateHash: prompt.templateHash,
    prompt: shot.text,
    model: plan.model,
    aspect: placement.aspect,
    size: placement.size,
    format: placement.format,
    quality: placement.quality,
    background: placement.background,
    seed: shot.seed,
    contract: CONTRACT_VERSION,
    genHash: g,
    specHash: plan.hasher.specHash(g),
    qaHash: plan.qaHash,
  };
  if (shot.negative !== undefined) spec.negative = shot.negative;
  if (prompt.version.style !== undefined) spec.style = prompt.version.style;
  if (product.source !== undefined) spec.sourcePath = product.source;
  if (source !== undefined) spec.sourceHash = source;
  if (studio) spec.studio = studio;
  if (product.color !== undefined) spec.color = product.color;
  return spec;
}
