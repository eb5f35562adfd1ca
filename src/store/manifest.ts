import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson, compareCodeUnits } from '../domain/canonical.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { writeFileAtomic } from './atomic-file.js';

export interface ManifestProblem {
  /** 1-based line in the manifest file. */
  line: number;
  message: string;
}

export interface ManifestRead {
  records: Map<string, ManifestRecord>;
  /** Human-readable, one per problem, naming the file and line. */
  warnings: string[];
  /**
   * Lines in the middle of the file that could not be read. Unlike a trailing partial line (a run
   * killed while appending), these mean the file was damaged or badly merged; the shots on those
   * lines would look new and be paid for again, so callers should stop and ask for a fix.
   */
  corrupt: ManifestProblem[];
}

/** Field order in a manifest line: key first so `git diff` and `sort` read naturally, the rest sorted. */
export function serialiseRecord(record: ManifestRecord): string {
  const { key, ...rest } = record;
  const body = canonicalJson(rest);
  return body === '{}' ? `{"key":${JSON.stringify(key)}}` : `{"key":${JSON.stringify(key)},${body.slice(1)}`;
}

function looksLikeRecord(v: unknown): v is ManifestRecord {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return typeof r.key === 'string' && typeof r.genHash === 'string' && typeof r.specHash === 'string';
}

/**
 * The newer record wins; on equal `createdAt` the one whose serialised form sorts last wins, so
 * merging is commutative and two CI shards merge to the same bytes whichever order they arrive in.
 */
export function newerRecord(a: ManifestRecord, b: ManifestRecord): ManifestRecord {
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta > tb ? a : b;
  if (Number.isFinite(ta) !== Number.isFinite(tb)) return Number.isFinite(ta) ? a : b;
  return compareCodeUnits(serialiseRecord(a), serialiseRecord(b)) >= 0 ? a : b;
}

export interface ReadOptions {
  /**
   * Keep only what planning looks at: drop each record's output description, job id and the QA
   * detail of shots that did not fail QA (a qa-failed shot's checks decide whether it is blocked),
   * and keep of `raw` only that it exists (as RAW_KEPT: planning asks no more). Not keeping
   * 200,000 of those alive saves much of the garbage collector's work on a large manifest. Never
   * write back records read this way, nor read raw files through them: that detail is not there.
   */
  forPlanning?: boolean;
}

/** A planning view's `raw`: the record's raw output was kept, where is not read. */
export const RAW_KEPT: Readonly<{ path: string; sha256: string }> = Object.freeze({ path: '', sha256: '' });

/**
 * Values most records share (prompt, template hash, model, run, time...), one string each instead
 * of one per record: JSON.parse makes a fresh string for every occurrence, and 200,000 records'
 * worth of duplicates would otherwise stay alive for the collector to copy and mark.
 */
function stringPool(): <T extends string | undefined>(value: T) => T {
  const pool = new Map<string, string>();
  return (value) => {
    if (typeof value !== 'string') return value;
    const known = pool.get(value);
    if (known !== undefined) return known as typeof value;
    pool.set(value, value);
    return value;
  };
}

/**
 * A copy without the optional detail, built as a fresh object of one fixed shape: the parsed one
 * then dies young, which is what saves the collector's time, and every record shares one hidden
 * class. Absent optional fields are undefined members, which JSON and toEqual ignore.
 */
function planningView(r: ManifestRecord, shared: ReturnType<typeof stringPool>): ManifestRecord {
  return {
    key: r.key,
    sku: r.sku,
    variant: shared(r.variant),
    genHash: r.genHash,
    specHash: r.specHash,
    prompt: shared(r.prompt),
    templateHash: shared(r.templateHash),
    model: shared(r.model),
    provider: shared(r.provider),
    seed: r.seed,
    status: shared(r.status),
    raw: r.raw ? RAW_KEPT : undefined,
    qa: r.status === 'qa-failed' ? r.qa : undefined,
    job: r.job,
    attempts: r.attempts,
    ms: r.ms,
    costUsd: r.costUsd,
    error: r.error,
    qaHash: shared(r.qaHash),
    createdAt: shared(r.createdAt),
    runId: shared(r.runId),
  } as ManifestRecord;
}

/** Reads a manifest. A missing file is an empty manifest (the first run). */
export async function readManifest(file: string, options: ReadOptions = {}): Promise<ManifestRead> {
  let bytes: Buffer;
  try {
    // Kept as bytes (off the JS heap) and decoded line by line: a 200 MB manifest never becomes
    // one 200 MB string plus 200,000 slices of it for the collector to walk.
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { records: new Map(), warnings: [], corrupt: [] };
    throw new Error(`cannot read manifest ${file}: ${(error as Error).message}`, { cause: error });
  }
  return parseManifest(bytes, file, options);
}

/** Lines of a string or UTF-8 buffer, split on "\n" (never part of a multi-byte UTF-8 sequence). */
function* linesOf(text: string | Buffer): Generator<{ line: string; last: boolean }> {
  let start = 0;
  for (;;) {
    const end = typeof text === 'string' ? text.indexOf('\n', start) : text.indexOf(10, start);
    if (end < 0) {
      yield {
        line: typeof text === 'string' ? text.slice(start) : text.toString('utf8', start),
        last: true,
      };
      return;
    }
    yield {
      line: typeof text === 'string' ? text.slice(start, end) : text.toString('utf8', start, end),
      last: false,
    };
    start = end + 1;
  }
}

export function parseManifest(
  text: string | Buffer,
  file = 'manifest.jsonl',
  options: ReadOptions = {},
): ManifestRead {
  const records = new Map<string, ManifestRecord>();
  const warnings: string[] = [];
  const corrupt: ManifestProblem[] = [];
  const shared = stringPool();
  let i = -1;
  // A file ending in "\n" ends with an empty last line; anything else there is an unfinished append.
  for (const { line, last } of linesOf(text)) {
    i++;
    if (line.trim() === '') continue;
    let value: unknown;
    let problem: string | undefined;
    try {
      value = JSON.parse(line);
      if (!looksLikeRecord(value))
        problem = 'is JSON but not a manifest record (needs key, genHash, specHash)';
    } catch (error) {
      problem = `is not valid JSON (${(error as Error).message})`;
    }
    if (problem) {
      if (last) {
        warnings.push(
          `${file}:${i + 1}: ignored an unfinished last line (a run was probably interrupted while writing); ` +
            `the next write drops it`,
        );
      } else {
        corrupt.push({ line: i + 1, message: problem });
        warnings.push(
          `${file}:${i + 1}: line ${problem}; restore it from git history (git log -p -- ${path.basename(file)}) or delete it to regenerate that shot`,
        );
      }
      continue;
    }
    const record = options.forPlanning
      ? planningView(value as ManifestRecord, shared)
      : (value as ManifestRecord);
    const existing = records.get(record.key);
    if (existing) {
      warnings.push(`${file}:${i + 1}: key ${record.key} appears more than once; the newer record is kept`);
      records.set(record.key, newerRecord(existing, record));
    } else {
      records.set(record.key, record);
    }
  }
  return { records, warnings, corrupt };
}

/** One record per key, newer `createdAt` wins. Neither input is modified. */
export function mergeManifests(
  a: Iterable<ManifestRecord> | Map<string, ManifestRecord>,
  b: Iterable<ManifestRecord> | Map<string, ManifestRecord>,
): Map<string, ManifestRecord> {
  const out = new Map<string, ManifestRecord>();
  for (const source of [a, b]) {
    const values = source instanceof Map ? source.values() : source;
    for (const record of values) {
      const existing = out.get(record.key);
      out.set(record.key, existing ? newerRecord(existing, record) : record);
    }
  }
  return out;
}

export function serialiseManifest(records: Iterable<ManifestRecord>): string {
  const byKey = new Map<string, ManifestRecord>();
  for (const r of records) {
    const existing = byKey.get(r.key);
    byKey.set(r.key, existing ? newerRecord(existing, r) : r);
  }
  const keys = [...byKey.keys()].sort(compareCodeUnits);
  let out = '';
  for (const k of keys) out += serialiseRecord(byKey.get(k)!) + '\n';
  return out;
}

/**
 * Writes the manifest sorted by key, atomically: a temp file in the same folder, fsync, rename,
 * then fsync of the folder so the rename itself survives a power cut. Readers see the old or the
 * new file, never a mix.
 */
export async function writeManifest(file: string, records: Iterable<ManifestRecord>): Promise<void> {
  await writeFileAtomic(file, serialiseManifest(records));
}
