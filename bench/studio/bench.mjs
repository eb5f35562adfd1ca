// Studio compositor speed at 2048 px webp q90, next to two baselines measured in the same run:
//  (a) the floor: sharp decode + resize (contain onto the same 2048x2048 white canvas) + webp q90;
//  (b) ImageMagick: trim + resize + extent onto white, webp q90, same output size.
// Run `npm run build` first (this imports dist/). Usage: node bench/studio/bench.mjs [rounds] [photos|photos-2]
// With photos-2 every photo of test/fixtures/photos-2/ the studio accepts is timed; refusals are
// timed separately.
import console from 'node:console';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import sharp from 'sharp';
import { composeStudioImage, renderStudioCanvas } from '../../dist/providers/studio/index.js';

const SIZE = 2048;
const QUALITY = 90;
const ROUNDS = Number(process.argv[2] ?? 9);
const SET = process.argv[3] ?? 'photos-2';
const photos = fileURLToPath(new URL(`../../test/fixtures/${SET}/`, import.meta.url));
const options = { aspect: '1:1', size: SIZE, background: '#FFFFFF' };
const FIXTURES = [];
const REFUSED = [];
for (const name of readdirSync(photos)
  .filter((f) => /\.(jpe?g|png)$/i.test(f))
  .sort()) {
  const accepted = await composeStudioImage(readFileSync(join(photos, name)), options).then(
    () => true,
    (e) => (e.kind === 'refused' ? false : Promise.reject(e)),
  );
  (accepted ? FIXTURES : REFUSED).push(name);
}

/** The real ImageMagick, not a stand-in: the one whose -version says so. */
function findImageMagick() {
  for (const cmd of ['magick', '/usr/bin/convert', 'convert']) {
    const r = spawnSync(cmd, ['-version'], { encoding: 'utf8' });
    if (r.status === 0 && /Version: ImageMagick/.test(r.stdout))
      return { cmd, version: r.stdout.split('\n')[0] };
  }
  return undefined;
}

async function studioWebp(bytes) {
  const r = await renderStudioCanvas(bytes, options);
  return sharp(r.raw, { raw: { width: r.width, height: r.height, channels: 3 } })
    .webp({ quality: QUALITY })
    .toBuffer();
}

async function studioViaPng(bytes) {
  const r = await composeStudioImage(bytes, options);
  return sharp(r.png).webp({ quality: QUALITY }).toBuffer();
}

function floor(bytes) {
  return sharp(bytes)
    .resize(SIZE, SIZE, { fit: 'contain', background: '#FFFFFF' })
    .flatten({ background: '#FFFFFF' })
    .webp({ quality: QUALITY })
    .toBuffer();
}

/** Runs ImageMagick under bash's `time`, so its CPU time (user + system) is measured too. */
function imageMagick(im, file, out) {
  const args = [
    file,
    '-trim',
    '+repage',
    '-resize',
    `${SIZE}x${SIZE}`,
    '-background',
    'white',
    '-alpha',
    'remove',
    '-gravity',
    'center',
    '-extent',
    `${SIZE}x${SIZE}`,
    '-quality',
    String(QUALITY),
    out,
  ];
  const quoted = [im.cmd, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%3U %3S'; time ${quoted}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ImageMagick failed: ${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return (user + sys) * 1000;
}

/** Wall-clock and CPU time (user + system, all of this process's threads) of one call, ms. */
async function time(fn) {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const childCpu = await fn();
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: typeof childCpu === 'number' ? childCpu : (used.user + used.system) / 1000 };
}

// Best of N: on a shared machine the fastest round is the one least disturbed by other work.
const best = (xs) => Math.min(...xs);

const im = findImageMagick();
const dir = mkdtempSync(join(tmpdir(), 'bench-studio-'));
const rows = [];
try {
  for (const name of FIXTURES) {
    const file = join(photos, name);
    const bytes = readFileSync(file);
    const t = { studio: [], viaPng: [], floor: [], im: [] };
    await studioWebp(bytes); // warm-up
    await floor(bytes);
    // Interleaved rounds so a busy machine slows every contender alike.
    for (let i = 0; i < ROUNDS; i++) {
      t.studio.push(await time(() => studioWebp(bytes)));
      t.floor.push(await time(() => floor(bytes)));
      t.viaPng.push(await time(() => studioViaPng(bytes)));
      if (im) t.im.push(await time(() => imageMagick(im, file, join(dir, 'out.webp'))));
    }
    const pick = (xs, k) => (xs.length ? best(xs.map((x) => x[k])) : NaN);
    for (const k of ['wall', 'cpu']) {
      rows.push({
        name,
        k,
        studio: pick(t.studio, k),
        viaPng: pick(t.viaPng, k),
        floor: pick(t.floor, k),
        im: pick(t.im, k),
      });
    }
  }
  const refusals = [];
  for (const name of REFUSED) {
    const bytes = readFileSync(join(photos, name));
    refusals.push(await time(() => composeStudioImage(bytes, options).catch((e) => e)));
  }

  const f = (ms) => (Number.isNaN(ms) ? '   n/a' : ms.toFixed(0).padStart(6));
  const r = (x) => (Number.isNaN(x) ? ' n/a' : x.toFixed(2));
  console.log(
    `studio bench: ${SIZE}x${SIZE} webp q${QUALITY}, best of ${ROUNDS} interleaved rounds, ms per image`,
  );
  console.log(
    im
      ? `ImageMagick: ${im.version} (${im.cmd})`
      : 'ImageMagick: NOT INSTALLED (apt-get install -y imagemagick); its column is n/a',
  );
  const ratios = {};
  for (const [k, title] of [
    ['wall', 'wall-clock'],
    ['cpu', 'CPU time (user+system, all threads; steadier on a busy machine)'],
  ]) {
    console.log(`\n${title}`);
    console.log(
      'photo                              studio  floor  magick  studio/floor  studio/magick  via-PNG  via-PNG/floor',
    );
    const mine = rows.filter((x) => x.k === k);
    for (const x of mine) {
      console.log(
        `${x.name.padEnd(34)}${f(x.studio)} ${f(x.floor)} ${f(x.im)}  ${r(x.studio / x.floor).padStart(12)}  ${r(x.studio / x.im).padStart(13)}  ${f(x.viaPng)}  ${r(x.viaPng / x.floor).padStart(13)}`,
      );
    }
    const sum = (key) => mine.reduce((acc, x) => acc + x[key], 0);
    console.log(
      `${'all (sum)'.padEnd(34)}${f(sum('studio'))} ${f(sum('floor'))} ${f(sum('im'))}  ${r(sum('studio') / sum('floor')).padStart(12)}  ${r(sum('studio') / sum('im')).padStart(13)}  ${f(sum('viaPng'))}  ${r(sum('viaPng') / sum('floor')).padStart(13)}`,
    );
    ratios[k] = { floor: sum('studio') / sum('floor'), im: sum('studio') / sum('im') };
    console.log(
      `per image (mean of ${mine.length}): studio ${f(sum('studio') / mine.length)} ms (target < 1500), floor ${f(sum('floor') / mine.length)} ms, ImageMagick ${f(sum('im') / mine.length)} ms`,
    );
  }
  for (const [i, name] of REFUSED.entries())
    console.log(
      `${name} refused in ${refusals[i].wall.toFixed(0)} ms (wall), ${refusals[i].cpu.toFixed(0)} ms CPU`,
    );
  for (const k of ['wall', 'cpu']) {
    console.log(
      `${k}: ratio studio/floor = ${r(ratios[k].floor)} (target <= 1.5); studio/ImageMagick = ${r(ratios[k].im)} (target < 1)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
