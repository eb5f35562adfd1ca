import path from 'node:path';
import { checkPromptImmutability } from '../config/immutability.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../domain/config.js';
import { hasErrors, sortFindings, type Finding } from '../domain/findings.js';
import { readManifestWithJournal, type JournalledManifest } from '../store/checkpoint.js';

export interface ValidateOptions {
  /** Folder holding shotlist.yaml. */
  dir: string;
}

export interface ValidateResult {
  /** Set only when there is no error finding. */
  config?: Config;
  /** Every problem, sorted by file and line. */
  findings: Finding[];
}

/** What validate knows about a repository, kept for plan so that the manifest is read once. */
export interface CheckedRepo {
  /** The loaded config, also when the manifest-based rules found errors (plan still shows its plan). */
  config?: Config;
  findings: Finding[];
  /** Absolute path of the manifest. */
  manifestPath: string;
  /** Read for planning only (see readManifest's forPlanning): never write these records back. */
  manifest?: JournalledManifest;
}

/**
 * `validate`: every config rule, including those that need the manifest (a prompt version that made
 * shots is frozen). Reads only, writes nothing. Plan runs exactly these rules (through checkRepo)
 * before planning, so a config that passes here never fails plan for a config reason.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const { config, findings } = await checkRepo(options.dir);
  return hasErrors(findings) ? { findings } : { config, findings };
}

/** Loads the config, reads the manifest with its journal (read-only) and applies every config rule. */
export async function checkRepo(dir: string): Promise<CheckedRepo> {
  const root = path.resolve(dir);
  const { config, findings } = await loadConfig(root);
  const storeRel = config?.settings.paths.store ?? 'generated';
  const manifestPath = path.join(root, storeRel, 'manifest.jsonl');
  if (!config) return { findings, manifestPath };

  // A run killed before folding its journal has finished shots only there: they count as used.
  const manifest = await readManifestWithJournal(manifestPath, { forPlanning: true });
  const manifestRel = path.posix.join(storeRel, 'manifest.jsonl');
  const corrupt = manifest.corrupt.map((c): Finding => ({
    file: manifestRel,
    line: c.line,
    column: 1,
    severity: 'error',
    rule: 'manifest-corrupt',
    message:
      `manifest line ${c.message}; the shot on it would be generated again and paid for twice. ` +
      `Restore the line from git history or resolve the merge conflict, or delete the line to regenerate that shot`,
  }));
  const immutability = checkPromptImmutability(config, manifest.records.values());
  return {
    config,
    findings: sortFindings([...findings, ...corrupt, ...immutability]),
    manifestPath,
    manifest,
  };
}
