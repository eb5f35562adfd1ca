// bench/delivery/clone-growth: how much a fresh clone of the branch grows per 100 shots, with raw
// provider outputs committed in the tree (before: git.raw: tree) and kept on refs/shotlist/raw
// (after: git.raw: ref, the default). Each shot: a 1024 px PNG raw output made from a product photo
// of test/fixtures/photos (a different crop and grain per shot, so git cannot share them) and the
// published 1024 px WebP (quality 90) derived from it, as a run with keepRaw writes them.
import console from 'node:console';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { deliverRun } from '../../dist/store/deliver.js';
import { readManifest, writeManifest } from '../../dist/store/manifest.js';

const SHOTS = Number(process.env.BENCH_SHOTS ?? 100);
const PHOTOS = ['camera-off-white.jpg', 'coffee-on-wood.png', 'mouse-light-grey.jpg', 'shoe-near-white.jpg'];
const env = {
  PATH: process.env.PATH,
  HOME: os.tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
};
const git = (cwd, args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
const sha = (b) => createHash('sha256').update(b).digest('hex');

function dirBytes(dir) {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

async function shot(i) {
  const photo = path.resolve('test/fixtures/photos', PHOTOS[i % PHOTOS.length]);
  const meta = await sharp(photo).metadata();
  const side = Math.min(meta.width, meta.height) - 40;
  const frame = sharp(photo)
    .extract({ left: i % 37, top: (i * 7) % 37, width: side, height: side })
    .resize(1024, 1024);
  const { data, info } = await frame.raw().toBuffer({ resolveWithObject: true });
  // Faint grain (+-1 level), different per shot: a model never returns the same pixels twice.
  let seed = i + 1;
  for (let p = 0; p < data.length; p++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    data[p] = Math.max(0, Math.min(255, data[p] + ((seed >> 16) % 3) - 1));
  }
  const raw = await sharp(data, { raw: info }).png().toBuffer();
  const published = await sharp(raw).webp({ quality: 90 }).toBuffer();
  return { raw, published };
}

async function measure(mode) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), `shotlist-growth-${mode}-`));
  const remote = path.join(tmp, 'remote.git');
  const work = path.join(tmp, 'work');
  await mkdir(work);
  git(work, ['init', '-q', '-b', 'main']);
  await writeFile(path.join(work, 'shotlist.yaml'), 'run: { keepRaw: true }\n');
  git(work, ['add', '-A']);
  git(work, ['-c', 'user.name=b', '-c', 'user.email=b@x', 'commit', '-qm', 'catalog']);
  git(tmp, ['init', '-q', '--bare', '-b', 'main', remote]);
  git(work, ['remote', 'add', 'origin', remote]);
  git(work, ['push', '-q', 'origin', 'main']);
  const cloneSize = (name) => {
    const dir = path.join(tmp, name);
    git(tmp, ['clone', '-q', '--no-local', remote, dir]);
    return dirBytes(path.join(dir, '.git'));
  };
  const before = cloneSize('clone-before');
  const manifestPath = path.join(work, 'generated/manifest.jsonl');
  const records = (await readManifest(manifestPath)).records;
  const rawFiles = [];
  let rawBytes = 0;
  let publishedBytes = 0;
  for (let i = 0; i < SHOTS; i++) {
    const { raw, published } = await shot(i);
    rawBytes += raw.length;
    publishedBytes += published.length;
    const key = `sku-${String(i).padStart(4, '0')}/main`;
    const rawRel = `generated/.raw/${sha(raw).slice(0, 40)}.png`;
    const outRel = `generated/${key}.webp`;
    await mkdir(path.dirname(path.join(work, outRel)), { recursive: true });
    await mkdir(path.dirname(path.join(work, rawRel)), { recursive: true });
    await writeFile(path.join(work, rawRel), raw);
    await writeFile(path.join(work, outRel), published);
    rawFiles.push(rawRel);
    records.set(key, {
      key,
      sku: key.split('/')[0],
      variant: 'main',
      genHash: sha(`g${i}`),
      specHash: sha(`s${i}`),
      prompt: 'p@1',
      templateHash: 't',
      model: 'flux-schnell',
      provider: 'fal',
      seed: i,
      status: 'ok',
      output: {
        path: outRel,
        sha256: sha(published),
        bytes: published.length,
        width: 1024,
        height: 1024,
        format: 'webp',
      },
      raw: { path: rawRel, sha256: sha(raw) },
      attempts: 1,
      ms: 1,
      costUsd: 0.003,
      createdAt: new Date().toISOString(),
      runId: 'bench',
    });
  }
  await writeManifest(manifestPath, records.values());
  await deliverRun({
    root: work,
    storeRel: 'generated',
    env,
    runId: 'bench',
    message: `generate: ${SHOTS} ok`,
    rawFiles,
    git: { delivery: 'push', remote: 'origin', pullRequestBranch: 'shotlist/{base}', raw: mode },
  });
  const after = cloneSize('clone-after');
  await rm(tmp, { recursive: true, force: true });
  return { growth: after - before, rawBytes, publishedBytes };
}

const tree = await measure('tree');
const ref = await measure('ref');
const mb = (n) => (n / 1e6).toFixed(2);
const per100 = (n) => (n * 100) / SHOTS;
console.log(`clone growth for ${SHOTS} shots (1024 px PNG raw + WebP q90 published):`);
console.log(`  files written: raw ${mb(tree.rawBytes)} MB, published ${mb(tree.publishedBytes)} MB`);
console.log(`  before (git.raw: tree): +${mb(per100(tree.growth))} MB per 100 shots`);
console.log(`  after  (git.raw: ref):  +${mb(per100(ref.growth))} MB per 100 shots`);
console.log(`  ratio after/before: ${(ref.growth / tree.growth).toFixed(3)}`);
