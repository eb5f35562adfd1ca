import { ANALYSIS_EDGE, bytesOf, type Decoded } from './analyse.js';
import { backgroundWords, skipBackground, type BackgroundWords } from './background-words.js';
import { scratch } from './scratch.js';

/**
 * Max-channel difference from the background (0-255) at exact pixel values, sampled every
 * `stride` pixels (no averaging, so steps keep their height). Samples are made on demand: the seam
 * search looks only at the content's box and the bands round it. Runs of exact background are
 * skipped four pixels (three 32-bit words) at a time, which is most of a product shot's margin.
 */
export class SeamSamples {
  readonly stride: number;
  readonly width: number;
  readonly height: number;
  /** Valid in rows and columns sampled by rows() and cols(); 0 elsewhere. */
  readonly diff: Uint8Array;
  private readonly rowDone: Uint8Array;
  private readonly colDone: Uint8Array;
  private readonly rgb: Uint8Array;
  private readonly bw: BackgroundWords | undefined;
  private readonly fullWidth: number;
  private readonly br: number;
  private readonly bg: number;
  private readonly bb: number;

  constructor(a: Decoded) {
    this.rgb = bytesOf(a.rgb);
    this.fullWidth = a.width;
    [this.br, this.bg, this.bb] = a.bg;
    this.stride = Math.max(1, Math.round(Math.max(a.width, a.height) / ANALYSIS_EDGE));
    this.width = Math.ceil(a.width / this.stride);
    this.height = Math.ceil(a.height / this.stride);
    this.diff = scratch('seam-samples', 'u8', this.width * this.height).fill(0);
    this.rowDone = new Uint8Array(this.height);
    this.colDone = new Uint8Array(this.width);
    this.bw = backgroundWords(this.rgb, a.bg);
  }

  /** First pixel index in [from, to) not exactly the background, or `to`. */
  private firstOff(from: number, to: number): number {
    const { rgb, bw, br, bg, bb } = this;
    let p = from;
    while (p < to) {
      if (bw && (p & 3) === 0) {
        p = skipBackground(bw, p, to);
        if (p >= to) break;
      }
      const j = p * 3;
      if (rgb[j] !== br || rgb[j + 1] !== bg || rgb[j + 2] !== bb) return p;
      p++;
    }
    return to;
  }

  /** Last pixel index in [from, to) not exactly the background, or from - 1. */
  private lastOff(from: number, to: number): number {
    const { rgb, bw, br, bg, bb } = this;
    let p = to - 1;
    while (p >= from) {
      if (bw && ((p + 1) & 3) === 0) {
        const { words, w0, w1, w2 } = bw;
        let w = ((p - 3) * 3) >> 2;
        while (p - 3 >= from && words[w] === w0 && words[w + 1] === w1 && words[w + 2] === w2) {
          p -= 4;
          w -= 3;
        }
        if (p < from) break;
      }
      const j = p * 3;
      if (rgb[j] !== br || rgb[j + 1] !== bg || rgb[j + 2] !== bb) return p;
      p--;
    }
    return from - 1;
  }

  private at(x: number, y: number): number {
    const j = (y * this.stride * this.fullWidth + x * this.stride) * 3;
    const rgb = this.rgb;
    const dr = Math.abs(rgb[j]! - this.br);
    const dg = Math.abs(rgb[j + 1]! - this.bg);
    const db = Math.abs(rgb[j + 2]! - this.bb);
    return dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
  }

  /**
   * Samples the rectangle of columns x0..x1 and rows y0..y1 (clipped), skipping rows and columns
   * already done; returns how many samples in each row (`byRow`) or column are at least `min` (>= 1).
   */
  private sample(x0: number, x1: number, y0: number, y1: number, min: number, byRow: boolean): Uint32Array {
    const counts = new Uint32Array(Math.max(0, byRow ? y1 - y0 + 1 : x1 - x0 + 1));
    const { rgb, br, bg, bb, stride, fullWidth, diff, rowDone, colDone, width } = this;
    const xa = Math.max(0, x0);
    const xb = Math.min(width - 1, x1);
    const ya = Math.max(0, y0);
    const yb = Math.min(this.height - 1, y1);
    for (let y = ya; y <= yb; y++) {
      const o = y * width;
      const done = rowDone[y] === 1;
      const row = y * stride * fullWidth;
      // A stretch of exact background samples to 0, which diff already holds.
      const pixelEnd = Math.min(row + fullWidth, row + xb * stride + 1);
      if (!done && this.firstOff(row + xa * stride, pixelEnd) === pixelEnd) continue;
      let c = 0;
      for (let x = xa; x <= xb; x++) {
        let d: number;
        if (done || colDone[x] === 1) {
          d = diff[o + x]!;
        } else {
          const j = (row + x * stride) * 3;
          const dr = Math.abs(rgb[j]! - br);
          const dg = Math.abs(rgb[j + 1]! - bg);
          const db = Math.abs(rgb[j + 2]! - bb);
          d = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
          diff[o + x] = d;
        }
        if (d >= min) {
          if (byRow) c++;
          else counts[x - x0]!++;
        }
      }
      if (byRow) counts[y - y0] = c;
    }
    return counts;
  }

  /** Samples whole rows lo..hi; returns how many samples in each are at least `min`. */
  rows(lo: number, hi: number, min = 256): Uint32Array {
    const counts = this.sample(0, this.width - 1, lo, hi, min, true);
    this.rowDone.fill(1, Math.max(0, lo), Math.max(0, Math.min(this.height, hi + 1)));
    return counts;
  }

  /** Samples whole columns lo..hi, row by row (going down one column touches a new cache line per sample). */
  cols(lo: number, hi: number, min = 256): Uint32Array {
    const counts = this.sample(lo, hi, 0, this.height - 1, min, false);
    this.colDone.fill(1, Math.max(0, lo), Math.max(0, Math.min(this.width, hi + 1)));
    return counts;
  }

  /** The first sample of row y that is at least `min`, or -1. */
  firstHit(y: number, min: number): number {
    const row = y * this.stride * this.fullWidth;
    const p = this.firstOff(row, row + this.fullWidth);
    for (let x = Math.ceil((p - row) / this.stride); x < this.width; x++) if (this.at(x, y) >= min) return x;
    return -1;
  }

  /** The last sample of row y that is at least `min`, or -1. */
  lastHit(y: number, min: number): number {
    const row = y * this.stride * this.fullWidth;
    const p = this.lastOff(row, row + this.fullWidth);
    for (let x = Math.floor((p - row) / this.stride); x >= 0; x--) if (this.at(x, y) >= min) return x;
    return -1;
  }
}
