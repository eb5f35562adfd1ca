import type { Rgb } from './colour.js';

/** How the image's pixels were stored, read from its first bytes. */
export type Codec = 'png' | 'jpeg' | 'webp' | 'webp-lossless' | 'avif' | 'other';

/** The codec of encoded image bytes (magic numbers; WebP's first chunk tells lossy from lossless). */
export function codecOf(bytes: Uint8Array): Codec {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 16 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
    return webpIsLossless(b) ? 'webp-lossless' : 'webp';
  }
  if (
    b.length >= 12 &&
    b.toString('latin1', 4, 8) === 'ftyp' &&
    /^avi[fs]$/.test(b.toString('latin1', 8, 12))
  )
    return 'avif';
  return 'other';
}

/** A VP8L chunk holds the image (directly, or after VP8X and metadata chunks): lossless. */
function webpIsLossless(b: Buffer): boolean {
  let at = 12;
  while (at + 8 <= b.length) {
    const tag = b.toString('latin1', at, at + 4);
    if (tag === 'VP8L') return true;
    if (tag === 'VP8 ') return false;
    at += 8 + b.readUInt32LE(at + 4) + (b.readUInt32LE(at + 4) & 1);
  }
  return false;
}

/**
 * Largest channel difference from a flat backdrop colour that each lossy codec leaves at a given
 * quality and up, as shotlist encodes it (src/images/normalise.ts), measured over light, pastel,
 * saturated and dark backdrops round a product photo (background-tolerance.test.ts measures it
 * again on every run and fails if the codec drifts further, or if a band is looser than needed).
 */
export const BACKDROP_DRIFT: Record<'jpeg' | 'webp' | 'avif', { fromQuality: number; levels: number }[]> = {
  jpeg: [
    { fromQuality: 80, levels: 1 },
    { fromQuality: 40, levels: 3 },
    { fromQuality: 1, levels: 5 },
  ],
  webp: [
    { fromQuality: 90, levels: 3 },
    { fromQuality: 75, levels: 5 },
    { fromQuality: 40, levels: 7 },
    { fromQuality: 1, levels: 9 },
  ],
  avif: [
    { fromQuality: 45, levels: 1 },
    { fromQuality: 30, levels: 2 },
    { fromQuality: 1, levels: 4 },
  ],
};

/** Levels allowed on top of the measured drift, so a backdrop on the limit is not a coin toss. */
export const DRIFT_MARGIN = 1;

export interface BackgroundTolerance {
  /** Largest channel difference from the placement's background that still counts as background. */
  levels: number;
  /** Why: for the check's message and the README. */
  basis: string;
}

const WHITE = (c: Rgb) => c[0] === 255 && c[1] === 255 && c[2] === 255;

/**
 * How far a border pixel may be from the placement's background and still be that background.
 * Pure white stays exact, as marketplaces ask (decoders clamp at 255, so lossy codecs keep it, but
 * for a few pixels of low-quality WebP); a lossless image must match exactly too. Other colours are allowed the drift the
 * image's codec leaves at the placement's quality (or at its lowest band when the quality is not
 * known) plus DRIFT_MARGIN.
 */
export function backgroundTolerance(bytes: Uint8Array, bg: Rgb, quality?: number): BackgroundTolerance {
  const codec = codecOf(bytes);
  if (WHITE(bg)) return { levels: 0, basis: 'pure white is exact in every format' };
  if (codec !== 'jpeg' && codec !== 'webp' && codec !== 'avif') {
    return { levels: 0, basis: `${codec === 'other' ? 'this format' : codec} keeps a flat colour exactly` };
  }
  const bands = BACKDROP_DRIFT[codec];
  const q = quality ?? 1;
  const band = bands.find((b) => q >= b.fromQuality) ?? bands[bands.length - 1]!;
  const at = quality === undefined ? 'at an unknown quality' : `at quality ${quality}`;
  return {
    levels: band.levels + DRIFT_MARGIN,
    basis: `lossy ${codec} ${at} moves a flat colour by up to ${band.levels} level${band.levels === 1 ? '' : 's'}`,
  };
}

/** The README's table of tolerances: one row per codec and quality band. */
export function backdropDriftTable(): string {
  const rows: string[] = [];
  for (const [codec, bands] of Object.entries(BACKDROP_DRIFT)) {
    bands.forEach((band, i) => {
      const upTo = i === 0 ? 100 : bands[i - 1]!.fromQuality - 1;
      rows.push(
        `| ${codec} | ${band.fromQuality}-${upTo} | ${band.levels} | ${band.levels + DRIFT_MARGIN} |`,
      );
    });
  }
  return [
    '| format | quality | measured drift of a flat colour (levels) | tolerance (levels) |',
    '|---|---|---|---|',
    '| any | any, background #FFFFFF | 0 | 0 (exact) |',
    '| png, lossless webp | any | 0 | 0 (exact) |',
    ...rows,
  ].join('\n');
}
