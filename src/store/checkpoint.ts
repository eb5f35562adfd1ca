import { mkdir, open, readFile, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  mergeManifests,
  parseManifest,
  readManifest,
  serialiseRecord,
  writeManifest,
  type ReadOptions,
} from './manifest.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { syncDir } from './atomic-file.js';

/**
 * Checkpointing that survives kill -9 at any instant.
 *
 * Each finished shot is appended as one JSON line to `<manifest>.journal` and fsync'd before the
 * shot counts as done (its image file was already renamed into place). Every `foldEvery` records,
 * and at the end, the journal is folded into the manifest by an atomic rewrite (temp file, fsync,
 * rename) and then truncated. A crash between the rewrite and the truncation leaves records in both
 * places; folding merges by key (newer wins), so that is harmless. A crash mid-append leaves a
 * partial last journal line, which readers ignore: that shot was not finished.
 */
export function journalPath(manifestPath: string): string {
  return `${manifestPath}.journal`;
}

export interface JournalledManifest {
  records: Map<string, ManifestRecord>;
  warnings: string[];
  corrupt: { line: number; message: string }[];
  /** Records found in the journal (left by an interrupted run). */
  journalled: number;
}

/** Reads the manifest with any journal left by an interrupted run folded in (without writing). */
export async function readManifestWithJournal(
  manifestPath: string,
  options: ReadOptions = {},
): Promise<JournalledManifest> {
  const base = await readManifest(manifestPath, options);
  let text = '';
  try {
    text = await readFile(journalPath(manifestPath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === '') return { ...base, journalled: 0 };
  const journal = parseManifest(text, journalPath(manifestPath), options);
  return {
    records: mergeManifests(base.records, journal.records.values()),
    warnings: [...base.warnings, ...journal.warnings],
    corrupt: base.corrupt,
    journalled: journal.records.size,
  };
}

export class Checkpoint {
  private handle: FileHandle | undefined;
  private pending: { line: string; done: () => void; fail: (e: unknown) => void }[] = [];
  private flushing: Promise<void> | undefined;
  private sinceFold = 0;
  private failure: unknown;

  private constructor(
    readonly manifestPath: string,
    readonly records: Map<string, ManifestRecord>,
    private readonly foldEvery: number,
    private readonly readOnly: boolean,
  ) {}

  /** Folds a journal left by a killed run into the manifest, then opens a fresh journal. */
  static async open(
    manifestPath: string,
    options: { foldEvery?: number; readOnly?: boolean } = {},
  ): Promise<{ checkpoint: Checkpoint; read: JournalledManifest }> {
    const read = await readManifestWithJournal(manifestPath);
    const readOnly = options.readOnly ?? false;
    const cp = new Checkpoint(manifestPath, new Map(read.records), options.foldEvery ?? 100, readOnly);
    // A corrupt manifest is left untouched for a person to repair; the plan reports it.
    if (!readOnly && read.journalled > 0 && read.corrupt.length === 0) {
      await writeManifest(manifestPath, cp.records.values());
      await rm(journalPath(manifestPath), { force: true });
    }
    return { checkpoint: cp, read };
  }

  /** Resolves once the record is durable on disk. */
  async record(record: ManifestRecord): Promise<void> {
    if (this.readOnly) throw new Error('checkpoint opened read-only');
    if (this.failure) throw this.failure;
    this.records.set(record.key, record);
    await new Promise<void>((done, fail) => {
      this.pending.push({ line: serialiseRecord(record) + '\n', done, fail });
      this.flushing ??= this.flush();
    });
  }

  // Group commit: records arriving while an fsync runs share the next write and fsync.
  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          if (!this.handle) {
            const dir = path.dirname(this.manifestPath);
            await mkdir(dir, { recursive: true });
            this.handle = await open(journalPath(this.manifestPath), 'a');
            await syncDir(dir);
          }
          await this.handle.write(batch.map((b) => b.line).join(''));
          await this.handle.sync();
          this.sinceFold += batch.length;
          // Rewriting a big manifest costs its size: fold after a share of it, so the total stays linear.
          if (this.sinceFold >= Math.max(this.foldEvery, this.records.size / 4)) await this.fold();
          for (const b of batch) b.done();
        } catch (error) {
          this.failure = error;
          for (const b of [...batch, ...this.pending.splice(0)]) b.fail(error);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async fold(): Promise<void> {
    await writeManifest(this.manifestPath, this.records.values());
    if (this.handle) await this.handle.truncate(0);
    this.sinceFold = 0;
  }

  /** Waits for pending records, folds the journal into the manifest and removes it. */
  async close(): Promise<void> {
    if (this.readOnly) return;
    while (this.flushing) await this.flushing;
    if (this.failure) throw this.failure;
    await writeManifest(this.manifestPath, this.records.values());
    if (this.handle) {
      await this.handle.close();
      this.handle = undefined;
    }
    await rm(journalPath(this.manifestPath), { force: true });
  }
}
