// Builds Config objects directly (no YAML), for plan tests.
import type {
  Config,
  Placement,
  Product,
  PromptTemplate,
  PromptVersion,
  Settings,
  Variant,
} from '../src/domain/config.js';
import type { ManifestRecord } from '../src/domain/manifest-record.js';
import type { ShotSpec } from '../src/domain/spec.js';

const at = (file: string, line = 1) => ({ file, line, column: 1 });

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    paths: { catalog: 'catalog', placements: 'placements', prompts: 'prompts', store: 'generated' },
    providers: {
      gemini: { concurrency: 4, timeoutSeconds: 120 },
      studio: { concurrency: 2, timeoutSeconds: 60 },
    },
    run: { shotDeadlineSeconds: 600, maxAttempts: 3, rerolls: 1, graceSeconds: 30, keepRaw: true },
    budget: {},
    storage: { kind: 'git' },
    git: { delivery: 'commit', remote: 'origin', pullRequestBranch: 'shotlist/{base}', raw: 'ref' },
    ...overrides,
  };
}

export function placement(id: string, p: Partial<Placement> = {}): Placement {
  const aspect = p.aspect ?? '1:1';
  const [w, h] = aspect.split(':').map(Number);
  return {
    id,
    aspect,
    aspectW: w!,
    aspectH: h!,
    size: 2048,
    format: 'webp',
    quality: 90,
    background: '#FFFFFF',
    models: ['nano-banana-pro', 'studio'],
    qa: {},
    at: at('placements/main.yaml'),
    ...p,
  };
}

export function variant(id: string, v: Partial<Variant> & { placement: string; prompt: string }): Variant {
  const [promptId, version] = v.prompt.split('@');
  const { prompt: _prompt, ...rest } = v;
  return {
    id,
    promptId: promptId!,
    promptVersion: Number(version),
    at: at('placements/main.yaml', 20),
    ...rest,
  };
}

export function prompt(
  id: string,
  versions: Record<number, Omit<PromptVersion, 'version' | 'at'>>,
): PromptTemplate {
  const map = new Map<number, PromptVersion>();
  let line = 2;
  for (const [n, v] of Object.entries(versions)) {
    map.set(Number(n), { version: Number(n), at: at(`prompts/${id}.yaml`, line++), ...v });
  }
  return { id, versions: map, at: at(`prompts/${id}.yaml`) };
}

export function product(sku: string, p: Partial<Product> = {}): Product {
  return {
    sku,
    name: `product ${sku}`,
    category: 'things',
    attributes: { color: 'black' },
    variants: ['pdp-main'],
    at: at('catalog/main.yaml', 5),
    ...p,
  };
}

export function config(parts: {
  root?: string;
  settings?: Settings;
  placements: Placement[];
  variants: Variant[];
  prompts: PromptTemplate[];
  products: Product[];
}): Config {
  return {
    root: parts.root ?? '/nonexistent',
    settings: parts.settings ?? settings(),
    placements: new Map(parts.placements.map((p) => [p.id, p])),
    variants: new Map(parts.variants.map((v) => [v.id, v])),
    prompts: new Map(parts.prompts.map((p) => [p.id, p])),
    products: parts.products,
  };
}

/** A small valid catalog: two placements, three variants (one on the studio), two prompts. */
export function sampleConfig(productCount = 3, root?: string): Config {
  return config({
    root,
    placements: [placement('pdp-main'), placement('hero', { aspect: '16:9', size: 1920, format: 'jpeg' })],
    variants: [
      variant('pdp-main', { placement: 'pdp-main', prompt: 'studio-white@2' }),
      variant('hero', { placement: 'hero', prompt: 'lifestyle@1' }),
      variant('cutout', { placement: 'pdp-main', prompt: 'studio-white@2', model: 'studio' }),
    ],
    prompts: [
      prompt('studio-white', {
        1: { text: 'photo of {{name}}' },
        2: {
          text: 'studio photo of {{name}} ({{attributes.color}}) for {{variant}}',
          negative: 'text',
          style: 'realistic',
        },
      }),
      prompt('lifestyle', {
        1: { text: '{{name}}, a {{category}} item, sku {{sku}}, on asphalt at sunrise' },
      }),
    ],
    products: Array.from({ length: productCount }, (_, i) =>
      product(`sku-${i}`, { variants: i % 2 === 0 ? ['pdp-main', 'hero'] : ['pdp-main', 'cutout'] }),
    ),
  });
}

/** The record a successful run would write for a spec. */
export function recordFor(spec: ShotSpec, over: Partial<ManifestRecord> = {}): ManifestRecord {
  return {
    key: spec.key,
    sku: spec.sku,
    variant: spec.variant,
    genHash: spec.genHash,
    specHash: spec.specHash,
    prompt: `${spec.promptId}@${spec.promptVersion}`,
    templateHash: spec.templateHash,
    model: spec.model,
    provider: 'gemini',
    seed: spec.seed,
    status: 'ok',
    output: {
      path: `generated/${spec.key}.${spec.format}`,
      sha256: 'a'.repeat(64),
      bytes: 1000,
      width: 10,
      height: 10,
      format: spec.format,
    },
    raw: { path: `generated/raw/${spec.key}.png`, sha256: 'b'.repeat(64) },
    attempts: 1,
    ms: 1000,
    costUsd: 0.1,
    createdAt: '2026-01-01T00:00:00.000Z',
    runId: 'run-1',
    ...over,
  };
}
