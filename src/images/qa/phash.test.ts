import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hammingDistance, phashOf } from './phash.js';

// Asymmetric scenes: in a symmetric one half the DCT terms are ~0 and their bits are noise.
async function scene(shift: number, shape: 'mug' | 'bars', format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const body =
    shape === 'mug'
      ? `<rect x="${120 + shift}" y="140" width="220" height="260" rx="20" fill="#333"/><circle cx="${370 + shift}" cy="250" r="55" fill="none" stroke="#333" stroke-width="22"/><rect x="${150 + shift}" y="180" width="60" height="60" fill="#ddd"/>`
      : `<rect x="60" y="60" width="100" height="400" fill="#333"/><rect x="300" y="200" width="150" height="250" fill="#888"/>`;
  const img = sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" fill="white"/>${body}</svg>`,
    ),
  );
  return format === 'png' ? img.png().toBuffer() : img.jpeg({ quality: 70 }).toBuffer();
}

describe('pHash', () => {
  it('is 16 hex digits, stable under re-encoding and small shifts, far apart for different pictures', async () => {
    const a = await phashOf(await scene(0, 'mug'));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(a, await phashOf(await scene(0, 'mug', 'jpeg')))).toBeLessThanOrEqual(2);
    expect(hammingDistance(a, await phashOf(await scene(6, 'mug')))).toBeLessThanOrEqual(6);
    expect(hammingDistance(a, await phashOf(await scene(0, 'bars')))).toBeGreaterThan(16);
  });

  it('counts differing bits and rejects malformed hashes', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('0f00000000000001', '0000000000000000')).toBe(5);
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(/16 hex digits/);
  });
});
