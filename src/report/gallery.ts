import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATOR, renderGalleryHtml } from './gallery-html.js';
import {
  buildGalleryModel,
  type GalleryImage,
  type GalleryModel,
  type ImageRef,
  type ModelInput,
} from './gallery-model.js';
import { thumbPath, writeThumbnails, type ThumbJob, type ThumbResult } from './gallery-thumbs.js';

export interface GalleryBuildInput extends ModelInput {
  outDir: string;
  /** Bytes of an image of the repository, now (`file`) or at the base (`base-file`). */
  readImage: (ref: ImageRef) => Promise<Buffer | undefined>;
  /** A link from the page to the full image, when the page can reach it (a file beside it, a URL). */
  linkFor?: (ref: ImageRef) => string | undefined;
  concurrency?: number;
}

export interface GalleryBuildResult {
  indexFile: string;
  model: GalleryModel;
  thumbs: ThumbResult;
}

function imagesOf(model: GalleryModel): GalleryImage[] {
  const out: GalleryImage[] = [];
  for (const s of model.shots) {
    if (s.image) out.push(s.image);
    if (s.before) out.push(s.before);
  }
  return out;
}

/** Points each image at its thumbnail (or store URL) and lists the thumbnails to make, once each. */
function planThumbnails(model: GalleryModel, linkFor: GalleryBuildInput['linkFor']): ThumbJob[] {
  const jobs = new Map<string, ThumbJob>();
  for (const image of imagesOf(model)) {
    const ref = image.ref;
    const href = linkFor?.(ref);
    if (href) image.href = href;
    if (ref.kind === 'url') {
      image.src = ref.url;
      image.href = ref.url;
      continue;
    }
    image.src = thumbPath(ref.sha256);
    if (!jobs.has(image.src)) jobs.set(image.src, { ref, file: image.src });
  }
  return [...jobs.values()];
}

/** Thrown when the out folder holds an index.html that a gallery build did not write. */
export class ForeignPageError extends Error {
  override name = 'ForeignPageError';
}

async function refuseForeignPage(indexFile: string): Promise<void> {
  const text = await readFile(indexFile, 'utf8').catch(() => undefined);
  if (text !== undefined && !text.includes(`<meta name="generator" content="${GENERATOR}">`)) {
    throw new ForeignPageError(
      `${indexFile} exists and was not written by shotlist gallery; give --out a new folder (or the one an earlier gallery used)`,
    );
  }
}

/**
 * Builds the review page into `outDir`: thumbnails under thumbs/ (content-addressed, kept between
 * builds) and index.html with everything else inlined. Images that cannot be read are shown as
 * missing and listed in the result; they do not stop the build.
 */
export async function buildGallery(input: GalleryBuildInput): Promise<GalleryBuildResult> {
  const indexFile = path.join(input.outDir, 'index.html');
  await refuseForeignPage(indexFile);
  const model = buildGalleryModel(input);
  const jobs = planThumbnails(model, input.linkFor);
  await mkdir(input.outDir, { recursive: true });
  const thumbs = await writeThumbnails(input.outDir, jobs, input.readImage, input.concurrency);
  const broken = new Set(thumbs.problems.map((p) => p.file));
  for (const image of imagesOf(model)) if (image.src && broken.has(image.src)) delete image.src;
  const temp = `${indexFile}.${process.pid}.tmp`;
  await writeFile(temp, renderGalleryHtml(model));
  await rename(temp, indexFile);
  return { indexFile, model, thumbs };
}
