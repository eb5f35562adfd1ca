// The studio's outputs for the supplier photos in test/fixtures/photos-2, stored (the labels are
// about these images) and labelled by eye: see test/fixtures/qa-corpus-photos-2/SOURCES.md.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseKind, CorpusCase } from './corpus.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa-corpus-photos-2');

/** Labels by what is seen. */
export const PHOTOS_2_LABELS: { file: string; kind: CaseKind }[] = [
  { file: 'cutout_sneaker.webp', kind: 'good' },
  { file: 'cutout_sunglasses.webp', kind: 'good' },
  { file: 'grey_rolleiflex-flatlay.webp', kind: 'good' },
  { file: 'hard_ethernet-cable-clear-plug.webp', kind: 'good' },
  { file: 'hard_wine-glass-alpha.webp', kind: 'good' },
  { file: 'white_red-hoodie.webp', kind: 'good' },
  { file: 'white_snapback-cap.webp', kind: 'good' },
  { file: 'white_tlr-film-camera.webp', kind: 'good' },
  { file: 'colour_pendant-lamp-teal.webp', kind: 'halo' },
  { file: 'colour_cactus-pot-tan.webp', kind: 'ragged-outline' },
  { file: 'white_polo-shirt.webp', kind: 'dissolving' },
];

/**
 * The labelled outputs whose defect a built check targets, judged as the example's pdp placement
 * judges them (marketplace-main, branding on a product warns), with OCR on so text false alarms
 * are measured too.
 */
export async function photos2Cases(): Promise<CorpusCase[]> {
  const out: CorpusCase[] = [];
  for (const { file, kind } of PHOTOS_2_LABELS) {
    out.push({
      id: `${kind}-photos2-${file.replace(/\.\w+$/, '')}`,
      kind,
      image: await readFile(path.join(DIR, file)),
      input: {
        aspect: '1:1',
        size: 1600,
        background: '#FFFFFF',
        quality: 90,
        qa: {
          profile: 'marketplace-main',
          background: 'white',
          fill: [0.7, 0.9],
          severity: { text: 'warn' },
          noText: true,
        },
      },
    });
  }
  return out;
}
