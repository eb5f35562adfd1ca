// The studio's outputs for the supplier photos in test/fixtures/photos-2, stored (the labels are
// about these images) and labelled by eye: see test/fixtures/qa-corpus-photos-2/SOURCES.md.
import type { CorpusCase } from './corpus.js';
import { storedCases, type StoredLabel } from './stored-cases.js';

/** Labels by what is seen. */
export const PHOTOS_2_LABELS: StoredLabel[] = [
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
export function photos2Cases(): Promise<CorpusCase[]> {
  return storedCases('qa-corpus-photos-2', PHOTOS_2_LABELS, 'photos2', {
    profile: 'marketplace-main',
    background: 'white',
    fill: [0.7, 0.9],
    severity: { text: 'warn' },
    noText: true,
  });
}
