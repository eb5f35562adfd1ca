import type { Config, Placement, PromptVersion, StudioOptions, Variant } from '../domain/config.js';
import { compareCodeUnits } from '../domain/canonical.js';
import { hashCanonical } from '../domain/canonical.js';
import { genHash, specHash, templateHash } from './hashes.js';
import { deriveSeed } from './seed.js';
import { SourceHasher } from './source-hash.js';
import { CONTRACT_VERSION, type ShotSpec } from '../domain/spec.js';
import { shotModel } from '../config/model-choice.js';
import { compileTemplate, renderTemplate, type CompiledTemplate } from '../config/template.js';

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

/**
 * Resolves a validated config into one spec per (sku, variant), sorted by key.
 * Throws (with file and line) only on what validation should already have rejected.
 */
export async function resolveSpecs(config: Config): Promise<ShotSpec[]> {
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
  const placementOf = (variant: Variant): Placement => {
    const placement = config.placements.get(variant.placement);
    if (!placement) {
      throw new Error(
        `${where(variant.at)}: variant ${variant.id} uses placement ${variant.placement}, which is not defined`,
      );
    }
    return placement;
  };

  const qaHashes = new Map<string, string>();
  const qaHashOf = (placement: Placement): string => {
    let h = qaHashes.get(placement.id);
    if (h === undefined) qaHashes.set(placement.id, (h = hashCanonical(placement.qa)));
    return h;
  };
  const hasher = new SourceHasher(config.root);
  const ready: ShotSpec[] = [];
  // Only shots with a supplier photo wait for its hash; the rest are built synchronously (no
  // promise per shot: 200,000 of them are measurable).
  const pending: Promise<ShotSpec>[] = [];
  for (const product of config.products) {
    const sourceHash = product.source ? hasher.hash(product.source, where(product.at)) : undefined;
    // Avoid an unhandled rejection before the first shot awaits it; the error surfaces there.
    sourceHash?.catch(() => undefined);
    for (const variantId of product.variants) {
      const variant = config.variants.get(variantId);
      if (!variant) {
        throw new Error(
          `${where(product.at)}: product ${product.sku} uses variant ${variantId}, which is not defined`,
        );
      }
      const placement = placementOf(variant);
      const prompt = prepare(variant);
      const key = `${product.sku}/${variant.id}`;
      const text = renderTemplate(prompt.text, product, variant.id);
      const negative = prompt.negative ? renderTemplate(prompt.negative, product, variant.id) : undefined;
      const missing = [...text.missing, ...(negative?.missing ?? [])];
      if (missing.length > 0) {
        throw new Error(
          `${where(product.at)}: product ${product.sku} has no value for ${missing.map((m) => `{{${m}}}`).join(', ')} ` +
            `used by prompt ${variant.promptId}@${variant.promptVersion}; add the field or change the template`,
        );
      }
      const model = shotModel(variant, placement);
      if (!model) throw new Error(`${where(placement.at)}: placement ${placement.id} allows no models`);
      const studio = mergeStudio(placement.studio, variant.studio, prompt.version.studio);
      const seed = variant.seed ?? deriveSeed(key, variant.promptId, variant.promptVersion);
      const build = (source: string | undefined): ShotSpec => {
        const g = genHash({
          contract: CONTRACT_VERSION,
          model,
          prompt: text.text,
          negative: negative?.text,
          style: prompt.version.style,
          aspect: placement.aspect,
          seed,
          sourceHash: source,
          size: placement.size,
          background: placement.background,
          studio,
        });
        const spec: ShotSpec = {
          key,
          sku: product.sku,
          variant: variant.id,
          placement: placement.id,
          promptId: variant.promptId,
          promptVersion: variant.promptVersion,
          templateHash: prompt.templateHash,
          prompt: text.text,
          model,
          aspect: placement.aspect,
          size: placement.size,
          format: placement.format,
          quality: placement.quality,
          background: placement.background,
          seed,
          contract: CONTRACT_VERSION,
          genHash: g,
          specHash: specHash({
            genHash: g,
            size: placement.size,
            format: placement.format,
            quality: placement.quality,
            background: placement.background,
          }),
          qaHash: qaHashOf(placement),
        };
        if (negative) spec.negative = negative.text;
        if (prompt.version.style !== undefined) spec.style = prompt.version.style;
        if (product.source !== undefined) spec.sourcePath = product.source;
        if (source !== undefined) spec.sourceHash = source;
        if (studio) spec.studio = studio;
        if (product.color !== undefined) spec.color = product.color;
        return spec;
      };
      if (sourceHash) pending.push(sourceHash.then(build));
      else ready.push(build(undefined));
    }
  }
  const specs = pending.length > 0 ? ready.concat(await Promise.all(pending)) : ready;
  return specs.sort((a, b) => compareCodeUnits(a.key, b.key));
}
