import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes a file so a reader sees the old or the whole new content, never a part: temp, fsync, rename. */
export async function writeFileAtomic(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(tmp, file);
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
