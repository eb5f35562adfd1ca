// Good images made the way a run makes them: the offline studio compositor's output for each
// separable fixture photo at the example's placements, encoded in the placement's format.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { QaSettings } from '../../src/config/types.js';
import { composeStudioImage, type ComposeOptions } from '../../src/providers/studio/index.js';
import type { CorpusCase } from './corpus.js';
import { PHOTOS } from './cutouts.js';

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
