import sharp from 'sharp';
import type { QaCheckResult } from '../../store/manifest-record.js';
import type { Analysed } from './analyse.js';
import { readWords, type OcrOptions } from './ocr.js';
import type { QaProfile } from './profiles.js';
import { judged } from './result.js';

/** A word counts when it has this many letters or digits: OCR reads noise as 1-2 character words. */
const MIN_CHARS = 3;

/**
 * Text or watermark where the placement forbids it: OCR on the analysis downscale, three reads.
 * Global and local binarisation of the whole image (text on the backdrop, text on the product),
 * and the light tones stretched (faint watermarks on the backdrop, which a global threshold set by
 * a dark product washes out).
 */
export async function checkText(
  a: Analysed,
  p: QaProfile,
  options: OcrOptions = {},
): Promise<QaCheckResult | undefined> {
  if (!p.noText || p.severity.text === 'off') return undefined;
  const { rgb, width, height } = a.small;
  const raw = { raw: { width, height, channels: 3 as const } };
  const grey = await sharp(rgb, raw).greyscale().png({ compressionLevel: 1 }).toBuffer();
  // Levels 176-255 stretched to 0-255: faint marks on the backdrop turn dark, the product black.
  const faint = await sharp(rgb, raw)
    .greyscale()
    .linear(255 / 79, (-176 * 255) / 79)
    .png({ compressionLevel: 1 })
    .toBuffer();
  const words = [
    ...(await readWords(grey, options, 'otsu')),
    ...(await readWords(grey, options, 'sauvola')),
    ...(await readWords(faint, options, 'otsu')),
  ];
  const min = p.thresholds.minTextConfidence;
  const found = words
    .filter((w) => w.confidence >= min && (w.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= MIN_CHARS)
    .map((w) => w.text)
    .filter((t, i, all) => all.indexOf(t) === i);
  return judged(
    'text',
    found.length === 0,
    p.severity.text,
    found.length === 0 ? '' : found.join(' '),
    `no words of ${MIN_CHARS}+ characters at confidence >= ${min}`,
    found.length === 0 ? 'no text found' : `text found where the placement forbids it: "${found.join(' ')}"`,
  );
}
