import sharp from 'sharp';
import type { QaCheckResult } from '../../domain/manifest-record.js';
import type { Analysed, Plane } from './analyse.js';
import { readWords, type Box, type OcrOptions } from './ocr.js';
import type { QaProfile } from './profiles.js';
import { promoWords } from './promo-words.js';
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
/**
 * Lines inside the product read for promotional wording, at most, largest first: a printed
 * package can carry dozens of small lines, an overlay is large enough to be read.
 */
const MAX_INSIDE_READS = 6;
/**
 * Word confidence (0-100) enough to judge a line inside the product by its words. Lower than the
 * profile's: a word only counts when it spells a promotional term exactly, and tesseract gives
 * a correctly read "SHIPPING" over a busy red hoodie a confidence in the 50s.
 */
const PROMO_MIN_CONFIDENCE = 30;
/** Letter height a line is scaled to for tesseract, which reads 20-40 px caps best. */
const LINE_PX = 48;
/** A word counts for the message when it has this many letters or digits. */
const MIN_CHARS = 2;

export interface ClassifiedText extends TextRegion {
  kind: 'overlay' | 'branding';
  /** Share of the line's core on clean backdrop (outside the product's region). */
  backdrop: number;
  /** For a line inside the product: the promotional terms its words read as (then an overlay). */
  promo?: string[];
  /** The words read in a line inside the product. */
  words?: string;
}

/**
 * Text where the placement forbids it. PaddleOCR's text detector finds the lines (see
 * text-detect.ts); each is then told apart by where it sits and what it says: an overlay is on
 * or crosses the background, or lies inside the product but reads as promotional wording
 * (promo-terms.ts: sale, prices, free shipping...), which is unrelated to the product's surface;
 * other text inside the product's outline is branding. Overlays get the profile's severity when
 * the placement forbids text (`noText`), branding is reported and passes. Tesseract reads the
 * words; the detector finds and places the lines, since whole-image OCR both missed a bold
 * "SALE -50%" overlay and failed printed branding (issue 17).
 */
export async function checkText(
  a: Analysed,
  p: QaProfile,
  options: OcrOptions = {},
): Promise<QaCheckResult | undefined> {
  if (!p.noText || p.severity.text === 'off') return undefined;
  const { width, height, rgb } = a.small;
  const placed = (await detectText(rgb, width, height, options.detectorModel)).map((r) =>
    classify(a.small, r),
  );
  const onBackdrop = placed.filter((l) => l.kind === 'overlay');
  const { words, unread } = await overlayWords(a, onBackdrop, p, options);
  const inside = await readInside(a, placed, onBackdrop.length > 0, options);
  const promo = inside.lines.filter((l) => l.kind === 'overlay');
  const branding = inside.lines.filter((l) => l.kind === 'branding');
  const overlays = onBackdrop.length + promo.length;
  const allWords = [words, ...promo.map((l) => l.words ?? '')].filter(Boolean).join(' ');
  const brandNote =
    branding.length > 0
      ? `; ${branding.length} line(s) of branding inside the product's outline, allowed`
      : '';
  const why = [
    onBackdrop.length > 0
      ? `text overlay on the background where the placement forbids text${words ? `: "${words}"` : ''}${unread} at ${onBackdrop.map((o) => where(o.box, a.small)).join(', ')}`
      : '',
    ...promo.map(
      (l) =>
        `promotional text over the product, unrelated to its surface: "${l.words}" (${l.promo!.map((t) => `"${t}"`).join(', ')}) at ${where(l.box, a.small)}`,
    ),
  ].filter(Boolean);
  return judged(
    'text',
    overlays === 0,
    p.severity.text,
    overlays > 0 ? allWords || `${overlays} overlay line(s)` : '',
    `no text line with >= ${OVERLAY_BACKDROP_SHARE} of its core on clean backdrop, nor promotional wording inside the product`,
    overlays === 0
      ? `no text overlay${brandNote}${inside.note}`
      : `${why.join('; ')}${brandNote}${inside.note}; remove the overlay from the image (or its prompt)`,
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

/**
 * The lines inside the product, each read and judged by its words: promotional wording makes it
 * an overlay. When the OCR fails, an image that already fails on a backdrop overlay keeps that
 * verdict (with a note); otherwise the check cannot tell promotion from branding and throws, so
 * the image is reported as not checked rather than passed.
 */
async function readInside(
  a: Analysed,
  placed: ClassifiedText[],
  failsAnyway: boolean,
  options: OcrOptions,
): Promise<{ lines: ClassifiedText[]; note: string }> {
  const inside = placed.filter((l) => l.kind === 'branding');
  // The largest lines first: an overlay is set to be read; fine print is the product's own.
  const order = [...inside].sort((q, r) => area(r.box) - area(q.box));
  const lines: ClassifiedText[] = [];
  try {
    for (const [i, l] of order.entries()) {
      if (i >= MAX_INSIDE_READS) {
        lines.push(l);
        continue;
      }
      const read = await readLine(
        a,
        l.box,
        PROMO_MIN_CONFIDENCE,
        options,
        (w) => promoWords(w.join(' ')).length > 0,
      );
      const words = read.join(' ');
      const promo = promoWords(words);
      lines.push(promo.length > 0 ? { ...l, kind: 'overlay', words, promo } : { ...l, words });
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (failsAnyway) return { lines: inside, note: ` (lines inside the product not read: ${why})` };
    throw new Error(
      `the words of ${inside.length} text line(s) inside the product could not be read to tell promotional text from branding: ${why}`,
      { cause: error },
    );
  }
  const skipped = order.length - MAX_INSIDE_READS;
  return {
    lines,
    note: skipped > 0 ? ` (${skipped} smaller line(s) inside the product not read)` : '',
  };
}

function area(b: Box): number {
  return (b.x1 - b.x0) * (b.y1 - b.y0);
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
 * threshold of their own). The first plane whose confident words `enough` accepts wins; failing
 * that, the first plane that yielded any (a plane can read confident misspellings, "EREE" for
 * "FREE", where the next reads it right).
 */
async function readLine(
  a: Analysed,
  box: Box,
  min: number,
  options: OcrOptions,
  enough: (words: string[]) => boolean = () => true,
): Promise<string[]> {
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
  let first: string[] = [];
  for (const plane of [grey, inverted(maps.dark), inverted(maps.light)]) {
    const png = await sharp(plane, { raw: { width: w, height: h, channels: 1 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const words = (await readWords(png, options, { layout: 'line' }))
      .filter((word) => word.confidence >= min && alnum(word.text) >= MIN_CHARS)
      .map((word) => word.text);
    if (words.length > 0 && enough(words)) return words;
    if (first.length === 0) first = words;
  }
  return first;
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
