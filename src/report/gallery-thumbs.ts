import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { ImageRef } from './gallery-model.js';

/** Long edge of a thumbnail: a cell is about 200 CSS px wide, so 2x for high-density screens. */
export const THUMB_EDGE = 400;
export const THUMB_DIR = 'thumbs';

/** Refuse decompression bombs in images read from history or disk (same cap as normalisation). */
const MAX_PIXELS = 64_000_000;

/** Relative to the page, forward slashes. Named by content: an unchanged image is never redone. */
export function thumbPath(sha256: string): string {
  return `${THUMB_DIR}/${sha256.slice(0, 24)}.webp`;
}

/** Makes one WebP thumbnail of an image's bytes. */
export async function makeThumbnail(image: Buffer): Promise<Buffer> {
  return sharp(image, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    .rotate()
    .resize(THUMB_EDGE, THUMB_EDGE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 72, effort: 2 })
    .toBuffer();
}

export interface ThumbJob {
  ref: ImageRef;
  /** Where the thumbnail goes, relative to the out folder. */
  file: string;
}

export interface ThumbResult {
  written: number;
  reused: number;
  /** Images that could not be read or decoded: `key: why`. The page shows them as missing. */
  problems: { file: string; ref: ImageRef; message: string }[];
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the thumbnails that are not there yet, `concurrency` at a time (libvips also uses its
 * own threads within each). Each is written to a temp name and renamed, so a killed build never
 * leaves a truncated thumbnail that a later build would reuse.
 */
export async function writeThumbnails(
  outDir: string,
  jobs: ThumbJob[],
  read: (ref: ImageRef) => Promise<Buffer | undefined>,
  concurrency = 4,
): Promise<ThumbResult> {
  const result: ThumbResult = { written: 0, reused: 0, problems: [] };
  await mkdir(path.join(outDir, THUMB_DIR), { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const target = path.join(outDir, job.file);
      if (await exists(target)) {
        result.reused++;
        continue;
      }
      try {
        const bytes = await read(job.ref);
        if (!bytes) throw new Error('not found');
        const thumb = await makeThumbnail(bytes);
        const temp = `${target}.${process.pid}.tmp`;
        await writeFile(temp, thumb);
        await rename(temp, target);
        result.written++;
      } catch (error) {
        result.problems.push({ file: job.file, ref: job.ref, message: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return result;
}
