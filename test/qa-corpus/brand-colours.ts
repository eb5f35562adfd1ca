// Brand-colour backdrops (issue 16): shots on an off-white or coloured placement background, put
// through the production normaliser in each lossy format at a placement's quality, the way a run
// publishes them. Good ones sit on the declared colour; defects on a visibly different one (the
// model ignored the brand colour, or tinted it).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageFormat } from '../../src/domain/config.js';
import { normaliseImage } from '../../src/images/normalise.js';
import { composeStudioImage } from '../../src/providers/studio/index.js';
import type { CorpusCase } from './corpus.js';
import { compose } from './compose.js';
import { loadCutouts, PHOTOS } from './cutouts.js';

interface Brand {
  format: ImageFormat;
  quality: number;
  /** The placement's background. */
  declared: string;
  /** The backdrop actually in the image (a defect when it differs visibly). */
  actual?: string;
}

const GOOD: Brand[] = [
  { format: 'webp', quality: 90, declared: '#F4F4F2' },
  { format: 'webp', quality: 80, declared: '#FAF7F0' },
  { format: 'webp', quality: 75, declared: '#E8F1FA' },
  { format: 'jpeg', quality: 90, declared: '#F4F4F2' },
  { format: 'jpeg', quality: 85, declared: '#F4F1EC' },
  { format: 'jpeg', quality: 75, declared: '#EDEFF2' },
  { format: 'avif', quality: 80, declared: '#F4F4F2' },
  { format: 'avif', quality: 60, declared: '#F8E1E7' },
  { format: 'avif', quality: 50, declared: '#FAF7F0' },
];

const DEFECTS: Brand[] = [
  // Pure white where the brand asks for its off-white, and the reverse direction: a greyer backdrop.
  { format: 'webp', quality: 90, declared: '#F4F4F2', actual: '#FFFFFF' },
  { format: 'webp', quality: 80, declared: '#F4F4F2', actual: '#E9E9E7' },
  { format: 'jpeg', quality: 90, declared: '#F4F4F2', actual: '#FFFFFF' },
  { format: 'jpeg', quality: 80, declared: '#FAF7F0', actual: '#F0F0F0' },
  { format: 'avif', quality: 80, declared: '#F4F4F2', actual: '#FFFFFF' },
  { format: 'avif', quality: 60, declared: '#E8F1FA', actual: '#F1F1F1' },
];

const SIZES = [
  { aspect: '1:1', w: 1600, h: 1600 },
  { aspect: '4:5', w: 1600, h: 2000 },
  { aspect: '1:1', w: 2048, h: 2048 },
];

/** Good and defective shots on brand-colour backdrops, one product each. */
export async function brandColourCases(): Promise<CorpusCase[]> {
  const cuts = await loadCutouts();
  const out: CorpusCase[] = [];
  const all = [...GOOD.map((b) => ({ ...b, good: true })), ...DEFECTS.map((b) => ({ ...b, good: false }))];
  for (const [i, b] of all.entries()) {
    const cut = cuts[i % cuts.length]!;
    const size = SIZES[i % SIZES.length]!;
    const png = await compose(cut, {
      width: size.w,
      height: size.h,
      fill: 0.82,
      shadow: i % 2 === 0,
      background: b.actual ?? b.declared,
      encoding: 'png',
    });
    const { bytes } = await normaliseImage(png, {
      aspect: size.aspect,
      size: Math.max(size.w, size.h),
      format: b.format,
      quality: b.quality,
      background: b.declared,
      sourceType: 'trainedAlgorithmicMedia',
    });
    out.push({
      id: `${b.good ? 'good' : 'off-white-backdrop'}-brand-${b.format}${b.quality}-${b.declared.slice(1)}${b.actual ? `-as-${b.actual.slice(1)}` : ''}-${cut.name}`,
      kind: b.good ? 'good' : 'off-white-backdrop',
      image: bytes,
      input: {
        aspect: size.aspect,
        size: Math.max(size.w, size.h),
        background: b.declared,
        quality: b.quality,
        qa: { noText: true },
        color: cut.color,
      },
    });
  }
  return [...out, ...(await studioOnBrand())];
}

/**
 * The case issue 16 reported: the studio compositor's shots on a #F4F4F2 placement in lossy WebP
 * (and JPEG), which failed with background=0 while the check wanted the exact colour.
 */
async function studioOnBrand(): Promise<CorpusCase[]> {
  const out: CorpusCase[] = [];
  const shots: [string, ImageFormat, number][] = [
    ['camera-off-white.jpg', 'webp', 90],
    ['mouse-light-grey.jpg', 'webp', 80],
    ['shoe-near-white.jpg', 'jpeg', 85],
  ];
  for (const [file, format, quality] of shots) {
    const placement = { aspect: '1:1', size: 1600, background: '#F4F4F2' };
    const { png } = await composeStudioImage(await readFile(path.join(PHOTOS, file)), {
      ...placement,
      fill: 0.85,
      shadow: true,
    });
    const { bytes } = await normaliseImage(png, {
      ...placement,
      format,
      quality,
      sourceType: 'composite',
    });
    out.push({
      id: `good-brand-studio-${format}${quality}-F4F4F2-${file.replace(/\.\w+$/, '')}`,
      kind: 'good',
      image: bytes,
      input: { ...placement, quality, qa: { noText: true } },
    });
  }
  return out;
}
