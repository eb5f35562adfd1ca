// The large catalog of bench/plan, shared with bench/action: PRODUCTS products x 4 variants in files
// of 5,000, the manifest of a completed run of it, then a prompt version bump of the hero variant
// (a quarter of all shots). Imports the compiled dist/ (npm run build first).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import console from 'node:console';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../dist/config/load.js';
import { resolveSpecs } from '../../dist/plan/resolve.js';
import { writeManifest } from '../../dist/store/manifest.js';

const PER_FILE = 5_000;

function placements(heroVersion) {
  return `placements:
  pdp: { aspect: '1:1', size: 2048, format: webp, quality: 90, background: '#FFFFFF', models: [nano-banana-2, nano-banana-pro], qa: { background: white, fill: [0.7, 0.9] } }
  grid: { aspect: '1:1', size: 800, format: jpeg, quality: 85, background: '#FFFFFF', models: [nano-banana-2], qa: { background: white } }
  social: { aspect: '4:5', size: 1080, format: jpeg, quality: 88, background: '#F4F1EC', models: [nano-banana-2], qa: { background: any } }
  hero: { aspect: '16:9', size: 1920, format: webp, quality: 90, background: '#FFFFFF', models: [nano-banana-pro], qa: { background: any, review: true } }
variants:
  pdp-main: { placement: pdp, prompt: studio-white@1 }
  grid: { placement: grid, prompt: studio-white@1 }
  social: { placement: social, prompt: studio-white@1 }
  hero: { placement: hero, prompt: lifestyle@${heroVersion} }
`;
}
const LIFESTYLE_V1 = `id: lifestyle
versions:
  1: { text: 'lifestyle photo of a {{attributes.color}} {{name}} ({{category}}) on a wooden table, morning light', style: realistic }
`;
const LIFESTYLE_V2 =
  LIFESTYLE_V1 +
  `  2: { text: 'lifestyle photo of a {{attributes.color}} {{name}} ({{category}}) on polished concrete, evening light', negative: 'text, people', style: realistic }\n`;

const COLORS = ['matte black', 'white', 'mint green', 'red', 'navy', 'grey'];
const CATEGORIES = ['footwear', 'kitchen', 'electronics', 'apparel', 'toys'];

/**
 * Writes the catalog and the manifest of its completed run into `dir`; returns the shot count and
 * `bump()`, which applies the change under test and returns how many shots it affects.
 */
export async function writeBenchCatalog(dir, PRODUCTS) {
  function write(rel, text) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  write('shotlist.yaml', 'providers:\n  gemini: { concurrency: 8 }\n');
  write('placements/channels.yaml', placements(1));
  write(
    'prompts/studio-white.yaml',
    `id: studio-white\nversions:\n  1: { text: 'studio product photo of a {{attributes.color}} {{name}}, pure white background', negative: 'text, watermark', style: realistic }\n`,
  );
  write('prompts/lifestyle.yaml', LIFESTYLE_V1);
  for (let f = 0; f * PER_FILE < PRODUCTS; f++) {
    let text = 'defaults:\n  variants: [pdp-main, grid, social, hero]\nproducts:\n';
    for (let i = f * PER_FILE; i < Math.min(PRODUCTS, (f + 1) * PER_FILE); i++) {
      text +=
        `  - sku: p-${String(i).padStart(6, '0')}\n` +
        `    name: product number ${i}\n` +
        `    category: ${CATEGORIES[i % CATEGORIES.length]}\n` +
        `    attributes: { color: ${COLORS[i % COLORS.length]}, material: knit mesh }\n`;
    }
    write(`catalog/products-${String(f).padStart(2, '0')}.yaml`, text);
  }

  // The manifest of a completed run of that configuration.
  const t0 = performance.now();
  const before = await loadConfig(dir);
  if (!before.config) {
    console.error(before.findings.slice(0, 5));
    throw new Error('bench config is invalid');
  }
  const specs = await resolveSpecs(before.config);
  const now = new Date('2026-01-01T00:00:00Z').toISOString();
  await writeManifest(
    path.join(dir, 'generated/manifest.jsonl'),
    specs.map((s) => ({
      key: s.key,
      sku: s.sku,
      variant: s.variant,
      genHash: s.genHash,
      specHash: s.specHash,
      prompt: `${s.promptId}@${s.promptVersion}`,
      templateHash: s.templateHash,
      model: s.model,
      provider: 'gemini',
      seed: s.seed,
      status: 'ok',
      output: {
        path: `generated/${s.key}.${s.format}`,
        sha256: s.specHash,
        bytes: 183_220,
        width: s.size,
        height: s.size,
        format: s.format,
      },
      raw: { path: `generated/raw/${s.key}.png`, sha256: s.genHash },
      qa: {
        status: 'pass',
        checks: [
          { check: 'dimensions', status: 'pass', value: `${s.size}x${s.size}` },
          { check: 'background', status: 'pass', value: 0.997, threshold: 0.99 },
          { check: 'fill', status: 'pass', value: 0.81, threshold: [0.7, 0.9] },
          { check: 'sharpness', status: 'pass', value: 412.5, threshold: 120 },
        ],
      },
      jobId: `job-${s.seed}`,
      attempts: 1,
      ms: 14_210,
      costUsd: 0.067,
      createdAt: now,
      runId: 'bench-run-1',
    })),
  );
  const manifestBytes = statSync(path.join(dir, 'generated/manifest.jsonl')).size;
  console.log(
    `setup: ${specs.length.toLocaleString()} shots resolved and manifest written (${(manifestBytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return {
    shots: specs.length,
    bump() {
      // The change under test: the hero variant moves to lifestyle@2, a quarter of all shots.
      write('prompts/lifestyle.yaml', LIFESTYLE_V2);
      write('placements/channels.yaml', placements(2));
      return specs.filter((s) => s.variant === 'hero').length;
    },
  };
}
