import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadConfig } from '../src/config/load.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('loadConfig on the repository example', () => {
  it('loads clean, with every entity and setting filled', async () => {
    const { config, findings } = await loadConfig(repoRoot);
    expect(findings).toEqual([]);
    expect(config).toBeDefined();
    const c = config!;
    expect(c.root).toBe(repoRoot);
    expect(c.products.map((p) => p.sku).sort()).toEqual(
      ['camera-0707', 'espresso-cup-01', 'mouse-2210', 'mug-set-2', 'shoe-4812'].sort(),
    );
    expect([...c.placements.keys()].sort()).toEqual(['grid', 'hero', 'hero-lifestyle', 'pdp', 'social']);
    const pdp = c.placements.get('pdp')!;
    expect(pdp).toMatchObject({
      aspect: '1:1',
      aspectW: 1,
      aspectH: 1,
      size: 1600,
      format: 'webp',
      background: '#FFFFFF',
    });
    expect(pdp.models[0]).toBe('studio');
    expect(pdp.at).toEqual({ file: 'placements/channels.yaml', line: 4, column: 3 });
    expect(c.placements.get('social')).toMatchObject({ aspectW: 4, aspectH: 5 });

    const shoe = c.products.find((p) => p.sku === 'shoe-4812')!;
    expect(shoe.source).toBe('catalog/sources/shoe-near-white.jpg');
    expect(shoe.variants).toEqual(['pdp-main', 'grid', 'social', 'hero']);
    expect(shoe.at).toEqual({ file: 'catalog/footwear.yaml', line: 5, column: 5 });
    const mouse = c.products.find((p) => p.sku === 'mouse-2210')!;
    expect(mouse.variants).toEqual(['pdp-main', 'grid', 'social']); // from the file's defaults
    const espresso = c.products.find((p) => p.sku === 'espresso-cup-01')!;
    expect(espresso.variants).toEqual(['hero-lifestyle']);
    expect(c.placements.get(c.variants.get('hero-lifestyle')!.placement)!.models).not.toContain('studio');

    const variant = c.variants.get('pdp-main')!;
    expect(variant).toMatchObject({ placement: 'pdp', promptId: 'studio-white', promptVersion: 2 });
    expect(c.prompts.get('studio-white')!.versions.size).toBeGreaterThan(1);

    expect(c.settings.paths).toEqual({
      catalog: 'catalog',
      placements: 'placements',
      prompts: 'prompts',
      store: 'generated',
    });
    expect(c.settings.run).toEqual({
      maxAttempts: 5,
      rerolls: 2,
      graceSeconds: 30,
      shotDeadlineSeconds: 600,
      keepRaw: true,
    });
    expect(c.settings.providers.gemini).toMatchObject({
      concurrency: 4,
      ratePerMinute: 60,
      timeoutSeconds: 180,
    });
    expect(c.settings.providers.openai).toMatchObject({ concurrency: 4 });
    expect(c.settings.storage).toEqual({ kind: 'git' });
  });
});

describe('the published schemas', () => {
  const schemaDir = path.join(repoRoot, 'schemas');

  it('are valid draft 2020-12 schemas that compile together', () => {
    const ajv = new Ajv2020({ strictRequired: false, strictTypes: false, strictTuples: false });
    const files = readdirSync(schemaDir).sort();
    expect(files).toEqual([
      'catalog.schema.json',
      'placements.schema.json',
      'prompts.schema.json',
      'shotlist.schema.json',
    ]);
    for (const f of files) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, f), 'utf8')) as object);
    for (const f of files) {
      const schema = JSON.parse(readFileSync(path.join(schemaDir, f), 'utf8')) as {
        $id: string;
        $schema: string;
      };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(ajv.getSchema(schema.$id)).toBeTypeOf('function');
    }
  });

  it('are named by a yaml-language-server line at the top of every example file', () => {
    const examples = ['shotlist.yaml'];
    for (const folder of ['catalog', 'placements', 'prompts']) {
      for (const f of readdirSync(path.join(repoRoot, folder)))
        if (f.endsWith('.yaml')) examples.push(`${folder}/${f}`);
    }
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const rel of examples) {
      const first = readFileSync(path.join(repoRoot, rel), 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, rel).not.toBeNull();
      const kind = rel === 'shotlist.yaml' ? 'shotlist' : rel.split('/')[0];
      const target = path.resolve(path.dirname(path.join(repoRoot, rel)), m![1]!);
      expect(target).toBe(path.join(schemaDir, `${kind}.schema.json`));
    }
  });
});
