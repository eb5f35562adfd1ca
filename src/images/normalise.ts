import sharp from 'sharp';
import type { ImageFormat } from '../domain/config.js';
import { digitalSourceTypeXmp, type DigitalSourceType } from './xmp.js';

/** Provider output is untrusted: these caps stop a decompression bomb or a runaway download. */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_INPUT_PIXELS = 64 * 1024 * 1024;

const ACCEPTED_INPUT = new Set(['png', 'jpeg', 'webp', 'avif', 'heif', 'gif', 'tiff']);

export interface NormaliseTarget {
  aspect: string;
  /** Long edge in px. */
  size: number;
  format: ImageFormat;
  quality: number;
  /**
   * The placement's background: behind transparent pixels when the format has no alpha (jpeg);
   * a flat colour other than white also picks the WebP settings that keep it closest.
   */
  background: string;
  sourceType: DigitalSourceType;
}

export interface NormaliseLimits {
  maxBytes?: number;
  maxPixels?: number;
}

export interface NormalisedImage {
  bytes: Buffer;
  width: number;
  height: number;
  format: ImageFormat;
  /** True when the crop was smaller than the target and had to be enlarged. */
  upscaled: boolean;
  input: { format: string; width: number; height: number };
}

/** The output was not an image we are willing to publish; never retried with the same bytes. */
export class NormaliseError extends Error {
  override name = 'NormaliseError';
}

export function targetSize(aspect: string, size: number): { width: number; height: number } {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(aspect.trim());
  const aw = m ? Number(m[1]) : NaN;
  const ah = m ? Number(m[2]) : NaN;
  if (!(aw > 0 && ah > 0)) throw new NormaliseError(`aspect "${aspect}" is not w:h, e.g. 1:1 or 4:5`);
  return aw >= ah
    ? { width: size, height: Math.max(1, Math.round((size * ah) / aw)) }
    : { width: Math.max(1, Math.round((size * aw) / ah)), height: size };
}

/** The largest region of the input with the target's aspect: what a centre crop keeps. */
function cropRegion(w: number, h: number, tw: number, th: number): { width: number; height: number } {
  return w * th >= h * tw
    ? { width: Math.round((h * tw) / th), height: h }
    : { width: w, height: Math.round((w * th) / tw) };
}

/**
 * Turns one provider output into the published image: checks it is an image within the caps, crops
 * to the exact aspect around the centre, resizes to the placement size, writes sRGB in the
 * placement's format with no incoming metadata, and embeds the IPTC DigitalSourceType in XMP.
 */
export async function normaliseImage(
  input: Buffer,
  target: NormaliseTarget,
  limits: NormaliseLimits = {},
): Promise<NormalisedImage> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const maxPixels = limits.maxPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  if (input.length === 0) throw new NormaliseError('provider returned an empty image');
  if (input.length > maxBytes) {
    throw new NormaliseError(
      `provider returned ${input.length} bytes, over the ${maxBytes}-byte cap for one image; refusing it`,
    );
  }
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: maxPixels }).metadata();
  } catch (error) {
    throw new NormaliseError(`provider output is not a readable image (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (!meta.format || !ACCEPTED_INPUT.has(meta.format) || !meta.width || !meta.height) {
    throw new NormaliseError(`provider output is not a supported image (format ${meta.format ?? 'unknown'})`);
  }
  // EXIF orientation 5..8 swaps the axes once applied.
  const swap = (meta.orientation ?? 1) >= 5;
  const inW = swap ? meta.height : meta.width;
  const inH = swap ? meta.width : meta.height;
  if (inW * inH > maxPixels) {
    throw new NormaliseError(
      `provider output is ${inW}x${inH} px, over the ${maxPixels}-pixel cap; refusing it`,
    );
  }
  const { width, height } = targetSize(target.aspect, target.size);
  const crop = cropRegion(inW, inH, width, height);
  const upscaled = crop.width < width || crop.height < height;

  let pipeline = sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
    .rotate()
    .resize({ width, height, fit: 'cover', position: 'centre' })
    .toColourspace('srgb');
  switch (target.format) {
    case 'jpeg':
      pipeline = pipeline
        .flatten({ background: target.background })
        .jpeg({ quality: target.quality, mozjpeg: false });
      break;
    case 'png':
      pipeline = pipeline.png({ compressionLevel: 6 });
      break;
    case 'avif':
      pipeline = pipeline.avif({ quality: target.quality, effort: 2 });
      break;
    case 'webp':
      // Sharp YUV conversion brings a flat brand colour closer (measured on light, pastel and
      // saturated backdrops: up to 2-3 levels off at quality 90 instead of 3, 5 instead of 7 at
      // 75). Pure white comes out the same either way (measured); its files keep their bytes.
      pipeline = pipeline.webp({
        quality: target.quality,
        effort: 2,
        ...(isPureWhite(target.background) ? {} : { smartSubsample: true }),
      });
      break;
  }
  // sharp drops incoming metadata unless asked to keep it; withXmp adds only ours.
  pipeline = pipeline.withXmp(digitalSourceTypeXmp(target.sourceType));
  let out: { data: Buffer; info: sharp.OutputInfo };
  try {
    out = await pipeline.toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new NormaliseError(`provider output could not be decoded (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (out.info.width !== width || out.info.height !== height) {
    throw new NormaliseError(
      `normalised to ${out.info.width}x${out.info.height}, expected ${width}x${height}`,
    );
  }
  return {
    bytes: out.data,
    width,
    height,
    format: target.format,
    upscaled,
    input: { format: meta.format, width: inW, height: inH },
  };
}

function isPureWhite(colour: string): boolean {
  return /^#?f{6}$/i.test(colour.trim()) || colour.trim().toLowerCase() === 'white';
}

export const EXTENSIONS: Record<ImageFormat, string> = {
  webp: 'webp',
  jpeg: 'jpg',
  png: 'png',
  avif: 'avif',
};

/** File extension of raw provider bytes, from their magic numbers. */
export function sniffExtension(bytes: Buffer): string {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp';
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') return 'avif';
  return 'bin';
}
