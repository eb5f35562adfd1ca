import { stat } from 'node:fs/promises';

export type SourceCheck = { ok: true } | { ok: false; reason: string };

/** Reads only the image header (sharp metadata), once per path. */
export class SourceImageChecker {
  private readonly cache = new Map<string, Promise<SourceCheck>>();

  check(absPath: string): Promise<SourceCheck> {
    let result = this.cache.get(absPath);
    if (!result) {
      result = inspect(absPath);
      this.cache.set(absPath, result);
    }
    return result;
  }
}

async function inspect(absPath: string): Promise<SourceCheck> {
  try {
    const s = await stat(absPath);
    if (!s.isFile()) return { ok: false, reason: 'is not a file' };
  } catch {
    return { ok: false, reason: 'does not exist' };
  }
  try {
    // sharp is heavy to load; only configs with source photos pay for it.
    const { default: sharp } = await import('sharp');
    const meta = await sharp(absPath).metadata();
    if (!meta.width || !meta.height) return { ok: false, reason: 'has no readable image dimensions' };
    return { ok: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `is not an image that can be decoded (${detail})` };
  }
}
