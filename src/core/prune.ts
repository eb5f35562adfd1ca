import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { hasErrors, type Finding } from '../domain/findings.js';
import { resolveSpecs } from '../plan/resolve.js';
import { acquireRunLock } from '../run/lock.js';
import { Checkpoint } from '../store/checkpoint.js';
import { applyPrune, planPrune, type PrunePlan } from '../store/prune.js';

export interface PruneOptions {
  dir: string;
  /** Remove for real; otherwise only say what would go. */
  apply?: boolean;
}

export type PruneResult =
  | { kind: 'invalid'; findings: Finding[] }
  | { kind: 'locked'; heldBy: number; store: string }
  | { kind: 'pruned'; applied: boolean; plan: PrunePlan; store: string };

/**
 * Orphans out: records of shots the YAML no longer configures and files no record points at.
 * Under the generate lock, so it never races a run writing its images.
 */
export async function prune(o: PruneOptions): Promise<PruneResult> {
  const dir = path.resolve(o.dir);
  const { config, findings } = await loadConfig(dir);
  // An invalid config would make every shot look orphaned: never prune from one.
  if (!config || hasErrors(findings)) return { kind: 'invalid', findings };
  const store = config.settings.paths.store;
  const storeDir = path.join(dir, store);
  const lock = await acquireRunLock(storeDir);
  if ('heldBy' in lock) return { kind: 'locked', heldBy: lock.heldBy, store };
  try {
    const manifestPath = path.join(storeDir, 'manifest.jsonl');
    const { checkpoint, read } = await Checkpoint.open(manifestPath, o.apply ? {} : { readOnly: true });
    await checkpoint.close();
    if (read.corrupt.length > 0) {
      return {
        kind: 'invalid',
        findings: read.corrupt.map((c) => ({
          file: path.posix.join(store, 'manifest.jsonl'),
          line: c.line,
          column: 1,
          severity: 'error' as const,
          rule: 'manifest-corrupt',
          message: `line ${c.message}; repair the manifest before pruning (its shots would look orphaned)`,
        })),
      };
    }
    const configured = new Set((await resolveSpecs(config)).map((s) => s.key));
    const records = new Map(read.records);
    const plan = await planPrune(dir, store, records, configured);
    if (o.apply) await applyPrune(dir, manifestPath, records, plan);
    return { kind: 'pruned', applied: Boolean(o.apply), plan, store };
  } finally {
    await lock.release();
  }
}
