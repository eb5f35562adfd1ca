import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../domain/canonical.js';
import { digestLines, WorkerDigester, type DigestTarget } from './shot-digests.js';

// JSON text as gen inputs are: escaped quotes and backslashes, raw non-ASCII and U+2028, no line feed.
const inputs = [
  '{"prompt":"a"}',
  JSON.stringify({ prompt: 'quote " backslash \\ newline \n é 日本 \u2028 😀' }),
  '{}',
];
const heads = [
  '{"background":"#FFFFFF","format":"webp","genHash":',
  '{"background":"é","format":"png","genHash":',
];
const tails = [',"quality":90,"size":2048}', ',"quality":null,"size":800}'];

/** What each shot's digests must be, computed one by one. */
function expected(i: number, part: number): DigestTarget {
  const g = sha256Hex(inputs[i % inputs.length]!);
  return { genHash: g, specHash: sha256Hex(`${heads[part]}"${g}"${tails[part]}`) };
}

describe('shot digests', () => {
  it('digests each line and its head + quoted genHash + tail, in line', () => {
    const out = digestLines(inputs.join('\n'), [0, 1, 1], heads, tails);
    expect(out).toBe(
      [expected(0, 0), expected(1, 1), expected(2, 1)].map((d) => d.genHash + d.specHash).join(''),
    );
  });

  it('fills the same digests from a worker thread, over several chunks', async () => {
    const digester = new WorkerDigester();
    expect([digester.addPart(heads[0]!, tails[0]!), digester.addPart(heads[1]!, tails[1]!)]).toEqual([0, 1]);
    // 10,000 shots: three messages of up to 4,096 shots each.
    const targets = Array.from({ length: 10_000 }, (): DigestTarget => ({ genHash: '', specHash: '' }));
    targets.forEach((t, i) => digester.add(t, inputs[i % inputs.length]!, i % 2));
    await digester.finish();
    expect(targets).toEqual(targets.map((_, i) => expected(i, i % 2)));
  });
});
