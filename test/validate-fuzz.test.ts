import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';

const minimal = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/valid/minimal');
const dir = mkdtempSync(path.join(tmpdir(), 'shotlist-fuzz-'));
cpSync(minimal, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = ['catalog/main.yaml', 'placements/main.yaml', 'prompts/studio-white.yaml'];
const originals = new Map(FILES.map((f) => [f, readFileSync(path.join(minimal, f))]));
const SPICE = [
  ':',
  '-',
  ' ',
  '\t',
  '\n',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '#',
  '!!',
  '@',
  '..',
  '\u00e9',
  '\xff',
];

describe('loadConfig on mangled YAML', () => {
  it('never throws, and every finding names a file and a position', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.array(
          fc.record({
            at: fc.nat(),
            cut: fc.nat({ max: 4 }),
            insert: fc.oneof(fc.constantFrom(...SPICE), fc.string({ maxLength: 3 })),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (target, edits) => {
          for (const f of FILES) writeFileSync(path.join(dir, f), originals.get(f)!);
          let bytes = Buffer.from(originals.get(target)!);
          for (const e of edits) {
            const at = e.at % (bytes.length + 1);
            const insert = e.insert === '\xff' ? Buffer.from([0xff]) : Buffer.from(e.insert);
            bytes = Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at + e.cut)]);
          }
          writeFileSync(path.join(dir, target), bytes);
          const { config, findings } = await loadConfig(dir);
          for (const f of findings) {
            expect(FILES.concat(['catalog/', 'placements/', 'prompts/'])).toContain(f.file);
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.column).toBeGreaterThanOrEqual(1);
            expect(f.message.length).toBeGreaterThan(10);
          }
          expect(config === undefined).toBe(findings.some((f) => f.severity === 'error'));
        },
      ),
      { numRuns: 150 },
    );
  });
});
