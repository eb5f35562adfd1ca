import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import PQueue from 'p-queue';

/**
 * Hashes supplier photos, each file once however many shots use it, with a bounded number of open
 * files so a catalog of 50,000 photos does not exhaust file descriptors.
 */
export class SourceHasher {
  private readonly cache = new Map<string, Promise<string>>();
  private readonly queue: PQueue;

  constructor(
    private readonly root: string,
    concurrency = 16,
  ) {
    this.queue = new PQueue({ concurrency });
  }

  /** `relPath` is repository-relative with forward slashes; `where` names the YAML line for errors. */
  hash(relPath: string, where: string): Promise<string> {
    let p = this.cache.get(relPath);
    if (!p) {
      p = this.queue.add(() => hashFile(path.resolve(this.root, relPath), relPath, where));
      this.cache.set(relPath, p);
    }
    return p;
  }
}

function hashFile(abs: string, relPath: string, where: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(abs)
      .on('data', (chunk) => h.update(chunk))
      .on('error', (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            `${where}: source photo ${relPath} cannot be read (${error.code ?? error.message}); ` +
              `expected a file relative to the catalog file; fix the path or add the photo`,
            { cause: error },
          ),
        ),
      )
      .on('end', () => resolve(h.digest('hex')));
  });
}
