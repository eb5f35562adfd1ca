// Variants sheet of the studio on the first fixture photos (test/fixtures/photos/): the supplier photo, the
// studio image on white, and a variant (gradient, alignment, shadow off). Refusals show the reason.
// Run `npm run build` first. Usage: node bench/studio/contact-sheet.mjs [out.png]
import { Buffer } from 'node:buffer';
import console from 'node:console';
import process from 'node:process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import sharp from 'sharp';
import { composeStudioImage } from '../../dist/providers/studio/index.js';

const TILE = 230;
const GAP = 10;
const LABEL = 34;
const out = process.argv[2] ?? fileURLToPath(new URL('../../docs/studio/variants.png', import.meta.url));
const photos = fileURLToPath(new URL('../../test/fixtures/photos/', import.meta.url));

const columns = [
  {
    file: 'shoe-near-white.jpg',
    variant: { background: 'linear(#FFFFFF,#DCE3EC)', align: 'bottom' },
    note: 'gradient, bottom',
  },
  { file: 'mouse-light-grey.jpg', variant: { shadow: false }, note: 'no shadow' },
  { file: 'camera-off-white.jpg', variant: { aspect: '4:5', shadowStrength: 0.6 }, note: '4:5, shadow 0.6' },
  { file: 'mugs-cutout.png', variant: { background: '#F3EEE6', fill: 0.7 }, note: '#F3EEE6, fill 0.7' },
  { file: 'coffee-on-wood.png', variant: {}, note: '' },
];

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function text(lines, width, height, size = 13, fill = '#333') {
  const body = lines
    .map(
      (l, i) =>
        `<text x="6" y="${size + 4 + i * (size + 3)}" font-family="DejaVu Sans, sans-serif" font-size="${size}" fill="${fill}">${escape(l)}</text>`,
    )
    .join('');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`,
  );
}

/** Fits an image into a TILE square on grey so white canvases stay visible as squares. */
async function tile(input) {
  return sharp(input)
    .resize(TILE, TILE, { fit: 'contain', background: '#9AA0A6' })
    .flatten({ background: '#9AA0A6' })
    .png()
    .toBuffer();
}

function wrap(message, width) {
  const words = message.split(' ');
  const lines = [''];
  for (const w of words) {
    if ((lines.at(-1) + ' ' + w).length > width) lines.push(w);
    else lines[lines.length - 1] = `${lines.at(-1)} ${w}`.trim();
  }
  return lines;
}

const composites = [];
const W = columns.length * (TILE + GAP) + GAP;
const H = 3 * (TILE + GAP) + LABEL + GAP;
for (const [i, c] of columns.entries()) {
  const x = GAP + i * (TILE + GAP);
  const bytes = readFileSync(photos + c.file);
  composites.push({ input: text([c.file], TILE, LABEL, 12), left: x, top: 4 });
  composites.push({ input: await tile(bytes), left: x, top: LABEL });
  try {
    const main = await composeStudioImage(bytes, { aspect: '1:1', size: 1024, background: '#FFFFFF' });
    const variant = await composeStudioImage(bytes, {
      aspect: '1:1',
      size: 1024,
      background: '#FFFFFF',
      ...c.variant,
    });
    composites.push({ input: await tile(main.png), left: x, top: LABEL + TILE + GAP });
    composites.push({ input: await tile(variant.png), left: x, top: LABEL + 2 * (TILE + GAP) });
    composites.push({
      input: text([c.note], TILE, 20, 11, '#000'),
      left: x,
      top: LABEL + 2 * (TILE + GAP) + TILE - 20,
    });
  } catch (error) {
    const lines = ['REFUSED (' + error.kind + ')', ...wrap(error.message, 34).slice(0, 22)];
    composites.push({
      input: text(lines, TILE, 2 * TILE + GAP, 10, '#8B0000'),
      left: x,
      top: LABEL + TILE + GAP,
    });
  }
}
mkdirSync(dirname(out), { recursive: true });
await sharp({ create: { width: W, height: H, channels: 3, background: '#E8EAED' } })
  .composite(composites)
  .png({ palette: true, quality: 90, compressionLevel: 9 })
  .toFile(out);
console.log(`${out}: ${W}x${H}, ${(statSync(out).size / 1024).toFixed(0)} KB`);
