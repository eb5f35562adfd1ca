import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { hasErrors, type Finding } from '../domain/findings.js';
import { resolveSpecs } from '../plan/resolve.js';
import { acquireRunLock } from '../run/lock.js';
import { Checkpoint } from '../store/checkpoint.js';
import { applyPrune, planPrune, type PrunePlan } from '../store/prune.js';
import type { Config } from '../domain/config.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { targetBranch } from '../store/deliver.js';
import { gitRunner, type GitRunner } from '../store/git-exec.js';
import { resolveIdentity } from '../store/git-identity.js';
import { isWorkTree } from '../store/git-store.js';
import { applyRawPrune, planRawPrune } from '../store/raw-prune.js';
import { fetchReviewTip } from '../store/review-delivery.js';
import { manifestRecordsAt } from '../store/review-split.js';
import type { S3Orphans } from '../store/s3-prune.js';
import type { Host } from './host.js';

export interface PruneOptions {
  dir: string;
  /** Remove for real; otherwise only say what would go. */
  apply?: boolean;
}

export type PruneResult =
  | { kind: 'invalid'; findings: Finding[] }
  | { kind: 'locked'; heldBy: number; store: string }
  | ({ kind: 'pruned'; applied: boolean; plan: PrunePlan; store: string } & Elsewhere);

/** What prune found (and with --apply removed) outside the work tree. */
export interface Elsewhere {
  /** Storage kind s3: objects under the prefix no record points at. */
  s3?: S3Orphans;
  /** Raw outputs on refs/shotlist/raw no record points at. */
  raw?: { files: string[]; kept: number };
  warnings: string[];
}

/**
 * Orphans out: records of shots the YAML no longer configures and files no record points at.
 * Under the generate lock, so it never races a run writing its images.
 */
export async function prune(o: PruneOptions, host: Host = { env: {} }): Promise<PruneResult> {
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
    const kept = [...records.values()].filter((r) => configured.has(r.key));
    const elsewhere = await pruneElsewhere({ dir, config, kept, apply: Boolean(o.apply), host });
    return { kind: 'pruned', applied: Boolean(o.apply), plan, store, ...elsewhere };
  } finally {
    await lock.release();
  }
}

interface ElsewhereInput {
  dir: string;
  config: Config;
  /** The records that stay. */
  kept: ManifestRecord[];
  apply: boolean;
  host: Host;
}

/**
 * The bucket and the raw ref. Records still waiting on the pull-request branch count as kept: their
 * objects and raw outputs are in use as soon as that pull request is merged.
 */
async function pruneElsewhere(input: ElsewhereInput): Promise<Elsewhere> {
  const { config, host } = input;
  const g = config.settings.git;
  const git = gitRunner(input.dir, host.env);
  const repo = await isWorkTree(git);
  const remote = repo && g.delivery !== 'commit' ? g.remote : undefined;
  const warnings: string[] = [];
  const records = [...input.kept, ...(remote ? await waitingRecords(git, config, host) : [])];
  const out: Elsewhere = { warnings };
  const storage = config.settings.storage;
  if (storage.kind === 's3') {
    const { s3Client } = await import('../store/s3-store.js');
    const { planS3Prune, applyS3Prune } = await import('../store/s3-prune.js');
    const client = s3Client(storage, host.env);
    const urls = new Set(records.flatMap((r) => (r.output?.url ? [r.output.url] : [])));
    out.s3 = await planS3Prune(client, storage, urls);
    if (input.apply) await applyS3Prune(client, storage.bucket, out.s3.keys);
    if (out.s3.young)
      warnings.push(
        `${out.s3.young} unreferenced objects are less than an hour old and were left alone (a run elsewhere may be about to record them)`,
      );
  }
  if (repo && g.raw === 'ref') {
    const paths = new Set(records.flatMap((r) => (r.raw?.path ? [r.raw.path] : [])));
    const raw = await planRawPrune(git, remote, paths);
    out.raw = { files: raw.files, kept: raw.kept.length };
    if (input.apply && raw.files.length)
      await applyRawPrune(git, remote, raw, await resolveIdentity(git, host.env, g.author));
  }
  return out;
}

/** Records on the remote's pull-request branch (shots waiting for review or for the merge). */
async function waitingRecords(git: GitRunner, config: Config, host: Host) {
  const g = config.settings.git;
  try {
    const base = await targetBranch(git, g.branch, host.env);
    const tip = await fetchReviewTip(git, g.remote, g.pullRequestBranch.replaceAll('{base}', base));
    if (!tip) return [];
    return [...(await manifestRecordsAt(git, tip, `${config.settings.paths.store}/manifest.jsonl`)).values()];
  } catch (error) {
    // Without them an object in use by an open pull request could look orphaned: stop instead.
    throw new Error(
      `could not read the pull-request branch's manifest (${(error as Error).message}); prune needs it to know which images are still in use`,
      { cause: error },
    );
  }
}
