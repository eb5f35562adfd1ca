import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placement, product, sampleConfig, variant, config, prompt } from '../../test/plan-fixtures.js';
import { canonicalJson } from '../domain/canonical.js';
import { resolveSpecs } from './resolve.js';
import { deriveSeed } from './seed.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 'é' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":"é","z":1}]},"b":1}',
    );
  });
  it('rejects numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(/NaN/);
  });
});

describe('resolveSpecs', () => {
  it('makes one spec per (product, variant), sorted by key, with rendered prompts', async () => {
    const specs = await resolveSpecs(sampleConfig(3));
    expect(specs.map((s) => s.key)).toEqual([
      'sku-0/hero',
      'sku-0/pdp-main',
      'sku-1/cutout',
      'sku-1/pdp-main',
      'sku-2/hero',
      'sku-2/pdp-main',
    ]);
    const hero = specs[0]!;
    expect(hero.prompt).toBe('product sku-0, a things item, sku sku-0, on asphalt at sunrise');
    expect(hero.model).toBe('nano-banana-pro');
    expect(hero.aspect).toBe('16:9');
    expect(hero.format).toBe('jpeg');
    const pdp = specs[1]!;
    expect(pdp.prompt).toBe('studio photo of product sku-0 (black) for pdp-main');
    expect(pdp.negative).toBe('text');
    expect(pdp.style).toBe('realistic');
    expect(specs[2]!.model).toBe('studio');
    expect(new Set(specs.map((s) => s.genHash)).size).toBe(6);
  });

  it('derives a 31-bit seed from key and prompt version unless pinned', async () => {
    const base = sampleConfig(1);
    const specs = await resolveSpecs(base);
    const pdp = specs.find((s) => s.key === 'sku-0/pdp-main')!;
    expect(pdp.seed).toBe(deriveSeed('sku-0/pdp-main', 'studio-white', 2));
    expect(pdp.seed).toBeGreaterThanOrEqual(0);
    expect(pdp.seed).toBeLessThan(2 ** 31);
    expect(deriveSeed('sku-0/pdp-main', 'studio-white', 3)).not.toBe(pdp.seed);
    base.variants.get('pdp-main')!.seed = 42;
    const pinned = (await resolveSpecs(base)).find((s) => s.key === 'sku-0/pdp-main')!;
    expect(pinned.seed).toBe(42);
    expect(pinned.genHash).not.toBe(pdp.genHash);
  });

  it('is deterministic: same config, same hashes', async () => {
    const a = await resolveSpecs(sampleConfig(5));
    const b = await resolveSpecs(sampleConfig(5));
    expect(a).toEqual(b);
  });

  it('changes only specHash when format, quality or size changes for a hosted model', async () => {
    const before = await resolveSpecs(sampleConfig(2));
    const cfg = sampleConfig(2);
    const p = cfg.placements.get('hero')!;
    p.format = 'png';
    p.quality = 50;
    p.size = 1000;
    const after = await resolveSpecs(cfg);
    const b = before.find((s) => s.key === 'sku-0/hero')!;
    const a = after.find((s) => s.key === 'sku-0/hero')!;
    expect(a.genHash).toBe(b.genHash);
    expect(a.specHash).not.toBe(b.specHash);
  });

  it('puts size, background and studio options in the studio genHash, but not the prompt', async () => {
    const before = await resolveSpecs(sampleConfig(2));
    const key = 'sku-1/cutout';
    const b = before.find((s) => s.key === key)!;

    const sized = sampleConfig(2);
    sized.placements.get('pdp-main')!.size = 1000;
    expect((await resolveSpecs(sized)).find((s) => s.key === key)!.genHash).not.toBe(b.genHash);

    const formatted = sampleConfig(2);
    formatted.placements.get('pdp-main')!.format = 'png';
    const f = (await resolveSpecs(formatted)).find((s) => s.key === key)!;
    expect(f.genHash).toBe(b.genHash);
    expect(f.specHash).not.toBe(b.specHash);

    const reworded = sampleConfig(2);
    reworded.prompts.get('studio-white')!.versions.get(2)!.text = 'other words {{name}}';
    const r = await resolveSpecs(reworded);
    expect(r.find((s) => s.key === key)!.genHash).toBe(b.genHash);
    expect(r.find((s) => s.key === 'sku-1/pdp-main')!.genHash).not.toBe(
      before.find((s) => s.key === 'sku-1/pdp-main')!.genHash,
    );
  });

  it('merges studio options placement < variant < prompt version', async () => {
    const cfg = config({
      placements: [
        placement('p', { studio: { fill: 0.8, shadow: true, align: 'center' }, models: ['studio'] }),
      ],
      variants: [variant('v', { placement: 'p', prompt: 't@1', studio: { fill: 0.7, shadowStrength: 0.3 } })],
      prompts: [prompt('t', { 1: { text: '{{name}}', studio: { shadow: false } } })],
      products: [product('a', { variants: ['v'] })],
    });
    const [spec] = await resolveSpecs(cfg);
    expect(spec!.studio).toEqual({ fill: 0.7, shadow: false, align: 'center', shadowStrength: 0.3 });
    expect(spec!.model).toBe('studio');
  });

  it('hashes each source photo once by content and changes genHash when the bytes change', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-resolve-'));
    dirs.push(root);
    await mkdir(path.join(root, 'catalog/sources'), { recursive: true });
    await writeFile(path.join(root, 'catalog/sources/a.jpg'), 'photo-bytes-1');
    const cfg = sampleConfig(2, root);
    for (const p of cfg.products) p.source = 'catalog/sources/a.jpg';
    const first = await resolveSpecs(cfg);
    const expected = createHash('sha256').update('photo-bytes-1').digest('hex');
    expect(first.every((s) => s.sourceHash === expected)).toBe(true);

    await writeFile(path.join(root, 'catalog/sources/a.jpg'), 'photo-bytes-2');
    const second = await resolveSpecs(cfg);
    for (const s of second) {
      const old = first.find((f) => f.key === s.key)!;
      expect(s.genHash === old.genHash).toBe(false);
    }
  });

  it('names the product and file when a source photo is missing', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-resolve-'));
    dirs.push(root);
    const cfg = sampleConfig(1, root);
    cfg.products[0]!.source = 'catalog/sources/missing.jpg';
    await expect(resolveSpecs(cfg)).rejects.toThrow(
      /catalog\/main\.yaml:5:1: source photo catalog\/sources\/missing\.jpg cannot be read \(ENOENT\)/,
    );
  });

  it('refuses to guess an unresolved template variable', async () => {
    const cfg = sampleConfig(1);
    cfg.prompts.get('lifestyle')!.versions.get(1)!.text = '{{attributes.size}} {{name}}';
    await expect(resolveSpecs(cfg)).rejects.toThrow(/no value for \{\{attributes\.size\}\}/);
  });

  it('does not let a photo change regenerate a model that takes no reference image', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-resolve-'));
    dirs.push(root);
    await writeFile(path.join(root, 'a.jpg'), 'one');
    const make = () =>
      config({
        root,
        placements: [placement('p', { models: ['imagen-3'] })],
        variants: [variant('v', { placement: 'p', prompt: 't@1' })],
        prompts: [prompt('t', { 1: { text: '{{name}}' } })],
        products: [product('a', { variants: ['v'], source: 'a.jpg' })],
      });
    const [before] = await resolveSpecs(make());
    await writeFile(path.join(root, 'a.jpg'), 'two');
    const [after] = await resolveSpecs(make());
    expect(after!.sourceHash).not.toBe(before!.sourceHash);
    expect(after!.genHash).toBe(before!.genHash);
  });
});

describe('hash inputs', () => {
  it('are canonical JSON: the fast path gives the same bytes as sorting every key', async () => {
    const { genInputs } = await import('./hashes.js');
    const { sha256Hex } = await import('../domain/canonical.js');
    const { genHash, specHash } = await import('./hashes.js');
    const base = {
      contract: 1,
      model: 'nano-banana-2',
      prompt: 'p',
      negative: 'n',
      style: 's',
      aspect: '1:1',
      seed: 7,
      sourceHash: 'abc',
      size: 100,
      background: '#FFFFFF',
      studio: { shadow: true, align: 'center' as const, fill: 0.5 },
    };
    const variants = [
      base,
      { ...base, negative: undefined, style: undefined, sourceHash: undefined },
      { ...base, prompt: 'quote " backslash \\ newline \n unicode é 日本 \u2028', seed: 0 },
      { ...base, studio: undefined },
    ];
    for (const model of ['nano-banana-2', 'imagen-3', 'studio', 'not-in-registry']) {
      for (const v of variants) {
        const i = { ...v, model };
        expect(JSON.stringify(genInputs(i))).toBe(canonicalJson(genInputs(i)));
        expect(genHash(i)).toBe(sha256Hex(canonicalJson(genInputs(i))));
      }
    }
    for (const o of [
      { genHash: 'g', size: 1, format: 'png' as const, quality: 2, background: '#000000' },
      { genHash: 'g"\\', size: 0.5, format: 'webp' as const, quality: 100, background: 'linear(#FFF,#000)' },
    ]) {
      expect(specHash(o)).toBe(sha256Hex(canonicalJson(o)));
    }
  });

  it('per-variant hasher gives the same bytes as genHash and specHash, fast path or not', async () => {
    const { genHash, shotHasher, specHash } = await import('./hashes.js');
    const shared = {
      contract: 1,
      style: 's',
      aspect: '1:1',
      size: 100,
      format: 'webp' as const,
      quality: 90,
      background: '#FFFFFF',
      studio: { shadow: true, fill: 0.5 },
    };
    const shots: [string, string | undefined, number, string | undefined][] = [
      ['p', 'n', 7, 'abc'],
      ['quote " backslash \\ newline \n é \u2028', undefined, 0, undefined],
      ['p', '', Number.NaN, 'abc'],
    ];
    for (const model of ['nano-banana-2', 'imagen-3', 'studio', 'not-in-registry']) {
      for (const extra of [{}, { style: undefined }, { quality: Number.NaN }, { contract: Number.NaN }]) {
        const s = { ...shared, model, ...extra };
        const hasher = shotHasher(s);
        for (const [prompt, negative, seed, sourceHash] of shots) {
          const g = genHash({ ...s, prompt, negative, seed, sourceHash });
          expect(hasher.genHash(prompt, negative, seed, sourceHash)).toBe(g);
          expect(hasher.specHash(g)).toBe(
            specHash({
              genHash: g,
              size: s.size,
              format: s.format,
              quality: s.quality,
              background: s.background,
            }),
          );
        }
      }
    }
  });
});
