import { parseHex, type Rgb } from './colour.js';

export type Align = 'center' | 'bottom' | 'top';

/** A solid colour or a vertical gradient, evaluated per row so tests can know every background pixel. */
export interface Background {
  top: Rgb;
  bottom: Rgb;
}

/** Parses `#RRGGBB` or `linear(#top,#bottom)`; throws a message saying what is accepted. */
export function parseBackground(value: string): Background {
  const solid = parseHex(value);
  if (solid) return { top: solid, bottom: solid };
  const m = /^linear\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value.trim());
  if (m) return { top: parseHex(m[1]!)!, bottom: parseHex(m[2]!)! };
  throw new Error(
    `studio background "${value}" is not a colour: expected #RRGGBB or linear(#RRGGBB,#RRGGBB), e.g. #FFFFFF or linear(#FFFFFF,#E8ECF0)`,
  );
}

/** The exact background colour of row y of a canvas `height` rows tall. */
export function backgroundAt(bg: Background, y: number, height: number): Rgb {
  if (height <= 1) return bg.top;
  const t = y / (height - 1);
  return [
    Math.round(bg.top[0] + (bg.bottom[0] - bg.top[0]) * t),
    Math.round(bg.top[1] + (bg.bottom[1] - bg.top[1]) * t),
    Math.round(bg.top[2] + (bg.bottom[2] - bg.top[2]) * t),
  ];
}

/** Canvas size: long edge = size, the other side from the aspect, rounded. */
export function canvasSize(aspect: string, size: number): { width: number; height: number } {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(aspect.trim());
  const aw = m ? Number(m[1]) : NaN;
  const ah = m ? Number(m[2]) : NaN;
  if (!(aw > 0 && ah > 0))
    throw new Error(`aspect "${aspect}" is not w:h with positive numbers, e.g. 1:1 or 4:5`);
  if (!(Number.isInteger(size) && size > 0))
    throw new Error(`size ${size} is not a positive whole number of pixels`);
  return aw >= ah
    ? { width: size, height: Math.max(1, Math.round((size * ah) / aw)) }
    : { width: Math.max(1, Math.round((size * aw) / ah)), height: size };
}
