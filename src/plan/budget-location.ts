import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Node } from 'yaml';
import type { SourceRef } from '../domain/config.js';

/** Where `budget.maxImages` and `budget.maxUsd` are written in shotlist.yaml, for over-budget messages. */
export async function locateBudget(
  root: string,
  file = 'shotlist.yaml',
): Promise<{ file: string; maxImages?: SourceRef; maxUsd?: SourceRef; budget?: SourceRef }> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch {
    return { file };
  }
  // The full YAML parser is loaded only for an over-budget message, never on the plain plan path.
  const { LineCounter, parseDocument, isMap, isScalar } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const ref = (node: Node | null | undefined): SourceRef | undefined => {
    if (!node?.range) return undefined;
    const pos = lineCounter.linePos(node.range[0]);
    return { file, line: pos.line, column: pos.col };
  };
  const out: { file: string; maxImages?: SourceRef; maxUsd?: SourceRef; budget?: SourceRef } = { file };
  const root_ = doc.contents;
  if (!isMap(root_)) return out;
  const budgetPair = root_.items.find((p) => isScalar(p.key) && p.key.value === 'budget');
  if (!budgetPair) return out;
  out.budget = ref(budgetPair.key as Node);
  if (isMap(budgetPair.value)) {
    for (const pair of budgetPair.value.items) {
      if (!isScalar(pair.key)) continue;
      if (pair.key.value === 'maxImages') out.maxImages = ref(pair.value as Node);
      if (pair.key.value === 'maxUsd') out.maxUsd = ref(pair.value as Node);
    }
  }
  return out;
}
