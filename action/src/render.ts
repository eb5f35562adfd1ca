/** Findings as annotations on YAML lines, and a job summary that always fits GitHub's limit. */
import * as core from '@actions/core';
import path from 'node:path';
import type { Finding } from '../../src/domain/findings.js';
import { cell } from '../../src/report/plan-markdown.js';

/** GitHub keeps 10 annotations of each type per step and drops the rest silently. */
export const ANNOTATIONS_PER_TYPE = 10;
/** GitHub refuses a step summary over 1 MiB outright; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 64 * 1024;

export interface AnnotationCount {
  shown: number;
  total: number;
}

/** Repository-relative path of a finding (findings are relative to the folder holding shotlist.yaml). */
export function findingPath(f: Finding, workspace: string, dir: string): string {
  const rel = path.relative(workspace, path.join(dir, f.file));
  return rel.split(path.sep).join('/');
}

/** Annotates the first findings of each severity on their lines; returns how many were shown. */
export function annotate(findings: readonly Finding[], workspace: string, dir: string): AnnotationCount {
  const used = { error: 0, warning: 0 };
  for (const f of findings) {
    if (used[f.severity] >= ANNOTATIONS_PER_TYPE) continue;
    used[f.severity]++;
    const props: core.AnnotationProperties = {
      file: findingPath(f, workspace, dir),
      title: `shotlist ${f.rule}`,
    };
    if (f.line > 0) props.startLine = f.line;
    if (f.column > 0) props.startColumn = f.column;
    if (f.severity === 'error') core.error(f.message, props);
    else core.warning(f.message, props);
  }
  return { shown: used.error + used.warning, total: findings.length };
}

/** Every finding as a table, for the summary (annotations beyond the caps are only here). */
export function findingsTable(
  findings: readonly Finding[],
  workspace: string,
  dir: string,
  shown: number,
): string {
  if (findings.length === 0) return '';
  let out = `#### ${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  if (shown < findings.length)
    out += ` (${shown} shown as annotations, GitHub keeps ${ANNOTATIONS_PER_TYPE} per type per step)`;
  out += '\n\n| file | line | severity | rule | message |\n|---|---:|---|---|---|\n';
  for (const f of findings) {
    out += `| \`${cell(findingPath(f, workspace, dir))}\` | ${f.line || ''} | ${f.severity} | ${cell(f.rule)} | ${cell(f.message)} |\n`;
  }
  return out + '\n';
}

/** Cuts text at a line boundary so it is at most `limit` bytes of UTF-8, saying so at the end. */
export function capBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const note =
    '\n\n…(cut to stay under GitHub’s 1 MiB job summary limit; the full data is in the `report` output file)\n';
  let cut = Buffer.from(text)
    .subarray(0, limit - Buffer.byteLength(note))
    .toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return cut + note;
}

export async function writeSummary(sections: readonly string[]): Promise<void> {
  const text = capBytes(sections.filter(Boolean).join('\n'), SUMMARY_LIMIT_BYTES);
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(text);
    return;
  }
  await core.summary.addRaw(text, true).write();
}
