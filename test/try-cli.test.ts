// `shotlist try` on a copy of the example: the studio (framings), a hosted model through the
// loopback fake (seeds, spend shown and capped, --against), and --pick freezing a candidate.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { GIT_ENV } from './fakes/repo.js';
import { makeTestImage, startFakeServer, type FakeContext, type FakeServer } from './fakes/fake-server.mjs';
import { captureIO } from './helpers/capture-io.js';
import { findModel } from '../src/domain/models.js';

const PRICE = findModel('nano-banana-2')!.priceUsd;
const usd = (n: number) => `$${(Math.round(n * PRICE * 10000) / 10000).toFixed(2)}`;

let repo: string;
let fake: FakeServer;
const seen: FakeContext[] = [];

beforeAll(async () => {
  fake = await startFakeServer({
    script: (ctx) => {
      seen.push(ctx);
      return { type: 'ok' };
    },
    image: () => makeTestImage(1920, 1080, { background: '#D8C7A8' }),
  });
  repo = await mkdtemp(path.join(os.tmpdir(), 'shotlist-try-'));
  for (const p of ['shotlist.yaml', 'catalog', 'placements', 'prompts', 'schemas'])
    await cp(path.resolve(p), path.join(repo, p), { recursive: true });
  const lifestyle = path.join(repo, 'prompts/lifestyle.yaml');
  await writeFile(
    lifestyle,
    (await readFile(lifestyle, 'utf8')) +
      "  2:\n    text: 'lifestyle photo of {{name}} on {{attributes.surface}}, evening light'\n",
  );
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
});
afterAll(async () => {
  await fake.close();
});

async function cli(args: string[]) {
  const io = captureIO(repo, {
    ...process.env,
    ...GIT_ENV,
    SHOTLIST_FAKE_PROVIDER_URL: fake.url,
    SHOTLIST_BACKOFF_MS: '5,50',
  });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe('shotlist try', () => {
  it('studio: candidates differ in framing, spread over the placement fill range, on a contact sheet', async () => {
    const r = await cli([
      'try',
      'studio-white@2',
      '--sku',
      'shoe-4812',
      '--variant',
      'grid',
      '--count',
      '3',
      '--json',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('try: 3 candidates of shoe-4812 / grid with the offline studio: no spend');
    const result = JSON.parse(r.out);
    expect(result.kind).toBe('ran');
    // grid's QA fill range is [0.60, 0.90]: three framings inside it, evenly spread.
    expect(result.candidates.map((c: { fill: number }) => c.fill)).toEqual([0.675, 0.75, 0.825]);
    expect(result.candidates.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
    const html = await readFile(result.indexFile, 'utf8');
    expect(html).toContain('shotlist try: studio-white@2 for shoe-4812 (grid, studio)');
    expect(html).toContain('#2 fill 0.75');
    for (const c of result.candidates) expect(existsSync(path.join(repo, c.output))).toBe(true);
    // The scratch render touches neither the store nor its manifest.
    expect(existsSync(path.join(repo, 'generated/manifest.jsonl'))).toBe(false);
  });

  it('hosted: shows the spend first, renders consecutive seeds, and the same seeds --against another version', async () => {
    seen.length = 0;
    const r = await cli([
      'try',
      'lifestyle@1',
      '--sku',
      'espresso-cup-01',
      '--count',
      '2',
      '--against',
      'lifestyle@2',
    ]);
    expect(r.code, r.err + r.out).toBe(0);
    expect(r.err).toContain(
      `try: 2 candidates x 2 versions of espresso-cup-01 / hero-lifestyle with nano-banana-2: 4 images, estimated ${usd(4)} (cap $5.00)`,
    );
    const seeds = seen.map((c) => c.seed);
    expect(seeds).toHaveLength(4);
    expect(new Set(seeds).size).toBe(2);
    expect(Math.abs(Math.min(...seeds) - Math.max(...seeds))).toBe(1);
    expect(r.out).toMatch(/lifestyle@1 #1 +seed \d+/);
    expect(r.out).toMatch(/lifestyle@2 #2 +seed \d+/);
    expect(r.out).toContain(
      'contact sheet: shotlist-try/espresso-cup-01-hero-lifestyle-lifestyle@1/index.html',
    );
  });

  it('over the cap: says so and calls nothing', async () => {
    seen.length = 0;
    const r = await cli([
      'try',
      'lifestyle@1',
      '--sku',
      'espresso-cup-01',
      '--count',
      '8',
      '--max-usd',
      '0.10',
    ]);
    expect(r.code).toBe(1);
    expect(PRICE * 8).toBeGreaterThan(0.1);
    expect(r.err).toContain(`estimated ${usd(8)} is over the cap of $0.10; nothing was called`);
    expect(seen).toHaveLength(0);
  });

  it('--pick writes the seed and version into the variant, keeps comments, and the config still validates', async () => {
    const render = await cli(['try', 'lifestyle@2', '--sku', 'espresso-cup-01', '--count', '3', '--json']);
    const picked = JSON.parse(render.out).candidates[2].seed as number;
    const before = await readFile(path.join(repo, 'placements/channels.yaml'), 'utf8');
    const r = await cli(['try', 'lifestyle@2', '--sku', 'espresso-cup-01', '--count', '3', '--pick', '3']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`variant hero-lifestyle: prompt: lifestyle@2, seed: ${picked}`);
    const after = await readFile(path.join(repo, 'placements/channels.yaml'), 'utf8');
    expect(after).toMatch(
      new RegExp(`hero-lifestyle: \\{ placement: hero-lifestyle, prompt: lifestyle@2, seed: ${picked} \\}`),
    );
    expect(after).toContain('# Bottom-aligned on purpose'); // comments survive
    expect(after.split('\n').length).toBe(before.split('\n').length);
    expect((await cli(['validate'])).code).toBe(0);
  });

  it('refuses an --out folder holding other files, and leaves it as it was', async () => {
    const r = await cli(['try', 'studio-white@2', '--sku', 'shoe-4812', '--count', '1', '--out', '.']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the folder has other files; give a new or empty folder');
    expect(existsSync(path.join(repo, 'shotlist.yaml'))).toBe(true);
  });

  it('wrong usage: unknown version, unknown SKU, candidate out of range (exit 2)', async () => {
    expect((await cli(['try', 'lifestyle@9', '--sku', 'espresso-cup-01'])).err).toContain(
      'lifestyle has no version 9',
    );
    expect((await cli(['try', 'lifestyle@1', '--sku', 'nope'])).code).toBe(2);
    const r = await cli(['try', 'lifestyle@1', '--sku', 'espresso-cup-01', '--count', '3', '--pick', '4']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--pick 4: expected a candidate number from 1 to 3');
  });
});
