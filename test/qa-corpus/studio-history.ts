// Real cut-out defects: older versions of the offline studio (before its graph cut, and its first
// graph cut) run on the fixture photos, stored with labels by eye. See
// test/fixtures/qa-corpus-studio-history/SOURCES.md.
import type { CorpusCase } from './corpus.js';
import { storedCases, type StoredLabel } from './stored-cases.js';

export const STUDIO_HISTORY_LABELS: StoredLabel[] = [
  { file: 'b8da89c_shadow_tennis-ball.webp', kind: 'shadow-remnant' },
  { file: 'b8da89c_colour_cactus-pot-tan.webp', kind: 'shadow-remnant' },
  { file: 'b8da89c_hard_black-bike-dark.webp', kind: 'backdrop-inside' },
  { file: 'a215934_shadow_tennis-ball.webp', kind: 'ragged-outline' },
  { file: 'b8da89c_white_polo-shirt.webp', kind: 'dissolving' },
  { file: 'a215934_white_polo-shirt.webp', kind: 'dissolving' },
  { file: 'b8da89c_white_snapback-cap.webp', kind: 'good' },
  { file: 'b8da89c_mugs-cutout.webp', kind: 'good' },
  { file: 'b8da89c_white_red-hoodie.webp', kind: 'good' },
  { file: 'b8da89c_shoe-near-white.webp', kind: 'good' },
  { file: 'a215934_camera-off-white.webp', kind: 'good' },
  { file: 'a215934_cutout_sunglasses.webp', kind: 'good' },
  { file: 'a215934_white_tlr-film-camera.webp', kind: 'good' },
];

/** Judged as the example's pdp placement judges studio outputs (marketplace-main on white). */
export function studioHistoryCases(): Promise<CorpusCase[]> {
  return storedCases('qa-corpus-studio-history', STUDIO_HISTORY_LABELS, 'history', {
    profile: 'marketplace-main',
    background: 'white',
    fill: [0.5, 0.95],
    noText: true,
  });
}
