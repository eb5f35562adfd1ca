/**
 * Where the separated product runs off the photo. A product cut by the frame (the right-hand chairs
 * of a row, half out of the picture) cannot be made whole by the studio, and a refusal should say so
 * rather than only that the backdrop is hard to model.
 */

import type { Matte } from './matte.js';

/** Least share of a side the product must cover there to count as cut by the frame at that side. */
const CUT_SHARE = 0.1;

/** Share of each side's length where the product (mask = 1) touches the frame. */
export function frameContact(
  mask: Uint8Array,
  w: number,
  h: number,
): { top: number; right: number; bottom: number; left: number } {
  let top = 0;
  let bottom = 0;
  let left = 0;
  let right = 0;
  for (let x = 0; x < w; x++) {
    top += mask[x] ? 1 : 0;
    bottom += mask[(h - 1) * w + x] ? 1 : 0;
  }
  for (let y = 0; y < h; y++) {
    left += mask[y * w] ? 1 : 0;
    right += mask[y * w + w - 1] ? 1 : 0;
  }
  return { top: top / w, right: right / h, bottom: bottom / w, left: left / h };
}

/**
 * A concern naming the sides where the product runs off the frame over at least CUT_SHARE of the
 * side, or undefined. A thin part leaving the frame (a cable's end: 8% of the side in photos-2) is
 * under it; the cropped chairs' row covers 17% of the right side.
 */
export function frameCutConcern(mask: Uint8Array, w: number, h: number): string | undefined {
  const contact = frameContact(mask, w, h);
  const cut = (Object.entries(contact) as [string, number][]).filter(([, share]) => share >= CUT_SHARE);
  if (cut.length === 0) return undefined;
  const where = cut.map(([side, share]) => `${side} edge (${(share * 100).toFixed(0)}% of it)`).join(' and ');
  return `the separated product runs off the photo at the ${where}: a product cut by the frame cannot be made whole, so photograph it with a margin all round`;
}

/** Why `matte` is refused: where its product runs off the frame first (its fix differs), then its concerns. */
export function refusalReasons(matte: Matte): string[] {
  const cut = frameCutConcern(matte.mask, matte.width, matte.height);
  return cut ? [cut, ...matte.concerns] : matte.concerns;
}
