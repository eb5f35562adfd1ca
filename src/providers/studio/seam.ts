/**
 * Finds the mark a rectangle cut-out leaves on a clean canvas: a straight, axis-aligned line where
 * exact background meets a band of faint, near-background colour (the old backdrop) several pixels
 * deep. A product's own outline does not look like that: it is curved or tilted, or the faint
 * feathered band along it is only a pixel or two deep before the product's real colour starts.
 */
import type { Rgb } from './colour.js';

export interface SeamImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

export interface SeamOptions {
  /** Largest per-channel difference from the background still counted as faint (old backdrop). */
  faintMax?: number;
  /** How many px deep the faint band must reach behind the step. */
  depth?: number;
  /** A straight run at least this share of the canvas side is a seam. */
  minRunShare?: number;
  /** Smallest jump (levels) off the background that counts as visible. */
  minStep?: number;
}

export interface SeamReport {
  seam: boolean;
  /** Longest straight faint step run found, px. */
  longestRun: number;
  /** The run threshold used, px. */
  minRun: number;
  /** Where the longest run is, e.g. `row 212 from x 180`. */
  where: string;
}

/** `background(y)` gives the exact background of row y (a gradient varies by row). */
export function detectSeam(
  image: SeamImage,
  background: Rgb | ((y: number) => Rgb),
  options: SeamOptions = {},
): SeamReport {
  const { data, width: w, height: h, channels: ch } = image;
  const faintMax = options.faintMax ?? 48;
  const depth = options.depth ?? 6;
  const minRunShare = options.minRunShare ?? 0.1;
  const minStep = options.minStep ?? 3;
  const bgAt = typeof background === 'function' ? background : () => background;

  // Difference from the background per pixel; 0 = exact background.
  const diff = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const bg = bgAt(y);
    for (let x = 0; x < w; x++) {
      const p = (y * w + x) * ch;
      const d = Math.max(
        Math.abs(data[p]! - bg[0]),
        Math.abs(data[p + 1]! - bg[1]),
        Math.abs(data[p + 2]! - bg[2]),
      );
      diff[y * w + x] = d;
    }
  }
  // A hard step into a faint band: the first pixel already differs about as much as the band
  // behind it. A feathered outline or a shadow's rim ramps up instead, so its first pixel is paler.
  const faintBand = (x: number, y: number, dx: number, dy: number): boolean => {
    let sum = 0;
    for (let k = 0; k < depth; k++) {
      const xx = x + dx * k;
      const yy = y + dy * k;
      if (xx < 0 || yy < 0 || xx >= w || yy >= h) return false;
      const d = diff[yy * w + xx]!;
      if (d === 0 || d > faintMax) return false;
      sum += d;
    }
    const first = diff[y * w + x]!;
    return first >= minStep && first >= (0.6 * sum) / depth;
  };

  let best = { run: 0, where: 'none' };
  const scan = (horizontal: boolean): void => {
    const lines = horizontal ? h : w;
    const along = horizontal ? w : h;
    for (let l = 1; l < lines; l++) {
      let run = 0;
      let gap = 0;
      let start = 0;
      for (let t = 0; t < along; t++) {
        const x = horizontal ? t : l;
        const y = horizontal ? l : t;
        const px = horizontal ? x : x - 1;
        const py = horizontal ? y - 1 : y;
        const before = diff[py * w + px]!;
        const after = diff[y * w + x]!;
        const dx = horizontal ? 0 : 1;
        const dy = horizontal ? 1 : 0;
        const step =
          (before === 0 && faintBand(x, y, dx, dy)) || (after === 0 && faintBand(px, py, -dx, -dy));
        if (step) {
          if (run === 0) start = t;
          run += 1 + gap;
          gap = 0;
        } else if (run > 0 && ++gap > 3) {
          run = 0;
          gap = 0;
        }
        if (run > best.run) {
          best = { run, where: horizontal ? `row ${l} from x ${start}` : `column ${l} from y ${start}` };
        }
      }
    }
  };
  scan(true);
  scan(false);
  const minRun = Math.max(24, Math.round(minRunShare * Math.min(w, h)));
  return { seam: best.run >= minRun, longestRun: best.run, minRun, where: best.where };
}
