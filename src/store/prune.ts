import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { writeManifest } from './manifest.js';

export interface PrunePlan {
  /** Records of shots no longer configured (sku or variant removed from the YAML). */
  records: string[];
  /** Files under the store that no kept record points at (repository-relative, sorted). */
  files: string[];
}

/** Store entries that are not images: the manifest, its journal, the lock, reports, git's files. */
const KEEP = new Set([
  'manifest.jsonl',
  'manifest.jsonl.journal',
  '.generate.lock',
  '.gitignore',
  '.gitattributes',
]);

async function walk(dir: string, rel: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const e of entries) {
    const childRel = `${rel}/${e.name}`;
    if (e.isDirectory()) await walk(path.join(dir, e.name), childRel, out);
    else out.push(childRel);
  }
}

/**
 * What `shotlist prune` would remove: records whose shot is configured no more, and image or raw
 * files (published, kept for review, raw) that no remaining record points at. Reports are history
 * and stay.
 */
export async function planPrune(
  root: string,
  storeRel: string,
  records: ReadonlyMap<string, ManifestRecord>,
  configured: ReadonlySet<string>,
): Promise<PrunePlan> {
  const store = storeRel.replace(/\/+$/, '');
  const orphanKeys = [...records.keys()].filter((k) => !configured.has(k)).sort();
  const referenced = new Set<string>();
  for (const r of records.values()) {
    if (!configured.has(r.key)) continue;
    if (r.output?.path) referenced.add(r.output.path);
    if (r.raw?.path) referenced.add(r.raw.path);
  }
  const files: string[] = [];
  await walk(path.join(root, store), store, files);
  const orphanFiles = files
    .filter((f) => {
      const inStore = f.slice(store.length + 1);
      if (KEEP.has(inStore) || inStore.startsWith('reports/')) return false;
      // Temp files of an atomic write in progress belong to a running generate.
      if (/^\..*\.tmp$/.test(path.posix.basename(f))) return false;
      return !referenced.has(f);
    })
    .sort();
  return { records: orphanKeys, files: orphanFiles };
}

/** Removes what the plan names: the manifest is rewritten first, then the files. */
export async function applyPrune(
  root: string,
  manifestPath: string,
  records: Map<string, ManifestRecord>,
  plan: PrunePlan,
): Promise<void> {
  for (const key of plan.records) records.delete(key);
  if (plan.records.length > 0) await writeManifest(manifestPath, records.values());
  for (const f of plan.files) await rm(path.join(root, f), { force: true });
}
