import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's bytes when they match the expected hash, else undefined. */
export async function readVerified(file: string, expected: string): Promise<Buffer | undefined> {
  try {
    const bytes = await readFile(file);
    return sha256(bytes) === expected ? bytes : undefined;
  } catch {
    return undefined;
  }
}
