import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isMap, parseDocument } from 'yaml';
import { loadConfig } from '../config/load.js';
import { formatFinding, hasErrors, type Finding } from '../domain/findings.js';
import { OptionsError } from './errors.js';
import { planTry, type TrySelection } from './try.js';

export interface PickOptions extends TrySelection {
  /** 1-based candidate number from the contact sheet. */
  pick: number;
}

export type PickResult =
  | { kind: 'invalid'; findings: Finding[] }
  | {
      kind: 'picked';
      /** Repository-relative file that was edited. */
      file: string;
      variant: string;
      /** What was written, e.g. `seed: 123`. */
      changes: string[];
      /** SKUs whose shot of this variant changes with it (the variant is shared). */
      products: string[];
    };

/**
 * The file with only the variant's entry rewritten: a one-line flow map (the usual way to write a
 * variant) is replaced where it stands, so the rest of the file keeps its exact bytes. Other layouts
 * fall back to re-serialising the whole document.
 */
function editedText(source: string, doc: Document, at: string[]): string {
  const node = doc.getIn(at, true);
  if (isMap(node) && node.flow && node.range) {
    const alone = new Document(node).toString({ lineWidth: 0 }).replace(/\n$/, '');
    if (!alone.includes('\n')) return source.slice(0, node.range[0]) + alone + source.slice(node.range[1]);
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * Freezes candidate N of `try`: writes its seed (or, for the studio, its framing) and the tried
 * prompt version into the variant, editing the YAML in place so comments and layout survive. The
 * configuration is loaded again afterwards; if it no longer validates the edit is undone.
 */
export async function pickCandidate(o: PickOptions): Promise<PickResult> {
  const { findings, plan } = await planTry(o);
  if (!plan) return { kind: 'invalid', findings };
  if (!Number.isInteger(o.pick) || o.pick < 1 || o.pick > plan.count)
    throw new OptionsError(
      `--pick ${o.pick}: expected a candidate number from 1 to ${plan.count} (as on the contact sheet)`,
    );
  const dir = path.resolve(o.dir);
  const file = plan.variant.at.file;
  const abs = path.join(dir, file);
  const before = await readFile(abs, 'utf8');
  const doc = parseDocument(before);
  const at = ['variants', plan.variant.id];
  const changes: string[] = [];
  const set = (key: string[], value: string | number, label: string) => {
    doc.setIn([...at, ...key], value);
    changes.push(label);
  };
  const prompt = `${plan.promptId}@${plan.version}`;
  if (doc.getIn([...at, 'prompt']) !== prompt) set(['prompt'], prompt, `prompt: ${prompt}`);
  if (o.model && doc.getIn([...at, 'model']) !== o.model) set(['model'], o.model, `model: ${o.model}`);
  const i = o.pick - 1;
  if (plan.fills) set(['studio', 'fill'], plan.fills[i]!, `studio.fill: ${plan.fills[i]}`);
  else set(['seed'], plan.seeds[i]!, `seed: ${plan.seeds[i]}`);
  const temp = `${abs}.${process.pid}.tmp`;
  await writeFile(temp, editedText(before, doc, at));
  await rename(temp, abs);
  const after = await loadConfig(dir);
  if (!after.config || hasErrors(after.findings)) {
    await writeFile(abs, before);
    const why = after.findings.filter((f) => f.severity === 'error').map(formatFinding);
    throw new Error(`--pick: the edited ${file} did not validate, so it was restored:\n${why.join('\n')}`);
  }
  const products = after.config.products
    .filter((p) => p.variants.includes(plan.variant.id))
    .map((p) => p.sku);
  return { kind: 'picked', file, variant: plan.variant.id, changes, products };
}
