// Issue 18: an image checked inside `generate` and the same file checked by `shotlist qa` (a
// separate process, one image after another) get the same report, value for value. Eight shots
// run through generate at once, half of them with a small printed "v1.0.0" the text check must
// find, so OCR reads of different images interleave in the run.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { readManifest } from '../src/store/manifest.js';
import { captureIO } from './helpers/capture-io.js';
import { ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { GIT_ENV, makeRepo } from './fakes/repo.js';
import { compose } from './qa-corpus/compose.js';
import { loadCutouts } from './qa-corpus/cutouts.js';

let fake: FakeServer;
let dir: string;

/** A product shot; odd products carry a version number printed under the product. */
async function providerImage(key: string): Promise<Buffer> {
  const cuts = await loadCutouts();
  const index = Number(/sku-(\d+)/.exec(key)![1]);
  const variant = key.endsWith('/v2') ? 1 : 0;
  const shot = await compose(cuts[(2 * index + variant) % cuts.length]!, {
    width: 1600,
    height: 1600,
    fill: 0.82,
    encoding: 'png',
  });
  if (index % 2 === 0) return shot;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600"><text x="800" y="1560" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#333333" text-anchor="middle">v1.0.0</text></svg>`;
  return sharp(shot)
    .composite([{ input: Buffer.from(svg) }])
    .png()
    .toBuffer();
}

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeServer({ script: () => ({ type: 'ok' }), image: (ctx) => providerImage(ctx.key) });
  dir = await makeRepo({
    skus: 4,
    variants: 2,
    size: 1600,
    format: 'jpeg',
    settings: 'run: { rerolls: 0 }\nproviders:\n  fal: { concurrency: 8, timeoutSeconds: 30 }\n',
    qa: '{ profile: marketplace-main, noText: true, fill: [0.7, 0.95], severity: { duplicate: "off" } }',
  });
}, 120_000);

afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the same image checked by generate and by `shotlist qa`', () => {
  it('gets the same verdict and the same values', async () => {
    const io = captureIO(dir, { ...process.env, ...GIT_ENV, SHOTLIST_FAKE_PROVIDER_URL: fake.url });
    await main(['generate', '--json'], io);
    const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
    const shots = [...records.values()].filter((r) => r.output?.path);
    expect(shots).toHaveLength(8);
    // The text check is exercised both ways: clean products pass, printed version numbers fail.
    const textOf = (r: (typeof shots)[number]) => r.qa?.checks.find((c) => c.check === 'text');
    expect(shots.filter((r) => textOf(r)?.status === 'pass').length).toBeGreaterThanOrEqual(3);
    expect(shots.filter((r) => textOf(r)?.status === 'fail').length).toBeGreaterThanOrEqual(3);

    // In another process, in another order (the reverse), one image at a time.
    const files = shots.map((r) => r.output!.path!).reverse();
    const cli = await spawnCli(['qa', '--placement', 'grid', '--json', ...files], dir, {
      ...process.env,
      ...GIT_ENV,
    }).done;
    expect(cli.stderr).toBe('');
    const reports = JSON.parse(cli.stdout) as {
      path: string;
      status: string;
      checks: unknown[];
      phash: string;
    }[];
    expect(reports.map((r) => r.path)).toEqual(files);
    for (const r of shots) {
      const fromCli = reports.find((x) => x.path === r.output!.path)!;
      expect(r.status, r.key).toBe(fromCli.status === 'fail' ? 'qa-failed' : 'ok');
      expect({ status: fromCli.status, checks: fromCli.checks, phash: fromCli.phash }, r.key).toEqual({
        status: r.qa!.status,
        checks: r.qa!.checks,
        phash: r.qa!.phash,
      });
      // The file is the one the record describes.
      expect((await readFile(path.join(dir, r.output!.path!))).length).toBe(r.output!.bytes);
    }
    expect(cli.code).toBe(1);
  }, 300_000);
});
