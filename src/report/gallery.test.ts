import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGallery, ForeignPageError } from './gallery.js';

describe('buildGallery', () => {
  it('never replaces an index.html it did not write; rebuilds its own', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'shotlist-gallery-out-'));
    const input = { records: new Map(), outDir: out, readImage: async () => undefined };
    await writeFile(path.join(out, 'index.html'), '<h1>my site</h1>');
    await expect(buildGallery(input)).rejects.toBeInstanceOf(ForeignPageError);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('<h1>my site</h1>');
    const fresh = await mkdtemp(path.join(os.tmpdir(), 'shotlist-gallery-out-'));
    await buildGallery({ ...input, outDir: fresh });
    const again = await buildGallery({ ...input, outDir: fresh });
    expect(await readFile(again.indexFile, 'utf8')).toContain(
      '<meta name="generator" content="shotlist gallery">',
    );
  });
});
