import type { ManifestRecord } from '../domain/manifest-record.js';
import { newerRecord, parseManifest, serialiseManifest, serialiseRecord } from './manifest.js';

type Records = ReadonlyMap<string, ManifestRecord>;

/**
 * Three-way merge of manifests by key, the rule a git merge driver needs:
 * - a key on both sides: the newer record (by `createdAt`, the run's time) wins, ties broken so the
 *   result does not depend on which side is "ours";
 * - a key on one side only: kept, unless the other side deleted it (it was in `base`) and this side
 *   did not change it since `base`: then the deletion (a `shotlist prune`) stands.
 * Without a base (shard manifests) it is the union, newest per key.
 */
export function mergeRecords(
  base: Records | undefined,
  ours: Records,
  theirs: Records,
): Map<string, ManifestRecord> {
  const out = new Map<string, ManifestRecord>();
  const keys = new Set([...ours.keys(), ...theirs.keys()]);
  for (const key of keys) {
    const a = ours.get(key);
    const b = theirs.get(key);
    if (a && b) {
      out.set(key, newerRecord(a, b));
      continue;
    }
    const only = (a ?? b)!;
    const before = base?.get(key);
    const deletedByOther = before !== undefined;
    if (deletedByOther && serialiseRecord(before) === serialiseRecord(only)) continue;
    out.set(key, only);
  }
  return out;
}

export interface ManifestMergeInput {
  name: string;
  text: string | Buffer;
}

export type ManifestMergeResult =
  { ok: true; text: string; records: number; warnings: string[] } | { ok: false; problems: string[] };

function parseAll(inputs: ManifestMergeInput[]): {
  maps: Map<string, ManifestRecord>[];
  warnings: string[];
  problems: string[];
} {
  const maps: Map<string, ManifestRecord>[] = [];
  const warnings: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    const read = parseManifest(input.text, input.name);
    maps.push(read.records);
    for (const c of read.corrupt) problems.push(`${input.name}:${c.line}: line ${c.message}`);
    warnings.push(
      ...read.warnings.filter((w) => !read.corrupt.some((c) => w.startsWith(`${input.name}:${c.line}:`))),
    );
  }
  return { maps, warnings, problems };
}

/**
 * The text of `shotlist merge`: a damaged line (for example git's conflict markers) stops the merge
 * rather than dropping the shots on it, which would make them look new and be paid for again.
 */
export function mergeManifestTexts(
  base: ManifestMergeInput | undefined,
  sides: ManifestMergeInput[],
): ManifestMergeResult {
  const { maps, warnings, problems } = parseAll(base ? [base, ...sides] : sides);
  if (problems.length > 0) return { ok: false, problems };
  const baseMap = base ? maps.shift() : undefined;
  let merged = new Map<string, ManifestRecord>(maps[0] ?? []);
  for (const next of maps.slice(1)) merged = mergeRecords(baseMap, merged, next);
  return { ok: true, text: serialiseManifest(merged.values()), records: merged.size, warnings };
}
