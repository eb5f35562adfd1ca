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

/**
 * `validate`: every config rule, including those that need the manifest (a prompt version that made
 * shots is frozen; a corrupt manifest line would make a shot again). Reads only, writes nothing.
 * Plan applies the same rules through the same functions (loadConfig, manifestRuleFindings), so a
 * config that passes here never fails plan for a config reason.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const root = path.resolve(options.dir);
  const { config, findings } = await loadConfig(root);
  if (!config) return { findings };
  const manifestPath = path.join(root, config.settings.paths.store, 'manifest.jsonl');
  // A run killed before folding its journal has finished shots only there: they count as used.
  const manifest = await readManifestWithJournal(manifestPath, { forPlanning: true });
  const all = sortFindings([...findings, ...manifestRuleFindings(config, manifest)]);
  return hasErrors(all) ? { findings: all } : { config, findings: all };
}

/** The config rules that need the manifest: its corrupt lines, and prompt versions edited after use. */
export function manifestRuleFindings(config: Config, manifest: JournalledManifest): Finding[] {
  const manifestRel = path.posix.join(config.settings.paths.store, 'manifest.jsonl');
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
  return [...corrupt, ...checkPromptImmutability(config, manifest.records.values())];
}
