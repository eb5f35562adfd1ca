import sharp from 'sharp';
import type { QaCheckResult } from '../../domain/manifest-record.js';
import type { Analysed, Plane } from './analyse.js';
import { readWords, type Box, type OcrOptions } from './ocr.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';
import { detectText, type TextRegion } from './text-detect.js';
import { strokeMaps } from './text-strokes.js';

/**
 * A text line with at least this share of its core on clean backdrop (outside the product's
 * region) is an overlay: it sits on or crosses the background. Measured on the QA corpus and the
 * fixture photos: branding printed on products 0 (mugs, shoes, bottles, a coffee bag, an
 * off-white camera), overlays 0.09-0.33 (crossing a product's edges, on a shadow below it, on the
 * backdrop).
 */
export const OVERLAY_BACKDROP_SHARE = 0.05;
/** Overlay lines read for the message, at most: each read costs a few tens of ms. */
const MAX_READS = 3;
/** Letter height a line is scaled to for tesseract, which reads 20-40 px caps best. */
const LINE_PX = 48;
/** A word counts for the message when it has this many letters or digits. */
const MIN_CHARS = 2;

export interface ClassifiedText extends TextRegion {
  kind: 'overlay' | 'branding';
  /** Share of the line's core on clean backdrop (outside the product's region). */
  backdrop: number;
}

/**
 * Text where the placement forbids it. PaddleOCR's text detector finds the lines (see
 * text-detect.ts); each is then told apart by where it sits: an overlay is on or crosses the
 * background, branding is printed inside the product's outline. Overlays get the profile's
 * severity when the placement forbids text (`noText`), branding is reported and passes. Tesseract
 * only reads an overlay's words for the message; the detector decides, since whole-image OCR both
 * missed a bold "SALE -50%" overlay and failed printed branding (issue 17), and cannot say where a
 * line lies until it has read it.
 */
export async function checkText(
  a: Analysed,
  p: QaProfile,
  options: OcrOptions = {},
): Promise<QaCheckResult | undefined> {
  if (!p.noText || p.severity.text === 'off') return undefined;
  const { width, height, rgb } = a.small;
  const lines = (await detectText(rgb, width, height, options.detectorModel)).map((r) =>
    classify(a.small, r),
  );
  const overlays = lines.filter((l) => l.kind === 'overlay');
  const branding = lines.filter((l) => l.kind === 'branding');
  const { words, unread } = await overlayWords(a, overlays, p, options);
  const value = overlays.length > 0 ? words || `${overlays.length} overlay line(s)` : '';
  const brandNote =
    branding.length > 0
      ? `; ${branding.length} line(s) of branding inside the product's outline, allowed`
      : '';
  return judged(
    'text',
    overlays.length === 0,
    p.severity.text,
    value,
    `no text line with >= ${OVERLAY_BACKDROP_SHARE} of its core on clean backdrop`,
    overlays.length === 0
      ? `no text overlay${brandNote}`
      : `text overlay on the background where the placement forbids text${words ? `: "${words}"` : ''}${unread} at ${overlays.map((o) => where(o.box, a.small)).join(', ')}${brandNote}; remove the overlay from the image (or its prompt)`,
  );
}

/** Where a line's box lies on the image, as percentages of its size (the plane's scale does not matter). */
function where(b: Box, plane: Plane): string {
  const pct = (v: number, of: number) => Math.round((100 * v) / of);
  return `x ${pct(b.x0, plane.width)}-${pct(b.x1, plane.width)}%, y ${pct(b.y0, plane.height)}-${pct(b.y1, plane.height)}%`;
}

/**
 * Overlay when enough of the line's core (the band through its letters and the gaps between
 * them) is clean backdrop the border reaches; branding when the band lies inside the product's
 * region. The region rather than the solid product: an off-white product's surface differs from
 * white by less than the product tolerance, so its printed text would read as lying on the
 * backdrop (the off-white camera's "Step One": 0.13-0.22 of the core outside the solid product).
 */
export function classify(plane: Plane, r: TextRegion): ClassifiedText {
  let outside = 0;
  for (const i of r.core) if (!plane.region[i]) outside++;
  const backdrop = round(outside / Math.max(1, r.core.length));
  return { ...r, backdrop, kind: backdrop >= OVERLAY_BACKDROP_SHARE ? 'overlay' : 'branding' };
}

/** The overlays' words, or why they could not be read: the detector's verdict stands either way. */
async function overlayWords(
  a: Analysed,
  overlays: ClassifiedText[],
  p: QaProfile,
  options: OcrOptions,
): Promise<{ words: string; unread: string }> {
  if (overlays.length === 0) return { words: '', unread: '' };
  try {
    return { words: await readOverlays(a, overlays, p, options), unread: '' };
  } catch (error) {
    return {
      words: '',
      unread: ` (words not read: ${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** The words of the first few overlay lines, read from the full-size image, joined; '' if none read. */
async function readOverlays(
  a: Analysed,
  overlays: ClassifiedText[],
  p: QaProfile,
  options: OcrOptions,
): Promise<string> {
  const found: string[] = [];
  const widest = [...overlays].sort((q, r) => r.box.x1 - r.box.x0 - (q.box.x1 - q.box.x0));
  for (const o of widest.slice(0, MAX_READS)) {
    found.push(...(await readLine(a, o.box, p.thresholds.minTextConfidence, options)));
  }
  return found.filter((t, i) => found.indexOf(t) === i).join(' ');
}

/**
 * One line cropped from the full-size image, scaled so its letters are about LINE_PX high, read
 * from its greyscale and then its top-hat stroke maps (letters over a busy product need a
 * threshold of their own); the first plane that yields confident words wins.
 */
async function readLine(a: Analysed, box: Box, min: number, options: OcrOptions): Promise<string[]> {
  const scale = a.width / a.small.width;
  const left = Math.max(0, Math.floor(box.x0 * scale));
  const top = Math.max(0, Math.floor(box.y0 * scale));
  const right = Math.min(a.width, Math.ceil(box.x1 * scale));
  const bottom = Math.min(a.height, Math.ceil(box.y1 * scale));
  if (right - left < 2 || bottom - top < 2) return [];
  // The unclipped box is about 1.4 letters high.
  const zoom = (1.4 * LINE_PX) / (bottom - top);
  const cw = Math.max(1, Math.round((right - left) * zoom));
  const ch = Math.max(1, Math.round((bottom - top) * zoom));
  const { data } = await sharp(a.rgb, { raw: { width: a.width, height: a.height, channels: 3 } })
    .extract({ left, top, width: right - left, height: bottom - top })
    .resize(cw, ch, { kernel: 'linear' })
    .greyscale()
    .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#FFFFFF' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const w = cw + 32;
  const h = ch + 32;
  const grey = new Uint8Array(data.buffer, data.byteOffset, w * h);
  const maps = strokeMaps(grey, w, h, 2 * Math.round(LINE_PX / 4) + 1);
  for (const plane of [grey, inverted(maps.dark), inverted(maps.light)]) {
    const png = await sharp(plane, { raw: { width: w, height: h, channels: 1 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const words = (await readWords(png, options, { layout: 'line' }))
      .filter((word) => word.confidence >= min && alnum(word.text) >= MIN_CHARS)
      .map((word) => word.text);
    if (words.length > 0) return words;
  }
  return [];
}

function alnum(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** A stroke map as dark letters on white, the way tesseract reads best (values stretched x3). */
function inverted(map: Uint8Array): Uint8Array {
  const out = new Uint8Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = Math.max(0, 255 - 3 * map[i]!);
  return out;
}
