/* global document */
// bench/gallery: `shotlist gallery` over 5,000 shots (1,250 products x 4 variants, real studio
// outputs recoloured so every image differs) with 500 changed since the last commit (their previous
// images come from git), against the floor: writing the same 5,500 thumbnails alone (floor.mjs).
// Both run as child processes from a fresh out folder; rounds alternate which goes first. Then the
// page's time to first render in headless chromium.
// Run: npm run bench:gallery   (SHOTS=1000 for a quick run; the fixture is kept in bench/out/)
import console from 'node:console';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  readdirSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { readManifest, writeManifest } from '../../dist/store/manifest.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const top = path.resolve(here, '../..');
const SHOTS = Number(process.env.SHOTS ?? 5000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PRODUCTS = Math.ceil(SHOTS / 4);
const VARIANTS = ['pdp-main', 'grid', 'social', 'hero'];
const TARGET = 1.5;
const root = path.join(top, 'bench/out', `gallery-${SHOTS}`);
const repo = path.join(root, 'repo');
const git = (...args) =>
  execFileSync('git', args, {
    cwd: repo,
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.invalid',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.invalid',
    },
  });
const sha = (b) => createHash('sha256').update(b).digest('hex');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The example's studio outputs, by variant: the material every bench image is recoloured from. */
function exampleOutputs() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shotlist-bench-gallery-example-'));
  for (const p of ['shotlist.yaml', 'catalog', 'placements', 'prompts'])
    cpSync(path.join(top, p), path.join(dir, p), { recursive: true });
  execFileSync(
    process.execPath,
    [path.join(top, 'bin/shotlist.js'), 'generate', '--offline', '--no-commit'],
    { cwd: dir, env: { ...process.env, CI: '1' }, stdio: 'ignore' },
  );
  return { dir, manifest: path.join(dir, 'generated/manifest.jsonl') };
}

const HUES = 16;

async function encodeLike(base, hue, format) {
  const img = sharp(base).modulate({ hue });
  if (format === 'webp') return img.webp({ quality: 90 }).toBuffer();
  if (format === 'jpeg') return img.jpeg({ quality: 86 }).toBuffer();
  return img.png().toBuffer();
}

/**
 * Unique bytes, same pixels and the same decoding work: encoding 5,500 images on a busy 2-core
 * machine would take the better part of an hour, so each shot is one of HUES recolourings per base
 * with its number added where decoders skip it (a JPEG comment; a RIFF chunk of an unknown kind).
 */
function tagged(bytes, format, n) {
  const note = Buffer.from(`shot ${n}`);
  if (format === 'jpeg') {
    const com = Buffer.alloc(4);
    com.writeUInt16BE(0xfffe, 0);
    com.writeUInt16BE(note.length + 2, 2);
    return Buffer.concat([bytes.subarray(0, 2), com, note, bytes.subarray(2)]);
  }
  if (format === 'webp') {
    const padded = note.length % 2 ? Buffer.concat([note, Buffer.alloc(1)]) : note;
    const head = Buffer.alloc(8);
    head.write('SHOT', 0, 'ascii');
    head.writeUInt32LE(padded.length, 4);
    const out = Buffer.concat([bytes, head, padded]);
    out.writeUInt32LE(out.length - 8, 4);
    return out;
  }
  throw new Error(`no tagging for ${format}`);
}

async function makeFixture() {
  if (existsSync(path.join(root, '.ready'))) return;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  console.log(`making the fixture in ${root} (once; kept for later runs)`);
  const example = exampleOutputs();
  const records = (await readManifest(example.manifest)).records;
  const bases = Object.fromEntries(
    VARIANTS.map((v) => [v, [...records.values()].filter((r) => r.variant === v && r.output)]),
  );
  for (const p of ['shotlist.yaml', 'placements', 'prompts'])
    cpSync(path.join(top, p), path.join(repo, p), { recursive: true });
  mkdirSync(path.join(repo, 'catalog/sources'), { recursive: true });
  cpSync(path.join(top, 'catalog/sources/shoe-near-white.jpg'), path.join(repo, 'catalog/sources/shoe.jpg'));
  let catalog = `defaults: { variants: [${VARIANTS.join(', ')}] }\nproducts:\n`;
  const shots = [];
  for (let i = 0; i < PRODUCTS; i++) {
    const sku = `p-${String(i).padStart(5, '0')}`;
    catalog += `  - sku: ${sku}\n    name: product number ${i}\n    category: footwear\n    attributes: { color: black }\n    source: sources/shoe.jpg\n`;
    for (const v of VARIANTS)
      if (shots.length < SHOTS) shots.push({ i, sku, v, base: bases[v][i % bases[v].length] });
  }
  writeFileSync(path.join(repo, 'catalog/products.yaml'), catalog);
  const out = new Map();
  const encoded = new Map();
  const recoloured = (base, hue) => {
    const key = `${base.key} ${hue}`;
    if (!encoded.has(key)) {
      const baseBytes = readFileSync(path.join(example.dir, base.output.path));
      encoded.set(key, encodeLike(baseBytes, hue, base.output.format));
    }
    return encoded.get(key);
  };
  let serial = 0;
  const write = async (s, hue) => {
    const bytes = tagged(await recoloured(s.base, hue), s.base.output.format, serial++);
    const rel = `generated/${s.sku}/${s.v}.${path.extname(s.base.output.path).slice(1)}`;
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), bytes);
    const { width, height } = s.base.output;
    out.set(`${s.sku}/${s.v}`, {
      ...s.base,
      key: `${s.sku}/${s.v}`,
      sku: s.sku,
      variant: s.v,
      seed: s.i,
      output: {
        path: rel,
        sha256: sha(bytes),
        bytes: bytes.length,
        width,
        height,
        format: s.base.output.format,
      },
      createdAt: new Date(Date.UTC(2026, 10, 1) + s.i * 1000).toISOString(),
    });
  };
  for (const [n, s] of shots.entries()) {
    await write(s, Math.round(((s.i % HUES) * 360) / HUES));
    if ((n + 1) % 1000 === 0) console.log(`  ${n + 1} of ${shots.length} images`);
  }
  await writeManifest(path.join(repo, 'generated/manifest.jsonl'), out.values());
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'run 1');
  // Every tenth shot is regenerated and not committed yet: 500 before/after pairs.
  const changed = shots.filter((_, n) => n % 10 === 0);
  mkdirSync(path.join(root, 'before'), { recursive: true });
  const floorList = [];
  for (const s of changed) {
    const old = out.get(`${s.sku}/${s.v}`).output;
    const file = path.join(root, 'before', `${old.sha256}.${old.format}`);
    writeFileSync(file, git('show', `HEAD:${old.path}`));
    floorList.push([file, old.sha256]);
  }
  for (const s of changed) await write(s, Math.round(((s.i % HUES) * 360) / HUES + 360 / HUES / 2));
  await writeManifest(path.join(repo, 'generated/manifest.jsonl'), out.values());
  for (const r of out.values()) floorList.push([path.join(repo, r.output.path), r.output.sha256]);
  writeFileSync(path.join(root, 'floor-list.json'), JSON.stringify(floorList));
  rmSync(example.dir, { recursive: true, force: true });
  writeFileSync(path.join(root, '.ready'), '');
}

/** Runs a node child with the CPU hook; returns wall ms and CPU ms (all threads). */
function timed(args) {
  const cpuFile = path.join(root, 'cpu.txt');
  rmSync(cpuFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(path.join(here, 'cpu-hook.mjs')).href, ...args],
    {
      cwd: repo,
      env: { ...process.env, CI: '1', BENCH_CPU_FILE: cpuFile },
      encoding: 'utf8',
    },
  );
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')), out: r.stdout };
}

async function firstRender(indexFile) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'shotlist-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const loads = [];
  try {
    for (let n = 0; n < 3; n++) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(indexFile).href);
      await page.waitForSelector('body[data-ready="true"]');
      await page.waitForFunction(() =>
        performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'),
      );
      loads.push(
        await page.evaluate(() => {
          const fcp = performance
            .getEntriesByType('paint')
            .find((e) => e.name === 'first-contentful-paint').startTime;
          const nav = performance.getEntriesByType('navigation')[0];
          const t = performance.now();
          document.querySelector('.chip[data-filter="changed"]').click();
          const filterMs = performance.now() - t;
          return {
            fcp,
            rendered: Number(document.body.dataset.renderedMs),
            dcl: nav.domContentLoadedEventEnd,
            filterMs,
            rows: document.querySelectorAll('.product').length,
          };
        }),
      );
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return loads;
}

await makeFixture();
const list = path.join(root, 'floor-list.json');
const images = JSON.parse(readFileSync(list, 'utf8')).length;
console.log(
  `bench/gallery: ${SHOTS.toLocaleString()} shots, ${images.toLocaleString()} thumbnails (${(images - SHOTS).toLocaleString()} before images from git), ${ROUNDS} rounds, load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`,
);
const floor = [];
const build = [];
let lastOut;
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? ['floor', 'build'] : ['build', 'floor'];
  for (const which of order) {
    const out = path.join(root, `out-${which}`);
    rmSync(out, { recursive: true, force: true });
    if (which === 'floor') floor.push(timed([path.join(here, 'floor.mjs'), list, out]));
    else {
      const t = timed([path.join(top, 'bin/shotlist.js'), 'gallery', '--out', out, '--json']);
      build.push(t);
      lastOut = JSON.parse(t.out);
    }
    console.log(
      `  round ${r + 1} ${which.padEnd(5)} ${((which === 'floor' ? floor : build).at(-1).wall / 1000).toFixed(1)} s wall, ${((which === 'floor' ? floor : build).at(-1).cpu / 1000).toFixed(1)} s CPU`,
    );
  }
}
if (
  lastOut.counts.all !== SHOTS ||
  lastOut.counts.changed !== Math.ceil(SHOTS / 10) ||
  lastOut.thumbnails.written !== images
)
  throw new Error(`unexpected gallery result: ${JSON.stringify(lastOut)}`);
const fw = median(floor.map((x) => x.wall));
const bw = median(build.map((x) => x.wall));
const fc = median(floor.map((x) => x.cpu));
const bc = median(build.map((x) => x.cpu));
const html = statSync(lastOut.indexFile).size;
const thumbsBytes = readdirSync(path.join(path.dirname(lastOut.indexFile), 'thumbs')).reduce(
  (s, f) => s + statSync(path.join(path.dirname(lastOut.indexFile), 'thumbs', f)).size,
  0,
);
console.log(
  `floor (thumbnails alone): ${(fw / 1000).toFixed(1)} s wall, ${(fc / 1000).toFixed(1)} s CPU (median)`,
);
console.log(
  `shotlist gallery:         ${(bw / 1000).toFixed(1)} s wall, ${(bc / 1000).toFixed(1)} s CPU (median)`,
);
console.log(`ratio: ${(bw / fw).toFixed(2)}x wall, ${(bc / fc).toFixed(2)}x CPU (target <= ${TARGET}x)`);
console.log(
  `page: index.html ${(html / 1e6).toFixed(2)} MB, thumbnails ${(thumbsBytes / 1e6).toFixed(1)} MB (${images} files)`,
);
const loads = await firstRender(lastOut.indexFile);
for (const [n, l] of loads.entries())
  console.log(
    `chromium load ${n + 1}: first page of rows rendered at ${l.rendered} ms, first contentful paint (the header) ${l.fcp.toFixed(0)} ms, DOMContentLoaded ${l.dcl.toFixed(0)} ms, filter to changed ${l.filterMs.toFixed(0)} ms (${l.rows} products on the page)`,
  );
