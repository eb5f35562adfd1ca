import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceImageChecker } from './source-image.js';

const dir = mkdtempSync(path.join(tmpdir(), 'shotlist-source-image-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real image of the given format made by sharp (libvips), as a supplier would send it. */
async function photo(name: string, format: 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'avif') {
  const image = sharp({ create: { width: 40, height: 30, channels: 3, background: '#a05020' } });
  const withExif = format === 'jpeg' ? image.withMetadata({ orientation: 6 }) : image;
  writeFileSync(path.join(dir, name), await withExif.toFormat(format).toBuffer());
}

describe('SourceImageChecker', () => {
  it('accepts real photos of every format sharp decodes, whether the header reader or sharp reads them', async () => {
    const formats = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif'] as const;
    for (const f of formats) await photo(`photo.${f}`, f);
    const checker = new SourceImageChecker(dir);
    const results = await Promise.all(formats.map((f) => checker.check(`photo.${f}`)));
    expect(results).toEqual(formats.map(() => ({ ok: true })));
  });

  it('refuses a PNG header claiming more pixels than sharp decodes, and bytes that are no image', async () => {
    // A PNG signature and IHDR chunk for 40,000 x 40,000 px: the header alone decides.
    const ihdr = Buffer.alloc(25);
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1').copy(ihdr, 0);
    ihdr.writeUInt32BE(13, 8);
    ihdr.write('IHDR', 12, 'latin1');
    ihdr.writeUInt32BE(40_000, 16);
    ihdr.writeUInt32BE(40_000, 20);
    writeFileSync(path.join(dir, 'huge.png'), ihdr);
    writeFileSync(path.join(dir, 'notes.png'), 'not an image at all\n');
    const checker = new SourceImageChecker(dir);
    const huge = await checker.check('huge.png');
    const notes = await checker.check('notes.png');
    expect(huge).toEqual({
      ok: false,
      reason: 'is 40000x40000 px, over the 268 megapixel decode limit; downscale it',
    });
    expect(notes.ok).toBe(false);
    expect(notes.ok ? '' : notes.reason).toMatch(/^is not an image that can be decoded \(/);
  });
});
