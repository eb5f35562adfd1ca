import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findIndentProblem, findUnclosedFlow } from './yaml-indent.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('findIndentProblem', () => {
  it('names an over-indented key at its own line, with the indent of the key above', () => {
    const text = 'placements:\n  pdp:\n    aspect: "1:1"\n     size: 1024\n    format: webp\n';
    expect(findIndentProblem(text)).toEqual({
      line: 4,
      column: 6,
      message:
        'line 4 is indented 5 spaces, more than "aspect" on line 3 (4 spaces), which already has a value; indent it 4 spaces to put it beside "aspect"',
    });
  });

  it('names an under-indented key that matches no level, with both levels around it', () => {
    const text = 'placements:\n  pdp:\n    aspect: "1:1"\n   size: 1024\n';
    expect(findIndentProblem(text)?.message).toBe(
      'line 4 is indented 3 spaces, which matches no level around it: the entries above are at 4 spaces ("aspect", line 3) or 2 spaces ("pdp", line 2); indent it 4 spaces to continue that map',
    );
  });

  it('says nothing about valid files: the repository example, block scalars, lists, multi-line flow', () => {
    for (const folder of ['catalog', 'placements', 'prompts']) {
      for (const rel of readdirSync(path.join(repoRoot, folder), { recursive: true }).map(String)) {
        if (!rel.endsWith('.yaml')) continue;
        const text = readFileSync(path.join(repoRoot, folder, rel), 'utf8');
        expect([rel, findIndentProblem(text), findUnclosedFlow(text)]).toEqual([rel, undefined, undefined]);
      }
    }
    const valid =
      'id: p\nversions:\n  1:\n    text: |\n      a photo of {{name}}\n        on white\n    negative: >-\n      text\n' +
      'products:\n- sku: a\n  name: b\n  attributes: {\n    color: red }\n  variants:\n    - pdp\n    - banner\n';
    expect(findIndentProblem(valid)).toBeUndefined();
    expect(findUnclosedFlow(valid)).toBeUndefined();
  });
});

describe('findUnclosedFlow', () => {
  it('names the line whose bracket is never closed', () => {
    const text = 'products:\n  - sku: a\n    variants: [pdp, banner\n  - sku: b\n';
    expect(findUnclosedFlow(text)).toEqual({
      line: 3,
      column: 15,
      message: 'the "[" on line 3 is never closed; end the line with "]"',
    });
  });
});
