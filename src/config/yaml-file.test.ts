import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, YamlFile } from './yaml-file.js';
import { scanSkuPositions } from './entities.js';

describe('firstInvalidUtf8', () => {
  it('agrees with a strict decoder on arbitrary bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const bad = firstInvalidUtf8(bytes);
        expect(bad === undefined).toBe(valid);
        // Everything before the reported offset decodes.
        if (bad !== undefined) expect(() => strict.decode(bytes.subarray(0, bad))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the offset in mixed text', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo'))).toBeUndefined();
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82, 0xac, 0x62, 0xc0, 0xaf]))).toBe(5);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a lone surrogate
  });
});

describe('YamlFile', () => {
  it('locates values and keys, exactly, in a file parsed on the fast path', () => {
    const file = YamlFile.fromText(
      'catalog/a.yaml',
      'products:\n  - sku: a-1\n    name: "first"\n  - { sku: b-2, name: second }\n',
    );
    expect(file.findings).toEqual([]);
    expect(file.locate(['products', 0, 'name'])).toEqual({ line: 3, column: 11 });
    expect(file.locate(['products', 0, 'name'], true)).toEqual({ line: 3, column: 5 });
    expect(file.locate(['products', 1, 'name'])).toEqual({ line: 4, column: 23 });
    // A missing key points at the map that lacks it.
    expect(file.locate(['products', 1, 'color'])).toEqual({ line: 4, column: 5 });
  });

  it('reads the YAML 1.2 core schema: dates and yes/no stay text', () => {
    const file = YamlFile.fromText('x.yaml', 'a: 2024-01-01\nb: yes\nc: 0o17\n');
    expect(file.data).toEqual({ a: '2024-01-01', b: 'yes', c: 15 });
  });

  it('parses small legitimate anchors and aliases', () => {
    const file = YamlFile.fromText('x.yaml', 'base: &b { color: red }\nitems: [*b, *b]\n');
    expect(file.findings).toEqual([]);
    expect(file.data).toEqual({ base: { color: 'red' }, items: [{ color: 'red' }, { color: 'red' }] });
  });

  it('treats a file of comments only as empty', () => {
    expect(YamlFile.fromText('x.yaml', '# nothing\n---\n').findings[0]).toMatchObject({
      rule: 'empty-file',
      line: 1,
      column: 1,
    });
  });

  it('calls a file empty exactly when nothing but comments, blanks and markers remain', () => {
    const exact = (text: string) =>
      !/\S/.test(
        text
          .replace(/#.*$/gm, '')
          .replace(/^---\s*$/gm, '')
          .replace(/^\.\.\.\s*$/gm, ''),
      );
    const isEmpty = (text: string) =>
      YamlFile.fromText('x.yaml', text).findings.some((f) => f.rule === 'empty-file');
    for (const text of [
      '',
      '\n\n',
      '# a\n---\n...\n',
      '--- # c\n  # d\n',
      ' ---\n',
      'a: 1 # x\n',
      '# a\rb: 1\n',
      '\t\r\n',
    ]) {
      expect(isEmpty(text), JSON.stringify(text)).toBe(exact(text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom('#', '-', '.', ' ', '\n', '\r', 'a', ':', '1')), (chars) => {
        const text = chars.join('');
        expect(isEmpty(text)).toBe(exact(text));
      }),
    );
  });
});

describe('scanSkuPositions', () => {
  const products = (...skus: string[]) =>
    skus.map((sku) => ({
      sku,
      name: '',
      attributes: {},
      variants: [],
      at: { file: 'c.yaml', line: 0, column: 0 },
    }));

  it('finds block-style skus, quoted or not, and writes them into each product', () => {
    const text = 'products:\n  - sku: a-1\n    name: x\n\n  - name: y\n    sku: "b-2"\n';
    const listed = products('a-1', 'b-2');
    expect(scanSkuPositions(text, listed)).toBe(true);
    expect(listed.map((p) => p.at)).toEqual([
      { file: 'c.yaml', line: 2, column: 5 },
      { file: 'c.yaml', line: 6, column: 5 },
    ]);
  });

  it('gives up, writing nothing (so the caller falls back), when the scan does not match the parsed products', () => {
    const flow = products('a-1');
    expect(scanSkuPositions('products: [{ sku: a-1, name: x }]\n', flow)).toBe(false);
    expect(flow[0]!.at.line).toBe(0);
    const other = products('a-1', 'a-2');
    expect(scanSkuPositions('products:\n  - sku: a-1\n  - sku: a-3\n', other)).toBe(false);
    expect(other.map((p) => p.at.line)).toEqual([0, 0]);
    expect(scanSkuPositions('products:\n  - sku: a-1\n', other)).toBe(false);
  });
});
