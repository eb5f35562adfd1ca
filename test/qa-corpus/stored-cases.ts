// Stored studio outputs labelled by eye (the labels are about these images, so they are kept in the
// repository rather than regenerated): one loader for every such folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QaInput } from '../../src/images/qa/index.js';
import type { CaseKind, CorpusCase } from './corpus.js';

export interface StoredLabel {
  file: string;
  kind: CaseKind;
}

/** test/fixtures/<folder>. */
function fixtureDir(folder: string): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', folder);
}

/**
 * The labelled files of `folder` as corpus cases (ids `<kind>-<tag>-<file stem>`), judged as a 1:1
 * 1600 px placement on white at quality 90 with the given QA settings.
 */
export async function storedCases(
  folder: string,
  labels: readonly StoredLabel[],
  tag: string,
  qa: QaInput['qa'],
): Promise<CorpusCase[]> {
  const dir = fixtureDir(folder);
  const out: CorpusCase[] = [];
  for (const { file, kind } of labels) {
    out.push({
      id: `${kind}-${tag}-${file.replace(/\.\w+$/, '')}`,
      kind,
      image: await readFile(path.join(dir, file)),
      input: { aspect: '1:1', size: 1600, background: '#FFFFFF', quality: 90, qa },
    });
  }
  return out;
}
