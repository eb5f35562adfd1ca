// The studio on the supplier photos in test/fixtures/photos-2/: every photo is composed on white
// (1:1, 1600 px), checked by QA under `marketplace-main`, and shown on a contact sheet next to its
// source with the verdict (failed checks, or the refusal's reason). Also prints one line per photo.
// Run `npm run build` first. Usage: node bench/studio/photos-2-sheet.mjs [sheet.png] [outputs-dir]
import { Buffer } from 'node:buffer';
import console from 'node:console';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import sharp from 'sharp';
import { composeStudioImage } from '../../dist/providers/studio/index.js';
import { closeOcr, runQa } from '../../dist/images/qa/index.js';

const TILE = 200;
const GAP = 8;
const LABEL = 30;
/** Characters per note line: the cell is two tiles wide, the note font 10 px. */
const NOTE_CHARS = 66;
const NOTE_LINE = 13;
const PER_ROW = 5;
const SIZE = 1600;
const out = process.argv[2] ?? fileURLToPath(new URL('../../docs/studio/contact-sheet.png', import.meta.url));
const outputs = process.argv[3];
const photos = fileURLToPath(new URL('../../test/fixtures/photos-2/', import.meta.url));
const files = readdirSync(photos)
  .filter((f) => /\.(jpe?g|png)$/i.test(f))
  .sort();

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function text(lines, width, height, size, fill) {
  const body = lines
    .map(
      (l, i) =>
        `<text x="4" y="${size + 3 + i * (size + 3)}" font-family="DejaVu Sans, sans-serif" font-size="${size}" fill="${fill}">${escape(l)}</text>`,
    )
    .join('');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`,
  );
}

/** Fits an image into a TILE square on grey so white canvases stay visible as squares. */
function tile(input) {
  return sharp(input)
    .resize(TILE, TILE, { fit: 'contain', background: '#9AA0A6' })
    .flatten({ background: '#9AA0A6' })
    .png()
    .toBuffer();
}

function wrap(message, width) {
  const lines = [''];
  for (const w of message.split(' ')) {
    if ((lines.at(-1) + ' ' + w).length > width) lines.push(w);
    else lines[lines.length - 1] = `${lines.at(-1)} ${w}`.trim();
  }
  return lines;
}

/** Composes and checks one photo: { verdict, lines, png? }. */
async function judge(file) {
  const bytes = readFileSync(join(photos, file));
  const started = performance.now();
  try {
    const r = await composeStudioImage(bytes, { aspect: '1:1', size: SIZE, background: '#FFFFFF' });
    const ms = performance.now() - started;
    const qa = await runQa({
      image: r.png,
      aspect: '1:1',
      size: SIZE,
      background: '#FFFFFF',
      qa: { profile: 'marketplace-main', severity: { text: 'off' } },
    });
    const bad = qa.checks.filter((c) => c.status !== 'pass');
    const lines = [
      `QA ${qa.status} (${r.matte}, conf ${r.confidence.toFixed(2)}, cut ${((r.measures?.cutAway ?? 0) * 100).toFixed(0)}%, ${ms.toFixed(0)} ms)`,
      ...bad.flatMap((c) => wrap(`${c.status}: ${c.check}: ${c.message ?? ''}`, NOTE_CHARS)),
    ];
    return { verdict: qa.status, lines, png: r.png, bad };
  } catch (error) {
    if (error?.kind !== 'refused') throw error;
    // The measured reason, without the shared preamble and advice.
    const reason = error.message
      .replace(/^studio cannot separate the product from its backdrop with confidence:? ?/, '')
      .replace(/\. Fix: .*$/, '');
    return { verdict: 'refused', lines: ['REFUSED', ...wrap(reason, NOTE_CHARS)] };
  }
}

// Every reason in full: the notes are as tall as the longest one.
const results = [];
for (const file of files) results.push(await judge(file));
const NOTE = Math.max(...results.map((r) => r.lines.length)) * NOTE_LINE + 6;
const composites = [];
const rows = Math.ceil(files.length / PER_ROW);
const cellW = 2 * TILE + GAP;
const cellH = LABEL + TILE + NOTE;
const W = PER_ROW * (cellW + 2 * GAP) + GAP;
const H = rows * (cellH + GAP) + GAP;
const tally = { pass: 0, warn: 0, fail: 0, refused: 0 };
if (outputs) mkdirSync(outputs, { recursive: true });
for (const [k, file] of files.entries()) {
  const x = GAP + (k % PER_ROW) * (cellW + 2 * GAP);
  const y = GAP + Math.floor(k / PER_ROW) * (cellH + GAP);
  const result = results[k];
  tally[result.verdict]++;
  console.log(`${file.padEnd(38)} ${result.lines.join(' | ')}`);
  composites.push({ input: text([file], cellW, LABEL, 12, '#222'), left: x, top: y });
  composites.push({ input: await tile(readFileSync(join(photos, file))), left: x, top: y + LABEL });
  if (result.png) {
    composites.push({ input: await tile(result.png), left: x + TILE + GAP, top: y + LABEL });
    if (outputs) writeFileSync(join(outputs, file.replace(/\.\w+$/, '.png')), result.png);
  }
  const colour = result.verdict === 'pass' ? '#0B5D1E' : '#8B0000';
  composites.push({ input: text(result.lines, cellW, NOTE, 10, colour), left: x, top: y + LABEL + TILE + 2 });
}
await closeOcr?.();
mkdirSync(dirname(out), { recursive: true });
await sharp({ create: { width: W, height: H, channels: 3, background: '#E8EAED' } })
  .composite(composites)
  .png({ palette: true, quality: 90, compressionLevel: 9 })
  .toFile(out);
console.log(`${out}: ${W}x${H}, ${(statSync(out).size / 1024).toFixed(0)} KB`);
console.log(`verdicts on ${files.length} photos: ${JSON.stringify(tally)}`);
