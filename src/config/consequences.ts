import { hasErrors, sortFindings, type Finding } from '../domain/findings.js';
import { isObj } from './entities.js';
import type { FileKind } from './schema-check.js';
import type { YamlFile } from './yaml-file.js';

export interface BrokenFile {
  kind: FileKind;
  file: YamlFile;
}

/** A file whose content could not be used at all: unparseable, empty, or not a map at the top. */
export function isBroken(file: YamlFile): boolean {
  return hasErrors(file.findings) || !isObj(file.data);
}

/**
 * Findings that may only follow from a file not loading: what that file would have defined looks
 * unknown everywhere else. Settings that do not load leave the default folders in place.
 */
const CONSEQUENCES: Record<FileKind, readonly string[]> = {
  shotlist: ['missing-folder'],
  placements: ['unknown-variant', 'unknown-placement'],
  prompts: ['unknown-prompt', 'unknown-prompt-version'],
  catalog: [],
};

/**
 * Drops the findings that only follow from broken files, so the cause is not buried under its
 * consequences, and says once, at the end and pointing at the first broken file, how many were
 * left out. Returns the findings sorted.
 */
export function withoutConsequences(findings: Finding[], broken: BrokenFile[]): Finding[] {
  if (broken.length === 0) return sortFindings(findings);
  const rules = new Set(broken.flatMap((b) => CONSEQUENCES[b.kind]));
  const kept = findings.filter((f) => !rules.has(f.rule));
  const dropped = findings.length - kept.length;
  if (dropped === 0) return sortFindings(findings);
  const causes = broken.filter((b) => CONSEQUENCES[b.kind].length > 0).map((b) => b.file);
  const first = causes[0]!;
  const at = first.findings.find((f) => f.severity === 'error') ?? { line: 1, column: 1 };
  const names = causes.map((f) => f.rel).join(', ');
  return [
    ...sortFindings(kept),
    {
      file: first.rel,
      line: at.line,
      column: at.column,
      severity: 'warning',
      rule: 'consequences-hidden',
      message:
        `${dropped} more finding${dropped === 1 ? '' : 's'} (unknown variants, placements, prompts or folders) not shown: ` +
        `they may only follow from ${names} not loading; fix ${causes.length === 1 ? 'it' : 'them'} and run validate again`,
    },
  ];
}
