import sharp from 'sharp';
import type { QaCheckResult } from '../../domain/manifest-record.js';
import type { Analysed } from './analyse.js';
import { readWords, type Box, type OcrOptions, type OcrWord } from './ocr.js';
import type { QaProfile } from './profiles.js';
import { judged } from './result.js';
import { strokeMaps } from './text-strokes.js';

/** A word counts when it has this many letters or digits: OCR reads noise as 1-2 character words. */
const MIN_CHARS = 3;
/** Top-hat element on the analysis plane: wider than the strokes of overlay lettering there (4-9 px). */
const STROKE_ELEMENT = 11;
/** Top-hat values are small next to 255; stretched so tesseract's threshold falls between letter and noise. */
const STROKE_GAIN = 3;
/**
 * On a re-read line, a word this long counts at any confidence: texture and edges read as short
 * fragments and punctuation, a row of letters as a long word even when the font (outlined, bold,
 * touching letters) keeps tesseract's confidence low.
 */
const LONG_WORD = 8;
/** Candidate lines re-read at full resolution, at most: each costs a few small reads. */
const MAX_CANDIDATES = 6;
/** Letter height a candidate line is scaled to for the re-read (tesseract reads 20-40 px caps best). */
const LINE_PX = 48;

/**
 * Text or watermark where the placement forbids it, in two stages.
 * 1. Whole-image reads of the analysis plane: its greyscale (text on the backdrop) and its two
 *    top-hat stroke maps (letters straddling product and backdrop, where no one threshold fits,
 *    and faint watermarks, which a global threshold set by a dark product washes out).
 * 2. Lines those reads found but could not read with confidence are cropped from the full-size
 *    image and re-read as single lines: small text gets its pixels back and a threshold of its own.
 */
export async function checkText(
  a: Analysed,
  p: QaProfile,
  options: OcrOptions = {},
): Promise<QaCheckResult | undefined> {
  if (!p.noText || p.severity.text === 'off') return undefined;
  const min = p.thresholds.minTextConfidence;
  const { width, height } = a.small;
  const grey = greyOf(a.small.rgb, width, height);
  const maps = strokeMaps(grey, width, height, STROKE_ELEMENT);
  const planeWords: OcrWord[] = [];
  for (const plane of [grey, inverted(maps.dark), inverted(maps.light)]) {
    planeWords.push(...(await readWords(await pngOf(plane, width, height), options)));
  }
  // A marginal word on the plane (texture can reach the threshold) must be confirmed by the
  // full-resolution re-read of its line; a clear one stands.
  const sure = (min + 100) / 2;
  const found = planeWords.filter((w) => counts(w, sure)).map((w) => w.text);
  if (found.length === 0) {
    for (const box of candidateLines(planeWords, sure, width, height)) {
      found.push(...(await rereadLine(a, box, a.width / width, min, options)));
      if (found.length > 0) break;
    }
  }
  const unique = found.filter((t, i) => found.indexOf(t) === i);
  return judged(
    'text',
    unique.length === 0,
    p.severity.text,
    unique.join(' '),
    `no words of ${MIN_CHARS}+ characters at confidence >= ${sure} on the whole image, nor on a full-size re-read of a line at >= ${min} (or ${LONG_WORD}+ characters)`,
    unique.length === 0
      ? 'no text found'
      : `text found where the placement forbids it: "${unique.join(' ')}"`,
  );
}

function counts(w: OcrWord, min: number): boolean {
  return w.confidence >= min && alnum(w.text) >= MIN_CHARS;
}

function alnum(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

function greyOf(rgb: Buffer, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) {
    out[i] = Math.round(0.2126 * rgb[j]! + 0.7152 * rgb[j + 1]! + 0.0722 * rgb[j + 2]!);
  }
  return out;
}

/** A stroke map as dark letters on white, the way tesseract reads best. */
function inverted(map: Uint8Array): Uint8Array {
  const out = new Uint8Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = 255 - clamp(map[i]! * STROKE_GAIN);
  return out;
}

function pngOf(grey: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(grey, { raw: { width, height, channels: 1 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/**
 * Lines the plane reads located but did not read with confidence: word-like (3+ letters or
 * digits on the line), letter-sized, wider than tall. Overlapping lines from different reads merge;
 * the widest come first.
 */
function candidateLines(words: OcrWord[], min: number, width: number, height: number): Candidate[] {
  const lines = new Map<string, Candidate & { chars: number }>();
  for (const w of words) {
    if (counts(w, min)) continue;
    const key = `${w.line.x0},${w.line.y0},${w.line.x1},${w.line.y1}`;
    const entry = lines.get(key) ?? { box: w.line, letter: 0, chars: 0 };
    entry.chars += alnum(w.text);
    entry.letter = Math.max(entry.letter, w.box.y1 - w.box.y0);
    lines.set(key, entry);
  }
  const found: Candidate[] = [];
  for (const { box, letter, chars } of lines.values()) {
    const h = box.y1 - box.y0;
    const w = box.x1 - box.x0;
    if (chars < MIN_CHARS || letter < 6 || h > height / 6 || w < 1.5 * h) continue;
    const same = found.find((c) => overlaps(c.box, box));
    if (same) {
      same.box = union(same.box, box);
      same.letter = Math.max(same.letter, letter);
    } else found.push({ box: { ...box }, letter });
  }
  return found
    .map((c) => ({ ...c, box: clip(c.box, width, height) }))
    .sort((p, q) => q.box.x1 - q.box.x0 - (p.box.x1 - p.box.x0))
    .slice(0, MAX_CANDIDATES);
}

interface Candidate {
  box: Box;
  /** Tallest word box on the line, px: the letter size, which the line box (often taller) is not. */
  letter: number;
}

function overlaps(p: Box, q: Box): boolean {
  const dy = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
  const gap = Math.max(p.x0, q.x0) - Math.min(p.x1, q.x1);
  return dy > 0.5 * Math.min(p.y1 - p.y0, q.y1 - q.y0) && gap < Math.max(p.y1 - p.y0, q.y1 - q.y0);
}

function union(p: Box, q: Box): Box {
  return {
    x0: Math.min(p.x0, q.x0),
    y0: Math.min(p.y0, q.y0),
    x1: Math.max(p.x1, q.x1),
    y1: Math.max(p.y1, q.y1),
  };
}

function clip(b: Box, width: number, height: number): Box {
  return {
    x0: Math.max(0, b.x0),
    y0: Math.max(0, b.y0),
    x1: Math.min(width, b.x1),
    y1: Math.min(height, b.y1),
  };
}

/**
 * One candidate line cropped from the full-size image (padded: the plane reads often box only
 * part of a line), scaled to LINE_PX letters and read as a line from its greyscale and both
 * stroke maps.
 */
async function rereadLine(
  a: Analysed,
  { box, letter }: Candidate,
  scale: number,
  min: number,
  options: OcrOptions,
): Promise<string[]> {
  const h = box.y1 - box.y0;
  const left = Math.max(0, Math.floor((box.x0 - h) * scale));
  const top = Math.max(0, Math.floor((box.y0 - 0.5 * h) * scale));
  const right = Math.min(a.width, Math.ceil((box.x1 + h) * scale));
  const bottom = Math.min(a.height, Math.ceil((box.y1 + 0.5 * h) * scale));
  const zoom = LINE_PX / (letter * scale);
  const cw = Math.max(1, Math.round((right - left) * zoom));
  const ch = Math.max(1, Math.round((bottom - top) * zoom));
  const { data } = await sharp(a.rgb, { raw: { width: a.width, height: a.height, channels: 3 } })
    .extract({ left, top, width: right - left, height: bottom - top })
    .resize(cw, ch, { kernel: 'linear' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey = new Uint8Array(data.buffer, data.byteOffset, cw * ch);
  // Bold strokes of LINE_PX-high letters are about a fifth of that wide, outlined ones wider:
  // the element spans half a letter so the whole outlined stroke stays in the top-hat.
  const maps = strokeMaps(grey, cw, ch, 2 * Math.round(LINE_PX / 4) + 1);
  for (const plane of [grey, inverted(maps.dark), inverted(maps.light)]) {
    const words = await readWords(await pngOf(plane, cw, ch), options, { layout: 'line' });
    const found = words.filter((w) => counts(w, min) || alnum(w.text) >= LONG_WORD).map((w) => w.text);
    if (found.length > 0) return found;
  }
  return [];
}
