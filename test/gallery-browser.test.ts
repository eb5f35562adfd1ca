// The review page in a real headless chromium: built from two real offline runs of the example.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { ManifestRecord } from '../src/domain/manifest-record.js';
import { buildGallery } from '../src/report/gallery.js';
import { buildPlan } from '../src/core/plan.js';
import { readManifest, writeManifest } from '../src/store/manifest.js';
import { GIT_ENV } from './fakes/repo.js';
import { launchChromium, type Browser } from './helpers/browser.js';
import { captureIO } from './helpers/capture-io.js';

const ARTIFACTS = path.resolve('test-artifacts');
const EXAMPLE = ['shotlist.yaml', 'catalog', 'placements', 'prompts', 'schemas'];

let repo: string;
let indexUrl: string;
let browser: Browser;

function git(...args: string[]): void {
  execFileSync('git', args, { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' });
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(repo, { ...process.env, ...GIT_ENV, CI: '1' });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

/** A shot that failed QA and one the studio refused: the example's offline runs make neither. */
async function addFailures(): Promise<void> {
  const file = path.join(repo, 'generated/manifest.jsonl');
  const records = (await readManifest(file)).records;
  const social = records.get('mouse-2210/social')!;
  records.set(social.key, {
    ...social,
    status: 'qa-failed',
    qa: {
      status: 'fail',
      checks: [
        ...social.qa!.checks,
        { check: 'fill', status: 'fail', value: 0.41, threshold: [0.6, 0.9], message: 'product spans 41%' },
      ],
    },
  });
  // The refused shot carries its spec's hashes, so the plan calls it blocked (not regenerate).
  const plan = await buildPlan({ dir: repo });
  const spec = plan.plan.find((p) => p.key === 'espresso-cup-01/hero-lifestyle')!.spec!;
  const refused: ManifestRecord = {
    ...social,
    genHash: spec.genHash,
    specHash: spec.specHash,
    qaHash: spec.qaHash,
    key: 'espresso-cup-01/hero-lifestyle',
    sku: 'espresso-cup-01',
    variant: 'hero-lifestyle',
    status: 'failed',
    error: { kind: 'refused', message: 'cluttered scene: the product cannot be separated' },
  };
  delete refused.output;
  delete refused.qa;
  records.set(refused.key, refused);
  await writeManifest(file, records.values());
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'shotlist-gallery-'));
  for (const p of EXAMPLE) await cp(path.resolve(p), path.join(repo, p), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'example');
  const first = await cli(['generate', '--offline', '--no-commit']);
  expect(first.err).not.toMatch(/error/i);
  git('add', '-A');
  git('commit', '-qm', 'run 1');
  // A designer tightens the grid framing: four grid shots change.
  const placements = path.join(repo, 'placements/channels.yaml');
  const yaml = await readFile(placements, 'utf8');
  expect(yaml).toContain('studio: { fill: 0.78, shadow: true }');
  await writeFile(
    placements,
    yaml.replace('studio: { fill: 0.78, shadow: true }', 'studio: { fill: 0.7, shadow: true }'),
  );
  await cli(['generate', '--offline', '--no-commit']);
  await addFailures();
  const built = await cli(['gallery', '--json']);
  expect(built.code, built.err).toBe(0);
  const result = JSON.parse(built.out) as { indexFile: string; counts: Record<string, number> };
  indexUrl = pathToFileURL(result.indexFile).href;
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

async function open(url = indexUrl): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

/** Lazy images load when scrolled to: scroll each into view and wait until it decodes. */
function loadAllImages(page: Page): Promise<{ alt: string; width: number; src: string }[]> {
  return page.evaluate(async () => {
    const out: { alt: string; width: number; src: string }[] = [];
    for (const img of Array.from(document.images)) {
      img.scrollIntoView();
      await img.decode().catch(() => undefined);
      out.push({ alt: img.alt, width: img.naturalWidth, src: img.getAttribute('src') ?? '' });
    }
    window.scrollTo(0, 0);
    return out;
  });
}

/** Keys of the cells the current filter shows (not dimmed, not empty). */
function shownKeys(page: Page): Promise<string[]> {
  return page.$$eval('.cell[data-key]:not(.dim)', (cells) =>
    cells.map((c) => (c as HTMLElement).dataset.key!).sort(),
  );
}

const GRID_KEYS = ['camera-0707/grid', 'mouse-2210/grid', 'mug-set-2/grid', 'shoe-4812/grid'];

describe('gallery in headless chromium', () => {
  it('loads without console errors or failed requests and every image renders', async () => {
    const { page, errors } = await open();
    const images = await loadAllImages(page);
    // 13 current images + 4 grid "before" images from git history (the refused shot has none).
    expect(images).toHaveLength(17);
    for (const img of images) expect(img.width, `${img.alt} (${img.src})`).toBeGreaterThan(0);
    expect(await page.locator('.product').count()).toBe(5);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'gallery-desktop.png'), fullPage: true });
    await page.close();
  });

  it('filters by status: changed, QA failed, blocked, new', async () => {
    const { page, errors } = await open();
    const chip = (id: string) => page.locator(`.chip[data-filter="${id}"]`);
    await chip('changed').click();
    expect(await shownKeys(page)).toEqual([...GRID_KEYS, 'mouse-2210/social'].sort());
    expect(await chip('changed').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.product').count()).toBe(4); // espresso has no changed shot
    await chip('qa-failed').click();
    expect(await shownKeys(page)).toEqual(['mouse-2210/social']);
    await expect
      .poll(() => page.locator('.cell[data-key="mouse-2210/social"] .badge').textContent())
      .toBe('QA failed');
    expect(await page.locator('.cell[data-key="mouse-2210/social"] .check.fail').textContent()).toContain(
      'fill 0.41',
    );
    // Blocked as the plan says: the refusal, and the QA failure on the same inputs (it would repeat).
    await chip('blocked').click();
    expect(await shownKeys(page)).toEqual(['espresso-cup-01/hero-lifestyle', 'mouse-2210/social']);
    expect(await page.locator('.cell[data-key="mouse-2210/social"] .tag.blocked').count()).toBe(1);
    expect(
      await page.locator('.cell[data-key="espresso-cup-01/hero-lifestyle"] .error').textContent(),
    ).toContain('refused: cluttered scene');
    await chip('new').click();
    expect(await shownKeys(page)).toEqual(['espresso-cup-01/hero-lifestyle']);
    await chip('all').click();
    expect(await shownKeys(page)).toHaveLength(14); // 13 images + the refused shot
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches by SKU and keeps the search in the address for sharing', async () => {
    const { page } = await open();
    await page.fill('#search', 'shoe');
    await page.waitForFunction(() => document.querySelectorAll('.product').length === 1);
    expect(await page.locator('.product .sku').textContent()).toBe('shoe-4812');
    expect(new URL(page.url()).hash).toContain('q=shoe');
    await page.fill('#search', 'no-such-sku');
    await page.waitForFunction(() => !document.getElementById('empty')!.hidden);
    expect(await page.locator('.product').count()).toBe(0);
    await page.close();
    // Opening the shared address restores the filter and search.
    const { page: again } = await open(`${indexUrl}#f=changed&q=mug`);
    expect(await shownKeys(again)).toEqual(['mug-set-2/grid']);
    await again.close();
  });

  it('shows before and after side by side for a changed shot, both rendered and different', async () => {
    const { page } = await open();
    await loadAllImages(page);
    const pair = page.locator('.cell[data-key="shoe-4812/grid"] .pics.pair figure');
    expect(await pair.count()).toBe(2);
    expect(await pair.locator('figcaption').allTextContents()).toEqual(['before', 'after']);
    const imgs = await pair
      .locator('img')
      .evaluateAll((els) =>
        els.map((e) => ({ w: (e as HTMLImageElement).naturalWidth, src: e.getAttribute('src') })),
      );
    expect(imgs[0]!.w).toBeGreaterThan(0);
    expect(imgs[1]!.w).toBeGreaterThan(0);
    expect(imgs[0]!.src).not.toBe(imgs[1]!.src);
    const boxes = await pair.evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(Math.abs(boxes[0]!.top - boxes[1]!.top)).toBeLessThan(2); // side by side, not stacked
    expect(boxes[1]!.left).toBeGreaterThan(boxes[0]!.right - 1);
    // The unchanged pdp shot has a single image.
    expect(await page.locator('.cell[data-key="shoe-4812/pdp-main"] .pics.pair').count()).toBe(0);
    await page.close();
  });

  it('is usable at phone width: no sideways scrolling, two cells a row, pair still side by side', async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    await loadAllImages(page);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    const pdp = await page.locator('.cell[data-key="shoe-4812/pdp-main"]').boundingBox();
    const social = await page.locator('.cell[data-key="shoe-4812/social"]').boundingBox();
    expect(pdp!.width).toBeLessThan(200);
    expect(Math.abs(pdp!.y - social!.y)).toBeLessThan(2);
    const pair = await page
      .locator('.cell[data-key="shoe-4812/grid"] .pics.pair figure')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(Math.abs(pair[0]! - pair[1]!)).toBeLessThan(2);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'gallery-phone.png'), fullPage: true });
    await page.close();
  });
});

describe('gallery paging', () => {
  it('shows 24 products a page, pages forward, and search narrows across pages', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'shotlist-gallery-pages-'));
    const photo = await readFile(path.resolve('catalog/sources/mugs-cutout.png'));
    const records = new Map<string, ManifestRecord>();
    for (let i = 0; i < 60; i++) {
      const sku = `sku-${String(i).padStart(4, '0')}`;
      records.set(`${sku}/grid`, {
        key: `${sku}/grid`,
        sku,
        variant: 'grid',
        genHash: 'g',
        specHash: 's',
        prompt: 'p@1',
        templateHash: 't',
        model: 'studio',
        provider: 'studio',
        seed: i,
        status: 'ok',
        output: {
          path: 'x.png',
          sha256: 'a'.repeat(64),
          bytes: photo.length,
          width: 600,
          height: 600,
          format: 'png',
        },
        attempts: 1,
        ms: 1,
        costUsd: 0,
        createdAt: '2026-11-29T00:00:00Z',
        runId: 'r',
      });
    }
    const built = await buildGallery({ records, outDir: out, readImage: async () => photo });
    expect(built.thumbs.written).toBe(1);
    const { page, errors } = await open(pathToFileURL(built.indexFile).href);
    expect(await page.locator('.product').count()).toBe(24);
    expect(await page.locator('.page-info').first().textContent()).toBe('page 1 of 3 · 60 products');
    await page.locator('.page-btn', { hasText: 'Next' }).first().click();
    expect(await page.locator('.page-info').first().textContent()).toBe('page 2 of 3 · 60 products');
    expect(await page.locator('.product .sku').first().textContent()).toBe('sku-0024');
    await page.fill('#search', 'sku-005');
    await page.waitForFunction(() => document.querySelectorAll('.product').length === 10);
    expect(await page.locator('.page-info').first().textContent()).toBe('page 1 of 1 · 10 products');
    expect(errors).toEqual([]);
    await page.close();
  });
});
