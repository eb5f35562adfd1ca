import type { Rgb } from './colour.js';

/**
 * Four pixels of 3 bytes are three 32-bit words: where an RGB buffer's bytes line up with words,
 * runs of exact background can be compared a group of four pixels at a time. Most of a product
 * shot is exact background, so the QA passes that scan it skip most of their reads this way.
 */
export interface BackgroundWords {
  words: Uint32Array;
  /** The three words four background pixels make, in this machine's byte order. */
  w0: number;
  w1: number;
  w2: number;
}

/** Undefined when the buffer does not start on a word boundary. */
export function backgroundWords(rgb: Uint8Array, bg: Rgb | readonly number[]): BackgroundWords | undefined {
  if (rgb.byteOffset % 4 !== 0) return undefined;
  const four = new Uint8Array(12);
  for (let k = 0; k < 12; k += 3) four.set(bg.slice(0, 3), k);
  const [w0, w1, w2] = new Uint32Array(four.buffer);
  return { words: new Uint32Array(rgb.buffer, rgb.byteOffset, rgb.length >> 2), w0: w0!, w1: w1!, w2: w2! };
}

/**
 * From pixel `p` (a multiple of four), past every whole group of four exact-background pixels that
 * ends by pixel `to`: the first pixel that may differ, or where the groups ran out.
 */
export function skipBackground({ words, w0, w1, w2 }: BackgroundWords, p: number, to: number): number {
  let w = (p * 3) >> 2;
  while (p + 4 <= to && words[w] === w0 && words[w + 1] === w1 && words[w + 2] === w2) {
    p += 4;
    w += 3;
  }
  return p;
}
