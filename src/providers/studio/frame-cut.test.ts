import { describe, expect, it } from 'vitest';
import { frameContact, frameCutConcern } from './frame-cut.js';

/** A 100x80 mask with the rectangle [x0, x1) x [y0, y1) set. */
function rect(x0: number, y0: number, x1: number, y1: number): Uint8Array {
  const mask = new Uint8Array(100 * 80);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) mask[y * 100 + x] = 1;
  return mask;
}

describe('frame cut', () => {
  it('measures the share of each side the product touches', () => {
    const contact = frameContact(rect(60, 20, 100, 40), 100, 80);
    expect(contact).toEqual({ top: 0, right: 0.25, bottom: 0, left: 0 });
  });

  it('names the sides a product runs off over a tenth of their length, not a thin end leaving the frame', () => {
    expect(frameCutConcern(rect(20, 20, 60, 60), 100, 80)).toBeUndefined(); // inside the frame
    expect(frameCutConcern(rect(0, 30, 50, 36), 100, 80)).toBeUndefined(); // a cable's end: 7.5% of the left side
    const concern = frameCutConcern(rect(60, 20, 100, 80), 100, 80);
    expect(concern).toMatch(/right edge \(75% of it\) and bottom edge \(40% of it\)/);
    expect(concern).toMatch(/cannot be made whole/);
  });
});
