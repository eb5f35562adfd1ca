import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { loadConfig } from './load.js';

const minimal = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test/fixtures/valid/minimal',
);
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function repo(files: Record<string, string> = {}, base = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'shotlist-load-'));
  temps.push(dir);
  if (base) cpSync(minimal, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** A real, decodable 8x8 photo for `source:` fields. */
function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
}

describe('loadConfig', () => {
  it('reports a template typo once, at the prompt line, with the products using it summed up', async () => {
    const products = Array.from(
      { length: 50 },
      (_, i) => `  - { sku: p-${i}, name: product ${i}, attributes: { color: black } }`,
    ).join('\n');
    const dir = repo({
      'catalog/main.yaml': `defaults:\n  variants: [pdp-main]\nproducts:\n${products}\n`,
      'prompts/studio-white.yaml':
        'id: studio-white\nversions:\n  1: { text: "photo of {{nmae}}" }\n  2: { text: "photo of {{nmae}}" }\n',
    });
    const { findings } = await loadConfig(dir);
    expect(findings.filter((f) => f.rule === 'template-variable')).toEqual([
      {
        file: 'prompts/studio-white.yaml',
        line: 3,
        column: 24,
        severity: 'error',
        rule: 'template-variable',
        message:
          '{{nmae}} in prompt studio-white@1 does not resolve for any of the 50 products using it (first "p-0"), through variant "pdp-main"; did you mean {{name}}?',
      },
    ]);
  });

  it('lists products missing an attribute others have for the first 20 and sums up the rest', async () => {
    const products = Array.from(
      { length: 51 },
      (_, i) =>
        `  - { sku: p-${i}, name: product ${i}, attributes: { color: black${i === 0 ? ', material: oak' : ''} } }`,
    ).join('\n');
    const dir = repo({
      'catalog/main.yaml': `defaults:\n  variants: [pdp-main]\nproducts:\n${products}\n`,
      'prompts/studio-white.yaml':
        'id: studio-white\nversions:\n  1: { text: "{{attributes.material}} {{name}}" }\n',
    });
    const { findings } = await loadConfig(dir);
    const missing = findings.filter((f) => f.rule === 'template-variable');
    expect(missing).toHaveLength(21);
    expect(missing[0]).toMatchObject({ file: 'catalog/main.yaml', line: 5 });
    expect(missing[0]!.message).toContain('product "p-1": {{attributes.material}} in prompt studio-white@1');
    const summary = missing.find((f) => f.message.includes('more product-variant pairs'));
    expect(summary).toMatchObject({ file: 'catalog/main.yaml', line: 25, severity: 'error' });
    expect(summary!.message).toMatch(/also does not resolve for 30 more product-variant pairs/);
  });

  it('fills every setting with its default when shotlist.yaml is absent', async () => {
    const { config, findings } = await loadConfig(repo());
    expect(findings).toEqual([]);
    expect(config!.settings).toMatchObject({
      paths: { catalog: 'catalog', placements: 'placements', prompts: 'prompts', store: 'generated' },
      run: { shotDeadlineSeconds: 600, maxAttempts: 5, rerolls: 2, graceSeconds: 30, keepRaw: true },
      budget: {},
      storage: { kind: 'git' },
    });
    for (const provider of ['studio', 'gemini', 'openai', 'recraft', 'fal', 'replicate', 'pixelmuse']) {
      expect(config!.settings.providers[provider]).toEqual({ concurrency: 4, timeoutSeconds: 120 });
    }
    expect(config!.placements.get('pdp')).toMatchObject({
      format: 'webp',
      quality: 90,
      background: '#FFFFFF',
      qa: {},
    });
  });

  it('follows paths from shotlist.yaml and reads s3 storage', async () => {
    const dir = repo({
      'shotlist.yaml':
        'paths: { catalog: data/products, store: out }\nstorage: { kind: s3, bucket: images, region: auto, publicBaseUrl: "https://cdn.example.com" }\n',
    });
    const first = await loadConfig(dir);
    expect(first.findings).toEqual([
      // At the setting that names the folder.
      expect.objectContaining({
        file: 'shotlist.yaml',
        line: 1,
        column: 19,
        rule: 'missing-folder',
        severity: 'error',
        message: expect.stringContaining('folder data/products/ not found') as unknown as string,
      }),
    ]);
    cpSync(path.join(dir, 'catalog'), path.join(dir, 'data/products'), { recursive: true });
    const { config, findings } = await loadConfig(dir);
    expect(findings).toEqual([]);
    expect(config!.settings.paths).toEqual({
      catalog: 'data/products',
      placements: 'placements',
      prompts: 'prompts',
      store: 'out',
    });
    expect(config!.settings.storage).toEqual({
      kind: 's3',
      bucket: 'images',
      region: 'auto',
      publicBaseUrl: 'https://cdn.example.com',
    });
    expect(config!.products[0]!.at.file).toBe('data/products/main.yaml');
  });

  it('stores source as a repo-relative path and positions flow-style products exactly', async () => {
    const png = await tinyPng();
    const dir = repo({
      'catalog/main.yaml':
        'defaults: { variants: [pdp-main] }\nproducts: [\n  { sku: a-1, name: one, source: ../photos/a.png },\n  { sku: b-2, name: two }]\n',
    });
    mkdirSync(path.join(dir, 'photos'));
    writeFileSync(path.join(dir, 'photos/a.png'), png);
    const { config, findings } = await loadConfig(dir);
    expect(findings).toEqual([]);
    expect(config!.products.map((p) => [p.sku, p.source, p.at.line, p.at.column])).toEqual([
      ['a-1', 'photos/a.png', 3, 3],
      ['b-2', undefined, 4, 3],
    ]);
  });

  it('reports warnings without failing, and sorts findings by file then line', async () => {
    const dir = repo({
      'placements/big.yaml':
        'placements:\n  poster: { aspect: "2:3", size: 4000, models: [imagen-3] }\nvariants:\n  poster: { placement: poster, prompt: studio-white@1 }\n',
      'catalog/main.yaml': 'products:\n  - sku: shoe-1\n    name: black shoe\n',
    });
    const { config, findings } = await loadConfig(dir);
    expect(config).toBeDefined();
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual([
      'catalog/main.yaml:2:5 warning no-variants',
      'placements/big.yaml:2:49 warning model-size',
    ]);
  });

  it('warns when a studio fill is outside the placement QA fill range', async () => {
    const dir = repo({
      'placements/main.yaml':
        'placements:\n  pdp:\n    aspect: "1:1"\n    size: 1024\n    models: [nano-banana-2, studio]\n    studio: { fill: 0.95 }\n    qa: { fill: [0.7, 0.9] }\nvariants:\n  pdp-main: { placement: pdp, prompt: studio-white@1, studio: { fill: 0.5 } }\n',
    });
    const { config, findings } = await loadConfig(dir);
    expect(config).toBeDefined();
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      '6:21 warning studio.fill 0.95 is outside qa.fill [0.7, 0.9], so studio shots of this placement will fail QA; bring them together',
      `9:71 warning studio.fill 0.5 is outside placement "pdp"'s qa.fill [0.7, 0.9], so studio shots of this variant will fail QA; bring them together`,
    ]);
  });

  it('refuses a source that links out of the repository, and one with too many pixels', async () => {
    const outside = repo({}, false);
    const png = await tinyPng();
    writeFileSync(path.join(outside, 'secret.png'), png);
    const dir = repo({
      'catalog/main.yaml':
        'defaults: { variants: [pdp-main] }\nproducts:\n  - { sku: a-1, name: one, source: link.png }\n  - { sku: b-2, name: two, source: huge.png }\n',
    });
    symlinkSync(path.join(outside, 'secret.png'), path.join(dir, 'catalog/link.png'));
    writeFileSync(path.join(dir, 'catalog/huge.png'), pngHeader(40_000, 40_000));
    const { findings } = await loadConfig(dir);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:36 source "link.png" (catalog/link.png) is a link to a file outside the repository; give a path, relative to catalog/main.yaml, of a JPEG, PNG, WebP, AVIF or TIFF photo',
      '4:36 source "huge.png" (catalog/huge.png) is 40000x40000 px, over the 268 megapixel decode limit; downscale it; give a path, relative to catalog/main.yaml, of a JPEG, PNG, WebP, AVIF or TIFF photo',
    ]);
  });

  it("warns once per variant when its model cannot use the products' source photos", async () => {
    const png = await tinyPng();
    const dir = repo({
      'placements/main.yaml':
        'placements:\n  pdp: { aspect: "1:1", size: 1024, models: [imagen-3, nano-banana-2] }\nvariants:\n  pdp-main: { placement: pdp, prompt: studio-white@1 }\n  fine: { placement: pdp, prompt: studio-white@1, model: nano-banana-2 }\n',
      'catalog/main.yaml':
        'defaults: { variants: [pdp-main, fine] }\nproducts:\n  - { sku: a-1, name: one, source: a.png }\n  - { sku: b-2, name: two, source: a.png }\n  - { sku: c-3, name: three }\n',
    });
    writeFileSync(path.join(dir, 'catalog/a.png'), png);
    const { config, findings } = await loadConfig(dir);
    expect(config).toBeDefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'placements/main.yaml',
      line: 4,
      column: 3,
      severity: 'warning',
      rule: 'model-no-reference',
    });
    expect(findings[0]!.message).toContain(
      'variant "pdp-main" uses model "imagen-3", which takes no reference photo, so the source photos of 2 product(s) are not used',
    );
  });

  it('reports every problem at once, across files', async () => {
    const dir = repo({
      'catalog/main.yaml': 'products:\n  - sku: Bad\n    name: x\n    variants: [nope]\n',
      'placements/extra.yaml': 'placements:\n  p2: { aspect: "0:1", size: 10, models: [studio] }\n',
    });
    const { config, findings } = await loadConfig(dir);
    expect(config).toBeUndefined();
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual([
      'catalog/main.yaml:2',
      'catalog/main.yaml:4',
      'placements/extra.yaml:2',
      'placements/extra.yaml:2',
    ]);
  });

  it('never throws for a folder that does not exist', async () => {
    const { config, findings } = await loadConfig(path.join(tmpdir(), 'shotlist-does-not-exist-42'));
    expect(config).toBeUndefined();
    expect(findings.map((f) => f.file)).toEqual(['catalog/', 'placements/', 'prompts/']);
  });
});

/** A PNG claiming the given size with (far too little) pixel data: a header-only reader sees the size. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (name: string, data: Buffer): Buffer => {
    const type = Buffer.from(name);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length, 0);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([type, data])) >>> 0, 0);
    return Buffer.concat([head, type, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
