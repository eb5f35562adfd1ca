import path from 'node:path';
import { aspectPlan, findModel, MODELS, routeOf } from '../domain/models.js';
import type { Finding } from '../domain/findings.js';
import { listing, type CatalogEntry, type Located } from './entities.js';
import type { ModelRouting, Placement, PromptTemplate, Variant } from '../domain/config.js';
import { shotModel, shotModelInfo } from './model-choice.js';
import { didYouMean } from './suggest.js';
import { TemplateVariableRule, templateNeeds, type TemplateNeeds } from './template-rule.js';
import type { SourceImageChecker } from './source-image.js';
import type { YamlFile } from './yaml-file.js';

export interface RuleInput {
  root: string;
  placements: Located<Placement>[];
  variants: Located<Variant>[];
  prompts: Located<PromptTemplate>[];
  products: CatalogEntry[];
  defaultsByFile: Map<YamlFile, string[] | undefined>;
  sources: SourceImageChecker;
  /** shotlist.yaml routing: which provider's aspects a model is checked against. */
  routing?: Record<string, ModelRouting>;
}

const MODEL_IDS = MODELS.filter((m) => !m.retired).map((m) => m.id);

function where(file: YamlFile, p: readonly (string | number)[], key = false): string {
  const pos = file.locate(p, key);
  return `${file.rel}:${pos.line}:${pos.column}`;
}

/** Uniqueness of ids across files: the later definitions are errors naming the first. */
function firstById<T extends { id: string }>(
  entries: Located<T>[],
  kind: string,
  findings: Finding[],
  keyPath: (e: Located<T>) => readonly (string | number)[],
): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const entry of entries) {
    const first = byId.get(entry.value.id);
    if (first) {
      findings.push(
        entry.file.finding(
          `duplicate-${kind}`,
          keyPath(entry),
          `${kind} "${entry.value.id}" is already defined at ${where(first.file, keyPath(first), true)}; ids must be unique across files, rename or remove one`,
          { key: true },
        ),
      );
    } else {
      byId.set(entry.value.id, entry);
    }
  }
  return byId;
}

/** The semantic rules of DESIGN "Rules": everything the schemas cannot see. */
export async function checkRules(input: RuleInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  const placements = firstById(input.placements, 'placement', findings, (e) => e.path);
  const variants = firstById(input.variants, 'variant', findings, (e) => e.path);
  const prompts = firstById(input.prompts, 'prompt', findings, () => ['id']);

  for (const { value: p, file, path: at } of placements.values())
    checkPlacement(p, file, at, findings, input.routing);
  for (const v of variants.values()) checkVariant(v, placements, prompts, findings);

  // defaults.variants must name real variants (reported once per file, at the list item).
  for (const [file, defaults] of input.defaultsByFile) {
    defaults?.forEach((id, i) => {
      if (!variants.has(id)) {
        findings.push(
          file.finding(
            'unknown-variant',
            ['defaults', 'variants', i],
            `defaults.variants names unknown variant "${id}"${didYouMean(id, variants.keys()) || `; known variants: ${listing(variants.keys())}`}`,
          ),
        );
      }
    });
  }

  // Per variant, once: its model and what its prompt needs from a product.
  const infos = new Map<string, VariantInfo | undefined>();
  const variantInfo = (id: string): VariantInfo | undefined => {
    if (infos.has(id)) return infos.get(id);
    const variant = variants.get(id)?.value;
    let info: VariantInfo | undefined;
    if (variant) {
      const placement = placements.get(variant.placement)?.value;
      const version = prompts.get(variant.promptId)?.value.versions.get(variant.promptVersion);
      info = { model: shotModel(variant, placement) };
      if (version) info.needs = templateNeeds(variant.promptId, version);
    }
    infos.set(id, info);
    return info;
  };
  const skus = new Map<string, CatalogEntry>();
  // Products by the photo they name: each photo's header is read once.
  const sourceUsers = new Map<string, CatalogEntry[]>();
  // Many products share a photo or a folder: resolve each (catalog file, written path) once.
  const sourcePaths = new Map<string, string>();
  const sourcePath = (catalogRel: string, raw: string): string => {
    const cacheKey = `${catalogRel}\0${raw}`;
    let rel = sourcePaths.get(cacheKey);
    if (rel === undefined) {
      rel = path.posix.normalize(path.posix.join(path.posix.dirname(catalogRel), raw.replace(/\\/g, '/')));
      sourcePaths.set(cacheKey, rel);
    }
    return rel;
  };
  const sourcesPerVariant = new Map<string, number>();
  const templateRule = new TemplateVariableRule(prompts);
  for (const entry of input.products) {
    // entry.path is built only for a finding: most products have none.
    const { value: product, file } = entry;
    if (product.sku.includes('..') && /^[a-z0-9][a-z0-9._-]*$/.test(product.sku)) {
      findings.push(
        file.finding(
          'sku-pattern',
          [...entry.path, 'sku'],
          `sku "${product.sku}" contains ".."; SKUs become file names, use single dots`,
        ),
      );
    }
    const first = skus.get(product.sku);
    if (first) {
      findings.push(
        file.finding(
          'duplicate-sku',
          [...entry.path, 'sku'],
          `sku "${product.sku}" is already used at ${where(first.file, [...first.path, 'sku'])}; SKUs must be unique across all catalog files`,
        ),
      );
    } else {
      skus.set(product.sku, entry);
    }

    if (product.variants.length === 0) {
      findings.push(
        file.finding(
          'no-variants',
          entry.path,
          `product "${product.sku}" has no variants, so no images will be made; add "variants:" to it or "defaults.variants" to the file`,
          { severity: 'warning' },
        ),
      );
    }

    let hasSource = false;
    if (entry.rawSource !== undefined) {
      const rel = sourcePath(file.rel, entry.rawSource);
      if (path.posix.isAbsolute(entry.rawSource) || rel === '..' || rel.startsWith('../')) {
        findings.push(
          file.finding(
            'source-outside',
            [...entry.path, 'source'],
            `source "${entry.rawSource}" points outside the repository; put the photo in the repository and give its path relative to ${file.rel}`,
          ),
        );
      } else {
        product.source = rel;
        hasSource = true;
        const users = sourceUsers.get(rel);
        if (users) users.push(entry);
        else sourceUsers.set(rel, [entry]);
      }
    }

    for (let i = 0; i < product.variants.length; i++) {
      const variantId = product.variants[i]!;
      const info = variantInfo(variantId);
      if (!info) {
        if (!entry.fromDefaults) {
          findings.push(
            file.finding(
              'unknown-variant',
              [...entry.path, 'variants', i],
              `product "${product.sku}" names unknown variant "${variantId}"${didYouMean(variantId, variants.keys()) || `; known variants: ${listing(variants.keys())}`}`,
            ),
          );
        }
        continue;
      }
      if (hasSource) sourcesPerVariant.set(variantId, (sourcesPerVariant.get(variantId) ?? 0) + 1);
      if (info.model === 'studio' && !hasSource && entry.rawSource === undefined) {
        findings.push(
          file.finding(
            'studio-needs-source',
            entry.path,
            `product "${product.sku}" has no source photo, but variant "${variantId}" uses the studio model, which builds the image from one; add "source:" to the product or give the variant a hosted model`,
          ),
        );
      }
      const needs = info.needs;
      if (!needs) continue; // an unknown prompt or version is reported at the variant
      templateRule.check(entry, variantId, needs);
    }
  }
  findings.push(...templateRule.findings());
  await Promise.all(
    [...sourceUsers].map(async ([rel, users]) => {
      const result = await input.sources.check(rel);
      if (result.ok) return;
      for (const { file, path: at, rawSource } of users) {
        findings.push(
          file.finding(
            'source-image',
            [...at, 'source'],
            `source "${rawSource}" (${rel}) ${result.reason}; give a path, relative to ${file.rel}, of a JPEG, PNG, WebP, AVIF or TIFF photo`,
          ),
        );
      }
    }),
  );

  // A model that takes no reference image never sees the supplier photo: say so once per variant.
  for (const [variantId, count] of sourcesPerVariant) {
    const { value: variant, file, path: at } = variants.get(variantId)!;
    const model = shotModelInfo(variant, placements.get(variant.placement)?.value);
    if (!model || model.reference) continue;
    findings.push(
      file.finding(
        'model-no-reference',
        variant.model !== undefined ? [...at, 'model'] : at,
        `variant "${variantId}" uses model "${model.id}", which takes no reference photo, so the source photos of ${count} product(s) are not used for it; pick a model that takes one (${listing(MODELS.filter((m) => m.reference).map((m) => m.id))}) if the product must look like its photo`,
        { severity: 'warning', key: variant.model === undefined },
      ),
    );
  }
  return findings;
}

function checkPlacement(
  p: Placement,
  file: YamlFile,
  at: readonly (string | number)[],
  findings: Finding[],
  routing: Record<string, ModelRouting> = {},
): void {
  const aspectOk = /^\d+:\d+$/.test(p.aspect);
  if (aspectOk && !(p.aspectW >= 1 && p.aspectW <= 100 && p.aspectH >= 1 && p.aspectH <= 100)) {
    findings.push(
      file.finding(
        'aspect',
        [...at, 'aspect'],
        `aspect "${p.aspect}": width and height must be whole numbers from 1 to 100, like "4:5" or "16:9"`,
      ),
    );
  }
  const qaFill = validFill(p.qa.fill);
  if (
    Array.isArray(p.qa.fill) &&
    p.qa.fill.length === 2 &&
    !qaFill &&
    p.qa.fill.every((n) => typeof n === 'number')
  ) {
    findings.push(
      file.finding(
        'qa-fill',
        [...at, 'qa', 'fill'],
        `qa.fill [${p.qa.fill.join(', ')}] is [min, max] but min is larger; swap the two numbers`,
      ),
    );
  }
  if (qaFill && p.studio?.fill !== undefined && (p.studio.fill < qaFill[0] || p.studio.fill > qaFill[1])) {
    findings.push(
      file.finding(
        'studio-fill-vs-qa',
        [...at, 'studio', 'fill'],
        `studio.fill ${p.studio.fill} is outside qa.fill [${qaFill.join(', ')}], so studio shots of this placement will fail QA; bring them together`,
        { severity: 'warning' },
      ),
    );
  }
  const valid = aspectOk && p.aspectW >= 1 && p.aspectW <= 100 && p.aspectH >= 1 && p.aspectH <= 100;
  p.models.forEach((id, i) => {
    const model = findModel(id);
    if (!model) {
      findings.push(
        file.finding(
          'unknown-model',
          [...at, 'models', i],
          `unknown model "${id}"${didYouMean(id, MODEL_IDS) || `; known models: ${listing(MODEL_IDS)}`}`,
        ),
      );
      return;
    }
    if (model.retired) {
      findings.push(
        file.finding(
          'model-retired',
          [...at, 'models', i],
          `model "${id}" is retired since ${model.retired.since}: ${model.retired.why}; use ${model.retired.use}`,
        ),
      );
      return;
    }
    // Checked against the route shotlist.yaml picks (a bad route is a finding of shotlist.yaml).
    const route = routeOf(model, routing[id]).route ?? model;
    const through = route.provider === model.provider ? '' : ` through ${route.provider}`;
    if (valid && !aspectPlan({ ...route, anyAspect: model.anyAspect }, p.aspect)) {
      const makes = route.sizes ? Object.entries(route.sizes).map(([a, s]) => `${a} (${s})`) : route.aspects;
      findings.push(
        file.finding(
          'model-aspect',
          [...at, 'models', i],
          `model "${id}"${through} cannot make aspect ${p.aspect} (it makes ${listing(makes)}, and cropping would waste over half the frame); remove it from this placement or change the aspect`,
        ),
      );
    }
    if (!model.anyAspect && p.size <= 8192 && p.size > route.maxSize) {
      findings.push(
        file.finding(
          'model-size',
          [...at, 'models', i],
          `model "${id}"${through} makes at most ${route.maxSize} px, so this placement's ${p.size} px images from it will be upscaled; lower size or prefer a larger model`,
          { severity: 'warning' },
        ),
      );
    }
  });
}

function checkVariant(
  entry: Located<Variant>,
  placements: Map<string, Located<Placement>>,
  prompts: Map<string, Located<PromptTemplate>>,
  findings: Finding[],
): void {
  const { value: v, file, path: at } = entry;
  const placement = placements.get(v.placement)?.value;
  if (v.placement && !placement) {
    findings.push(
      file.finding(
        'unknown-placement',
        [...at, 'placement'],
        `variant "${v.id}" names unknown placement "${v.placement}"${didYouMean(v.placement, placements.keys()) || `; known placements: ${listing(placements.keys())}`}`,
      ),
    );
  }
  if (v.promptId && Number.isInteger(v.promptVersion)) {
    const prompt = prompts.get(v.promptId)?.value;
    if (!prompt) {
      findings.push(
        file.finding(
          'unknown-prompt',
          [...at, 'prompt'],
          `variant "${v.id}" names unknown prompt "${v.promptId}"${didYouMean(v.promptId, prompts.keys()) || `; known prompts: ${listing(prompts.keys())}`}`,
        ),
      );
    } else if (!prompt.versions.has(v.promptVersion)) {
      findings.push(
        file.finding(
          'unknown-prompt-version',
          [...at, 'prompt'],
          `variant "${v.id}" pins ${v.promptId}@${v.promptVersion}, but prompt "${v.promptId}" has version(s) ${listing([...prompt.versions.keys()].map(String))}; pin one of them or add version ${v.promptVersion}`,
        ),
      );
    }
  }
  const qaFill = placement ? validFill(placement.qa.fill) : undefined;
  const fill = v.studio?.fill;
  if (qaFill && fill !== undefined && (fill < qaFill[0] || fill > qaFill[1])) {
    findings.push(
      file.finding(
        'studio-fill-vs-qa',
        [...at, 'studio', 'fill'],
        `studio.fill ${fill} is outside placement "${placement!.id}"'s qa.fill [${qaFill.join(', ')}], so studio shots of this variant will fail QA; bring them together`,
        { severity: 'warning' },
      ),
    );
  }
  if (v.model !== undefined) {
    const model = findModel(v.model);
    if (!model) {
      findings.push(
        file.finding(
          'unknown-model',
          [...at, 'model'],
          `variant "${v.id}" names unknown model "${v.model}"${didYouMean(v.model, MODEL_IDS) || `; known models: ${listing(MODEL_IDS)}`}`,
        ),
      );
    } else if (placement && !placement.models.includes(v.model)) {
      findings.push(
        file.finding(
          'model-not-allowed',
          [...at, 'model'],
          `model "${v.model}" is not allowed by placement "${placement.id}" (allowed: ${listing(placement.models)}); add it to placements.${placement.id}.models or pick an allowed one`,
        ),
      );
    }
  }
}

function validFill(fill: unknown): [number, number] | undefined {
  if (!Array.isArray(fill) || fill.length !== 2) return undefined;
  const [min, max] = fill as unknown[];
  return typeof min === 'number' && typeof max === 'number' && min <= max ? [min, max] : undefined;
}

interface VariantInfo {
  model: string | undefined;
  needs?: TemplateNeeds;
}
