import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IImage } from 'image-size/types/interface';

export type SourceCheck = { ok: true } | { ok: false; reason: string };

/** sharp refuses to decode more pixels than this by default (its limitInputPixels). */
export const MAX_SOURCE_PIXELS = 268_402_689;

/** Reads only the image header (sharp metadata), once per path. */
export class SourceImageChecker {
  private readonly cache = new Map<string, Promise<SourceCheck>>();
  private rootReal: Promise<string> | undefined;

  constructor(private readonly root: string) {}

  /** `relPath`: repository-relative, forward slashes. */
  check(relPath: string): Promise<SourceCheck> {
    let result = this.cache.get(relPath);
    if (!result) {
      const absPath = path.join(this.root, relPath);
      this.rootReal ??= realpath(this.root).catch(() => this.root);
      result = this.rootReal.then((rootReal) => inspect(absPath, rootReal));
      this.cache.set(relPath, result);
    }
    return result;
  }
}

async function inspect(absPath: string, rootReal: string): Promise<SourceCheck> {
  try {
    const s = await stat(absPath);
    if (!s.isFile()) return { ok: false, reason: 'is not a file' };
  } catch {
    return { ok: false, reason: 'does not exist' };
  }
  // A symlink must not lead out of the repository: the photo may be sent to a hosted API.
  const real = await realpath(absPath);
  if (real !== rootReal && !real.startsWith(rootReal + path.sep)) {
    return { ok: false, reason: 'is a link to a file outside the repository' };
  }
  try {
    const meta = (await headerDimensions(absPath)) ?? (await sharpDimensions(absPath));
    if (!meta.width || !meta.height) return { ok: false, reason: 'has no readable image dimensions' };
    if (meta.width * meta.height > MAX_SOURCE_PIXELS) {
      return {
        ok: false,
        reason: `is ${meta.width}x${meta.height} px, over the ${Math.floor(MAX_SOURCE_PIXELS / 1e6)} megapixel decode limit; downscale it`,
      };
    }
    return { ok: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `is not an image that can be decoded (${detail})` };
  }
}

/** Enough of a file for the size fields of JPEG (after EXIF and ICC segments), PNG, WebP, GIF, TIFF. */
const HEADER_BYTES = 512 * 1024;

type HeaderReader = (input: Uint8Array) => { width?: number; height?: number } | undefined;
let headerReader: Promise<HeaderReader> | undefined;

/**
 * image-size's readers of the five formats sharp decodes whose header it reads reliably, picked by
 * the first byte as its own detector does. Only these five are loaded: its index loads all twenty
 * formats, which cost a validate run more than the header reads themselves. A file none of them
 * claims goes to sharp.
 */
function loadHeaderReader(): Promise<HeaderReader> {
  headerReader ??= Promise.all([
    import('image-size/types/jpg'),
    import('image-size/types/png'),
    import('image-size/types/webp'),
    import('image-size/types/gif'),
    import('image-size/types/tiff'),
  ]).then(([{ JPG }, { PNG }, { WEBP }, { GIF }, { TIFF }]) => {
    const byFirstByte = new Map<number, IImage>([
      [0xff, JPG],
      [0x89, PNG],
      [0x52, WEBP],
      [0x47, GIF],
      [0x49, TIFF],
      [0x4d, TIFF],
    ]);
    return (input) => {
      const reader = input.length > 0 ? byFirstByte.get(input[0]!) : undefined;
      return reader?.validate(input) ? reader.calculate(input) : undefined;
    };
  });
  return headerReader;
}

/**
 * Width and height from the file's first bytes, without sharp: validating and planning (the
 * pull-request path of the action) never load libvips. Undefined when the header is not one of the
 * five formats or not within the first bytes.
 */
async function headerDimensions(absPath: string): Promise<{ width?: number; height?: number } | undefined> {
  const file = await open(absPath, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEADER_BYTES, 0);
    const size = (await loadHeaderReader())(buffer.subarray(0, bytesRead));
    if (!size?.width || !size.height) return undefined;
    // EXIF orientation 5-8 swaps the sides; the pixel count, which is all that is checked, does not change.
    return { width: size.width, height: size.height };
  } catch {
    return undefined;
  } finally {
    await file.close();
  }
}

async function sharpDimensions(absPath: string): Promise<{ width?: number; height?: number }> {
  // sharp is heavy to load; only photos whose header image-size cannot read pay for it.
  const { default: sharp } = await import('sharp');
  // No pixel limit for the header read: the size is checked by the caller with a clearer message.
  return sharp(absPath, { limitInputPixels: false }).metadata();
}
