export type Severity = 'error' | 'warning';

/** One problem found in the user's configuration, pointing at the exact place to fix it. */
export interface Finding {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based; a finding about the file as a whole points at its first line. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  message: string;
  /** Stable machine-readable id of the rule that produced it, e.g. `schema`, `duplicate-sku`. */
  rule: string;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message),
  );
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`;
}
