import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
      size: 2048,
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
