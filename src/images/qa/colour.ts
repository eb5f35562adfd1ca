/** Colour parsing and sRGB -> CIE Lab (D65), for the declared-colour check. */

export type Rgb = [number, number, number];
export type Lab = [number, number, number];

const HEX = /^#?([0-9a-f]{6})$/i;

/** Parses `#RRGGBB` (or `white`/`black`); undefined when it is not a solid colour. */
export function parseHexColour(text: string | undefined): Rgb | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'white') return [255, 255, 255];
  if (t === 'black') return [0, 0, 0];
  const m = HEX.exec(t);
  if (!m?.[1]) return undefined;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return (
    '#' +
    [r, g, b]
      .map((v) => Math.round(v).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase()
  );
}

function linear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function labF(t: number): number {
  return t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116;
}

export function rgbToLab([r, g, b]: Rgb): Lab {
  const R = linear(r);
  const G = linear(g);
  const B = linear(b);
  // sRGB to XYZ (D65), normalised by the D65 white point.
  const x = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
  const y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
  const z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
  const fx = labF(x);
  const fy = labF(y);
  const fz = labF(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
