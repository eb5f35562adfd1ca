// Encoder settings for brand-colour backdrops (issue 16): for each setting considered, the worst
// drift of a flat backdrop colour (largest channel difference in the outer 16 px, over eight
// backdrops round the mugs photo at 1600 px) and the bytes as a ratio against the codec's
// default setting (the named baseline) in the same run. Needs only sharp: `node bench/qa/backdrop-encoders.mjs`.
import console from 'node:console';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = path.dirname(fileURLToPath(import.meta.url));
const photo = path.join(here, '..', '..', 'test', 'fixtures', 'photos', 'mugs-cutout.png');
const W = 1600;
const COLOURS = ['#F4F4F2', '#FAF7F0', '#EDEFF2', '#F8E1E7', '#E8F1FA', '#1E5BD5', '#FFD400', '#F4F1EC'];
const QUALITIES = [60, 75, 85, 90, 95];
const SETTINGS = {
  'jpeg 4:2:0 (baseline)': (s, q) => s.jpeg({ quality: q, mozjpeg: false }),
  'jpeg 4:4:4': (s, q) => s.jpeg({ quality: q, mozjpeg: false, chromaSubsampling: '4:4:4' }),
  'webp (baseline)': (s, q) => s.webp({ quality: q, effort: 2 }),
  'webp smartSubsample': (s, q) => s.webp({ quality: q, effort: 2, smartSubsample: true }),
  'webp nearLossless': (s, q) => s.webp({ quality: q, effort: 2, nearLossless: true }),
  'avif 4:4:4 (baseline)': (s, q) => s.avif({ quality: q, effort: 2 }),
  'avif 4:2:0': (s, q) => s.avif({ quality: q, effort: 2, chromaSubsampling: '4:2:0' }),
};

const hex = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

async function drift(bytes, bg) {
  const { data } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let worst = 0;
  for (let y = 0; y < W; y++) {
    for (let x = 0; x < W; x++) {
      if (y >= 16 && y < W - 16 && x >= 16 && x < W - 16) continue;
      const j = (y * W + x) * 3;
      for (let k = 0; k < 3; k++) worst = Math.max(worst, Math.abs(data[j + k] - bg[k]));
    }
  }
  return worst;
}

const product = await sharp(photo).resize(1360, 1360, { fit: 'inside' }).png().toBuffer();
const worst = {};
const bytes = {};
for (const colour of COLOURS) {
  const base = await sharp({ create: { width: W, height: W, channels: 3, background: colour } })
    .composite([{ input: product, gravity: 'centre' }])
    .png()
    .toBuffer();
  for (const [name, encode] of Object.entries(SETTINGS)) {
    for (const q of QUALITIES) {
      const out = await encode(sharp(base), q).toBuffer();
      const key = `${name}|${q}`;
      worst[key] = Math.max(worst[key] ?? 0, await drift(out, hex(colour)));
      bytes[key] = (bytes[key] ?? 0) + out.length;
    }
  }
}
console.log('setting | quality | worst backdrop drift (levels) | bytes vs the codec baseline');
for (const name of Object.keys(SETTINGS)) {
  const baseline = Object.keys(SETTINGS).find(
    (n) => n.startsWith(name.split(' ')[0]) && n.endsWith('(baseline)'),
  );
  for (const q of QUALITIES) {
    const ratio = bytes[`${name}|${q}`] / bytes[`${baseline}|${q}`];
    console.log(`${name} | ${q} | ${worst[`${name}|${q}`]} | ${ratio.toFixed(2)}x`);
  }
}
