// End to end: `shotlist plan` on a real temp git repository, with --base, budget, shards, markdown.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/capture-io.js';
import { loadConfig } from '../src/config/load.js';
import { resolveSpecs } from '../src/plan/resolve.js';
import { writeManifest } from '../src/store/manifest.js';
import { recordFor } from './plan-fixtures.js';

const PHOTOS = path.resolve('test/fixtures/photos');
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Plan Test',
  GIT_AUTHOR_EMAIL: 'plan@example.invalid',
  GIT_COMMITTER_NAME: 'Plan Test',
  GIT_COMMITTER_EMAIL: 'plan@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: os.tmpdir(),
};

let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
}

async function put(rel: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
  await writeFile(path.join(repo, rel), text);
}

async function plan(...args: string[]) {
  const io = captureIO(repo);
  const code = await main(['plan', ...args], io);
  return { code, out: io.out, err: io.err };
}

interface JsonShot {
  key: string;
  status: string;
  reason?: string;
  reasonCodes?: string[];
  shard?: number;
}

async function planJson(...args: string[]) {
  const r = await plan('--json', ...args);
  const json = JSON.parse(r.out) as {
    ok: boolean;
    planned: number;
    counts: Record<string, number>;
    shots: JsonShot[];
    cost: { images: number; usd: number };
    findings: { file: string; line: number; rule: string; message: string }[];
  };
  return { ...r, json, byKey: new Map(json.shots.map((s) => [s.key, s])) };
}

const SETTINGS = `providers:
  gemini: { concurrency: 2 }
budget:
  maxImages: 100
  maxUsd: 50
`;
const PLACEMENTS = `placements:
  pdp:
    aspect: '1:1'
    size: 1024
    format: webp
    quality: 90
    background: '#FFFFFF'
    models: [nano-banana-2, studio]
    qa: { background: white }
  banner:
    aspect: '16:9'
    size: 1280
    format: jpeg
    quality: 85
    background: '#FFFFFF'
    models: [nano-banana-2]
    qa: { background: any }
variants:
  pdp-main: { placement: pdp, prompt: studio@1 }
  banner: { placement: banner, prompt: lifestyle@1 }
  cutout: { placement: pdp, prompt: studio@1, model: studio }
`;
const STUDIO_PROMPT = `id: studio
versions:
  1:
    text: 'studio photo of {{name}} in {{attributes.color}}'
`;
const LIFESTYLE_PROMPT = `id: lifestyle
versions:
  1:
    text: '{{name}} on a table, morning light'
`;
const CATALOG = `defaults:
  variants: [pdp-main, banner]
products:
  - sku: shoe-1
    name: running shoe
    attributes: { color: black }
    source: sources/shoe.jpg
  - sku: mouse-1
    name: wireless mouse
    attributes: { color: white }
    source: sources/mouse.jpg
    variants: [pdp-main, cutout]
  - sku: cam-1
    name: instant camera
    attributes: { color: mint }
`;

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'shotlist-plan-git-'));
  git('init', '-q', '-b', 'main');
  await put('shotlist.yaml', SETTINGS);
  await put('placements/main.yaml', PLACEMENTS);
  await put('prompts/studio.yaml', STUDIO_PROMPT);
  await put('prompts/lifestyle.yaml', LIFESTYLE_PROMPT);
  await put('catalog/products.yaml', CATALOG);
  await mkdir(path.join(repo, 'catalog/sources'), { recursive: true });
  await copyFile(path.join(PHOTOS, 'shoe-near-white.jpg'), path.join(repo, 'catalog/sources/shoe.jpg'));
  await copyFile(path.join(PHOTOS, 'mouse-light-grey.jpg'), path.join(repo, 'catalog/sources/mouse.jpg'));
  // The manifest of a completed run of this config.
  const { config, findings } = await loadConfig(repo);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  const specs = await resolveSpecs(config!);
  await mkdir(path.join(repo, 'generated'), { recursive: true });
  await writeManifest(
    path.join(repo, 'generated/manifest.jsonl'),
    specs.map((s) => recordFor(s)),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'catalog and its generated manifest');
  git('checkout', '-q', '-b', 'change');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('shotlist plan on a git repository', () => {
  it('plans zero work for an unchanged configuration', async () => {
    const { code, json } = await planJson('--base', 'main');
    expect(code).toBe(0);
    expect(json.planned).toBe(0);
    expect(json.counts.unchanged).toBe(6);
    expect(json.shots).toEqual([]);
    const text = await plan();
    expect(text.out).toMatch(/^plan: 6 unchanged$/m);
  });

  it('counts shots that a killed run left only in its journal as done', async () => {
    const manifestPath = path.join(repo, 'generated/manifest.jsonl');
    const full = await readFile(manifestPath, 'utf8');
    const lines = full.trimEnd().split('\n');
    // As after kill -9 before the journal was folded: two finished shots are only in the journal.
    await writeFile(manifestPath, lines.slice(0, -2).join('\n') + '\n');
    await writeFile(`${manifestPath}.journal`, lines.slice(-2).join('\n') + '\n');
    try {
      const { code, json } = await planJson();
      expect(code).toBe(0);
      expect(json.planned).toBe(0);
      expect(json.counts.unchanged).toBe(6);
    } finally {
      await writeFile(manifestPath, full);
      await rm(`${manifestPath}.journal`, { force: true });
    }
  });

  it('names the YAML change behind every planned shot against the base', async () => {
    // A prompt version bump, a renamed product, a replaced photo, a format change, an added variant
    // and an added product, all in one branch.
    await put(
      'prompts/lifestyle.yaml',
      LIFESTYLE_PROMPT + `  2:\n    text: '{{name}} on a marble table, evening light'\n`,
    );
    await put(
      'placements/main.yaml',
      PLACEMENTS.replace(
        'banner: { placement: banner, prompt: lifestyle@1 }',
        'banner: { placement: banner, prompt: lifestyle@2 }',
      ).replace('format: webp', 'format: png'),
    );
    await put(
      'catalog/products.yaml',
      CATALOG.replace('name: instant camera', 'name: instant film camera').replace(
        'variants: [pdp-main, cutout]',
        'variants: [pdp-main, cutout, banner]',
      ) + `  - sku: mug-1\n    name: mug set\n    attributes: { color: white }\n    variants: [pdp-main]\n`,
    );
    await copyFile(path.join(PHOTOS, 'camera-off-white.jpg'), path.join(repo, 'catalog/sources/shoe.jpg'));
    git('commit', '-q', '-am', 'edit the catalog');

    const { code, json, byKey } = await planJson('--base', 'main');
    expect(code).toBe(0);
    const summary = Object.fromEntries(json.shots.map((s) => [s.key, [s.status, ...(s.reasonCodes ?? [])]]));
    expect(summary).toEqual({
      // camera renamed: its prompt text changes; banner also moved to lifestyle@2; pdp is webp -> png.
      'cam-1/banner': ['regenerate', 'prompt-version-bumped', 'product-renamed'],
      'cam-1/pdp-main': ['regenerate', 'product-renamed', 'placement-output-changed'],
      'mouse-1/banner': ['new', 'variant-added'],
      // The studio ignores the prompt but composes the final canvas: a format change is re-derived.
      'mouse-1/cutout': ['re-derive', 'placement-output-changed'],
      'mouse-1/pdp-main': ['re-derive', 'placement-output-changed'],
      'mug-1/pdp-main': ['new', 'product-added'],
      'shoe-1/banner': ['regenerate', 'prompt-version-bumped', 'source-replaced'],
      'shoe-1/pdp-main': ['regenerate', 'source-replaced', 'placement-output-changed'],
    });
    expect(byKey.get('shoe-1/banner')!.reason).toBe(
      'prompt lifestyle version 1 → 2; supplier photo replaced (catalog/sources/shoe.jpg)',
    );
    expect(byKey.get('mouse-1/pdp-main')!.reason).toBe('placement pdp format webp → png');
    // 6 provider calls on nano-banana-2 at $0.067; re-derives are free.
    expect(json.cost.images).toBe(6);
    expect(json.cost.usd).toBeCloseTo(0.4, 2);

    const md = await plan('--markdown', '--base', 'main');
    expect(md.out).toContain('<!-- shotlist:plan -->');
    expect(md.out).toMatch(/\*\*6 images to generate\*\*, 2 to re-derive/);
    expect(md.out).toContain(
      '| `shoe-1/banner` | regenerate | nano-banana-2 | lifestyle@2 | prompt lifestyle version 1 → 2;',
    );
  });

  it('prints a stable CI matrix with --shards and puts every planned shot in one shard', async () => {
    const r = await plan('--shards', '3');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ include: [{ shard: '1/3' }, { shard: '2/3' }, { shard: '3/3' }] });
    const { json } = await planJson('--shards', '3');
    const planned = json.shots.filter((s) => s.status !== 'orphaned');
    expect(planned).toHaveLength(8);
    expect(planned.every((s) => s.shard !== undefined && s.shard >= 1 && s.shard <= 3)).toBe(true);
    expect((await plan('--shards', 'x')).code).toBe(2);
  });

  it('fails over budget, saying by how much and where to raise it', async () => {
    await put('shotlist.yaml', SETTINGS.replace('maxImages: 100', 'maxImages: 4'));
    try {
      const r = await plan();
      expect(r.code).toBe(1);
      expect(r.err).toContain(
        'shotlist.yaml:4:14 error plan needs 6 images but budget.maxImages is 4 (over by 2); raise budget.maxImages in shotlist.yaml line 4 to at least 6',
      );
    } finally {
      await put('shotlist.yaml', SETTINGS);
    }
  });

  it('refuses an in-place edit of a prompt version that made shots', async () => {
    const before = await readFile(path.join(repo, 'prompts/studio.yaml'), 'utf8');
    await put('prompts/studio.yaml', before.replace('studio photo of', 'clean studio photo of'));
    try {
      const { code, json } = await planJson();
      expect(code).toBe(1);
      const f = json.findings.find((x) => x.rule === 'prompt-immutable');
      expect(f).toMatchObject({ file: 'prompts/studio.yaml', line: 3 });
      expect(f!.message).toMatch(
        /^prompt studio@1 changed since it was used for 4 shots; add version 2 instead/,
      );
    } finally {
      await put('prompts/studio.yaml', before);
    }
  });

  it('exits 1 with file:line:col on an invalid configuration', async () => {
    const before = await readFile(path.join(repo, 'placements/main.yaml'), 'utf8');
    await put('placements/main.yaml', before.replace("aspect: '16:9'", "aspect: 'wide'"));
    try {
      const r = await plan();
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^placements\/main\.yaml:\d+:\d+ error /m);
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      await put('placements/main.yaml', before);
    }
  });

  it('exits 2 on a base ref that does not exist', async () => {
    const r = await plan('--base', 'no-such-branch');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--base no-such-branch: no such commit, branch or tag/);
  });

  it('reports a corrupt manifest line with its number instead of paying for the shot again', async () => {
    const file = path.join(repo, 'generated/manifest.jsonl');
    const before = await readFile(file, 'utf8');
    const lines = before.split('\n');
    lines[1] = '<<<<<<< HEAD';
    await writeFile(file, lines.join('\n'));
    try {
      const r = await plan();
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^generated\/manifest\.jsonl:2:1 error manifest line is not valid JSON/m);
    } finally {
      await writeFile(file, before);
    }
  });
});
