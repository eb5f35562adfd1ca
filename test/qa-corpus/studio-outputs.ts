// Good images made the way a run makes them: the offline studio compositor's output for each
// separable fixture photo at the example's placements, encoded in the placement's format.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { QaSettings } from '../../src/domain/config.js';
import { composeStudioImage, type ComposeOptions } from '../../src/providers/studio/index.js';
import type { CorpusCase } from './corpus.js';
import { compose, encode, type Encoding } from './compose.js';
import { PHOTOS, trimmed, type Cutout } from './cutouts.js';

const PHOTO_FILES = [
  'shoe-near-white.jpg',
  'mouse-light-grey.jpg',
  'camera-off-white.jpg',
  'mugs-cutout.png',
];

interface StudioPlacement {
  name: string;
  compose: ComposeOptions;
  format: 'webp' | 'jpeg';
  quality: number;
  /** The example placement's `qa:` settings, with OCR on so text false alarms are measured too. */
  qa: QaSettings;
}

// As in placements/channels.yaml (pdp at the marketplace's usual fill of about 85%).
const PLACEMENTS: StudioPlacement[] = [
  {
    name: 'pdp',
    compose: { aspect: '1:1', size: 1600, background: '#FFFFFF', fill: 0.85, shadow: true, align: 'center' },
    format: 'webp',
    quality: 90,
    // Printed branding on a product is allowed there (the example's own setting).
    qa: {
      profile: 'marketplace-main',
      background: 'white',
      fill: [0.7, 0.9],
      severity: { text: 'warn' },
      noText: true,
    },
  },
  {
    name: 'grid',
    compose: { aspect: '1:1', size: 800, background: '#FFFFFF', fill: 0.78, shadow: true },
    format: 'jpeg',
    quality: 85,
    qa: { background: 'white', fill: [0.6, 0.9], noText: true },
  },
  {
    name: 'social',
    compose: { aspect: '4:5', size: 1080, background: '#F4F1EC', fill: 0.7, shadow: true, align: 'bottom' },
    format: 'jpeg',
    quality: 88,
    qa: { severity: { centring: 'off' }, noText: true },
  },
  {
    name: 'hero',
    compose: { aspect: '16:9', size: 1920, background: '#FFFFFF', fill: 0.55, shadow: true, align: 'center' },
    format: 'webp',
    quality: 90,
    qa: { background: 'white', review: true, noText: true },
  },
];

let cache: Promise<CorpusCase[]> | undefined;

/** Made once per test run: the compositor is the slow part. */
export function studioCases(): Promise<CorpusCase[]> {
  cache ??= (async () => {
    const out: CorpusCase[] = [];
    for (const file of PHOTO_FILES) {
      const photo = await readFile(path.join(PHOTOS, file));
      for (const p of PLACEMENTS) {
        const { png } = await composeStudioImage(photo, p.compose);
        const encoded = sharp(png);
        const image =
          p.format === 'webp'
            ? await encoded.webp({ quality: p.quality }).toBuffer()
            : await encoded.jpeg({ quality: p.quality }).toBuffer();
        out.push({
          id: `good-studio-${p.name}-${file.replace(/\.\w+$/, '')}`,
          kind: 'good',
          image,
          input: {
            aspect: p.compose.aspect,
            size: p.compose.size,
            background: p.compose.background,
            qa: p.qa,
          },
        });
      }
    }
    return out;
  })();
  return cache;
}

/**
 * A light product's cut-out as the studio makes it: composed without a shadow on black and on
 * white, alpha from the difference (a = 1 - (white - black) / 255) and colour un-mixed from black.
 */
const cutouts = new Map<string, Promise<Cutout>>();

/** Made once per file and test run (two composes each). */
export function studioCutout(file: string, name: string, color: string): Promise<Cutout> {
  let made = cutouts.get(file);
  if (!made) cutouts.set(file, (made = makeStudioCutout(file, name, color)));
  return made;
}

async function makeStudioCutout(file: string, name: string, color: string): Promise<Cutout> {
  const photo = await readFile(path.join(PHOTOS, file));
  const on = async (background: string) =>
    sharp(
      (await composeStudioImage(photo, { aspect: '1:1', size: 1600, background, fill: 0.9, shadow: false }))
        .png,
    )
      .raw()
      .toBuffer({ resolveWithObject: true });
  const black = await on('#000000');
  const white = await on('#FFFFFF');
  const { width, height } = black.info;
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    let spread = 0;
    for (let c = 0; c < 3; c++) spread += white.data[i * 3 + c]! - black.data[i * 3 + c]!;
    const a = Math.min(1, Math.max(0, 1 - spread / 3 / 255));
    for (let c = 0; c < 3; c++)
      rgba[i * 4 + c] = a > 0.02 ? Math.min(255, Math.round(black.data[i * 3 + c]! / a)) : 0;
    rgba[i * 4 + 3] = Math.round(a * 255);
  }
  return { name, color, ...(await trimmed(rgba, width, height)) };
}

/**
 * Defects on LIGHT products, which the checks must still see now that a light body is not read
 * as a halo or a seam: dark rings and light fringes round the white camera and the silver mouse,
 * and the naive trim of the camera photo (its off-white backdrop pasted onto white).
 */
export async function studioDefectCases(): Promise<CorpusCase[]> {
  const camera = await studioCutout('camera-off-white.jpg', 'studio-camera', '#F0F0F0');
  const mouse = await studioCutout('mouse-light-grey.jpg', 'studio-mouse', '#C0C0C0');
  const out: CorpusCase[] = [];
  const qa = { profile: 'marketplace-main', noText: false };
  const halos: [Cutout, string, number, Encoding, number][] = [
    [camera, '#303030', 6, 'jpeg', 2048],
    [camera, '#5A5A5A', 8, 'webp', 1600],
    [mouse, '#202020', 7, 'png', 1600],
    [mouse, '#EDEDED', 8, 'webp', 2048],
    // Light-grey rings round the white camera, within ~25 levels of both its body and the backdrop.
    [camera, '#E6E6E6', 6, 'jpeg', 2048],
    [camera, '#EBEBEB', 8, 'webp', 1600],
  ];
  for (const [i, [cut, colour, px, encoding, side]] of halos.entries()) {
    out.push({
      id: `halo-studio-${i}-${cut.name}`,
      kind: 'halo',
      image: await compose(cut, { width: side, height: side, fill: 0.85, encoding, halo: { colour, px } }),
      input: { aspect: '1:1', size: side, background: '#FFFFFF', qa },
    });
  }
  for (const [i, v] of [
    { threshold: 10, encoding: 'jpeg' as Encoding, side: 1600 },
    { threshold: 20, encoding: 'webp' as Encoding, side: 2048 },
  ].entries()) {
    // The naive trim: cut to the backdrop's colour (taken from the corner), paste onto white.
    const trimmedPhoto = await sharp(path.join(PHOTOS, 'camera-off-white.jpg'))
      .trim({ threshold: v.threshold })
      .toBuffer({ resolveWithObject: true });
    const { width, height } = trimmedPhoto.info;
    const scale = (0.85 * v.side) / Math.max(width, height);
    const pw = Math.round(width * scale);
    const ph = Math.round(height * scale);
    const left = Math.floor((v.side - pw) / 2);
    const top = Math.floor((v.side - ph) / 2);
    out.push({
      id: `naive-trim-seam-studio-camera-${i}`,
      kind: 'naive-trim-seam',
      image: await encode(
        sharp(trimmedPhoto.data)
          .resize(pw, ph)
          .extend({ left, top, right: v.side - pw - left, bottom: v.side - ph - top, background: '#FFFFFF' }),
        v.encoding,
      ),
      input: { aspect: '1:1', size: v.side, background: '#FFFFFF', qa },
    });
  }
  return out;
}
