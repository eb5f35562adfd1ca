import type { Config } from '../domain/config.js';
import type { Finding } from '../domain/findings.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { hashCanonical } from '../domain/canonical.js';

/** sha256 of the prompt version's template, compared with the manifest for the immutability rule. */
export function templateHash(t: { text: string; negative?: string; style?: string }): string {
  return hashCanonical({ text: t.text, negative: t.negative, style: t.style });
}

/**
 * A prompt version that made shots is frozen: the manifest records its template hash, and editing
 * the text in place would silently change what "studio-white@2" means for the shots already made.
 * One error per changed version, at the version's line.
 */
export function checkPromptImmutability(config: Config, records: Iterable<ManifestRecord>): Finding[] {
  // id@version -> template hash -> number of shots
  const used = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (!r.prompt || !r.templateHash) continue;
    let hashes = used.get(r.prompt);
    if (!hashes) used.set(r.prompt, (hashes = new Map()));
    hashes.set(r.templateHash, (hashes.get(r.templateHash) ?? 0) + 1);
  }
  const findings: Finding[] = [];
  for (const template of config.prompts.values()) {
    const latest = Math.max(...template.versions.keys());
    for (const version of template.versions.values()) {
      const id = `${template.id}@${version.version}`;
      const hashes = used.get(id);
      if (!hashes) continue;
      const current = templateHash(version);
      let changedFor = 0;
      for (const [hash, count] of hashes) if (hash !== current) changedFor += count;
      if (changedFor === 0) continue;
      findings.push({
        file: version.at.file,
        line: version.at.line,
        column: version.at.column,
        severity: 'error',
        rule: 'prompt-immutable',
        message:
          `prompt ${id} changed since it was used for ${changedFor} shot${changedFor === 1 ? '' : 's'}; ` +
          `add version ${latest + 1} instead (copy the new wording there, restore version ${version.version}, ` +
          `and point the variants at ${template.id}@${latest + 1})`,
      });
    }
  }
  return findings;
}
