import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ImageFormat } from '../../domain/config.js';
import { normaliseImage } from '../normalise.js';
import {
  BACKDROP_DRIFT,
  backdropDriftTable,
  backgroundTolerance,
  codecOf,
  DRIFT_MARGIN,
} from './background-tolerance.js';
import { parseHexColour, type Rgb } from './colour.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const MUGS = path.join(here, '..', '..', '..', 'test', 'fixtures', 'photos', 'mugs-cutout.png');

/** Off-whites, pastels, a saturated blue and yellow, a dark grey: backdrops brands ask for. */
const COLOURS = ['#F4F4F2', '#FAF7F0', '#EDEFF2', '#F8E1E7', '#E8F1FA', '#1E5BD5', '#FFD400', '#2B2B2B'];
const QUALITIES: Record<'jpeg' | 'webp' | 'avif', number[]> = {
  jpeg: [100, 95, 90, 85, 80, 75, 70, 60, 50, 40, 30, 20],
  webp: [100, 95, 90, 85, 80, 75, 70, 60, 50, 40, 30, 20],
  avif: [90, 75, 60, 45, 30, 20],
};

async function shotOn(colour: string): Promise<Buffer> {
  const product = await sharp(MUGS).resize(860, 860, { fit: 'inside' }).png().toBuffer();
  return sharp({ create: { width: 1024, height: 1024, channels: 3, background: colour } })
    .composite([{ input: product, gravity: 'centre' }])
    .png()
    .toBuffer();
}

/** Largest channel difference from `bg` in the outer 16 px, after the production encoder. */
async function drift(png: Buffer, bg: string, format: ImageFormat, quality: number): Promise<number> {
  const { bytes } = await normaliseImage(png, {
    aspect: '1:1',
    size: 1024,
    format,
    quality,
    background: bg,
    sourceType: 'trainedAlgorithmicMedia',
  });
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rgb = parseHexColour(bg)!;
  let worst = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (y >= 16 && y < info.height - 16 && x >= 16 && x < info.width - 16) continue;
      const j = (y * info.width + x) * 3;
      for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(data[j + c]! - rgb[c]!));
    }
  }
  return worst;
}

describe('background tolerance', () => {
  it('tells codecs apart from the bytes, lossless WebP included', async () => {
    const img = sharp({ create: { width: 8, height: 8, channels: 3, background: '#F4F4F2' } });
    expect(codecOf(await img.clone().png().toBuffer())).toBe('png');
    expect(codecOf(await img.clone().jpeg().toBuffer())).toBe('jpeg');
    expect(codecOf(await img.clone().webp().toBuffer())).toBe('webp');
    expect(codecOf(await img.clone().webp({ lossless: true }).toBuffer())).toBe('webp-lossless');
    expect(codecOf(await img.clone().webp({ lossless: true }).withXmp('<x/>').toBuffer())).toBe(
      'webp-lossless',
    );
    expect(codecOf(await img.clone().avif().toBuffer())).toBe('avif');
    expect(codecOf(Buffer.from('GIF89a....'))).toBe('other');
  });

  it('keeps pure white and lossless formats exact, and allows other colours the drift plus a margin', async () => {
    const img = sharp({ create: { width: 8, height: 8, channels: 3, background: '#F4F4F2' } });
    const webp = await img.clone().webp().toBuffer();
    const offWhite: Rgb = [244, 244, 242];
    expect(backgroundTolerance(webp, [255, 255, 255], 90).levels).toBe(0);
    expect(backgroundTolerance(await img.clone().png().toBuffer(), offWhite, 90).levels).toBe(0);
    expect(backgroundTolerance(webp, offWhite, 90)).toEqual({
      levels: 3 + DRIFT_MARGIN,
      basis: 'lossy webp at quality 90 moves a flat colour by up to 3 levels',
    });
    expect(backgroundTolerance(webp, offWhite, 89).levels).toBe(5 + DRIFT_MARGIN);
    // Quality unknown (`shotlist qa` without a placement): the codec's loosest band.
    expect(backgroundTolerance(webp, offWhite).levels).toBe(9 + DRIFT_MARGIN);
  });

  it('matches what the production encoder does to flat colours: every band holds, none is looser than needed', async () => {
    const measured: Record<string, number> = {};
    for (const colour of COLOURS) {
      const png = await shotOn(colour);
      for (const codec of ['jpeg', 'webp', 'avif'] as const) {
        for (const q of QUALITIES[codec]) {
          const band = BACKDROP_DRIFT[codec].find((b) => q >= b.fromQuality)!;
          const key = `${codec} from q${band.fromQuality}`;
          measured[key] = Math.max(measured[key] ?? 0, await drift(png, colour, codec, q));
        }
      }
    }
    console.log('largest backdrop drift measured per band:', measured);
    for (const [codec, bands] of Object.entries(BACKDROP_DRIFT)) {
      for (const band of bands) {
        const key = `${codec} from q${band.fromQuality}`;
        expect(measured[key], key).toBeLessThanOrEqual(band.levels);
        expect(measured[key], key).toBe(band.levels);
      }
    }
  }, 120_000);
});

describe('the README', () => {
  it('shows exactly the tolerance table the check uses', async () => {
    const cells = (line: string) =>
      line
        .split('|')
        .map((c) => c.trim())
        .join('|');
    const readme = (await readFile(new URL('../../../README.md', import.meta.url), 'utf8'))
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map(cells);
    for (const row of backdropDriftTable().split('\n').slice(2)) expect(readme).toContain(cells(row));
  });
});
