import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../types.js';
import { decodeBase64, readJson, type JsonReader } from './check.js';

/** Every value of a reader as plain JSON, lifted strings read back as strings. */
function plain(r: JsonReader): unknown {
  const v = r.value;
  if (Array.isArray(v)) return r.items().map(plain);
  if (r.isObject()) return Object.fromEntries(Object.keys(v as object).map((k) => [k, plain(r.get(k))]));
  if (v !== null && typeof v === 'object') return r.string();
  return v;
}

describe('readJson of an answer held as bytes', () => {
  const image = randomBytes(300_000);
  const b64 = image.toString('base64');

  it('decodes a long base64 field from the bytes, equal to JSON.parse and Buffer.from', () => {
    const answer = { data: [{ b64_json: b64, revised_prompt: 'a "quoted" prompt' }], usage: { n: 1 } };
    const r = readJson('Api', Buffer.from(JSON.stringify(answer)));
    const field = r.get('data').items()[0]!.get('b64_json');
    expect(field.base64().equals(image)).toBe(true);
    expect(field.string()).toBe(b64);
    // Lifted: held as the answer's bytes, not a JS string.
    expect(typeof field.value).toBe('object');
    expect(field.isObject()).toBe(false);
    expect(field.has('x')).toBe(false);
    expect(plain(r)).toEqual(answer);
  });

  it('reads a long data URI without making it a string, and keeps escaped long strings intact', () => {
    const uri = `data:image/png;base64,${b64}`;
    const escaped = `${'x'.repeat(40_000)}"\\/${'y'.repeat(40_000)}`;
    const answer = { output: [uri, 'https://cdn.example.com/a.png'], note: escaped, after: 'é' };
    const r = readJson('Api', Buffer.from(JSON.stringify(answer).replaceAll('/', '\\/')));
    const [first, second] = r.get('output').items();
    expect(first!.dataUri()!.equals(image)).toBe(true);
    expect(second!.dataUri()).toBeUndefined();
    expect(second!.string()).toBe('https://cdn.example.com/a.png');
    expect(r.get('note').string()).toBe(escaped);
    expect(r.get('after').string()).toBe('é');
  });

  it('parses any JSON the same as JSON.parse, with long strings anywhere', () => {
    const long = fc.string({ minLength: 16_400, maxLength: 17_000, unit: 'grapheme' });
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        long,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = JSON.stringify(v);
        expect(plain(readJson('Api', Buffer.from(text)))).toEqual(JSON.parse(text));
      }),
      { numRuns: 60 },
    );
  });

  it('decodes base64 in pieces like Buffer.from, also unpadded, wrapped or with stray spaces', () => {
    for (const n of [0, 1, 2, 3, 65_535, 65_536, 200_001]) {
      const bytes = randomBytes(n);
      const b64 = bytes.toString('base64');
      expect(decodeBase64(Buffer.from(b64)).equals(bytes)).toBe(true);
      expect(decodeBase64(Buffer.from(b64.replace(/=+$/, ''))).equals(bytes)).toBe(true);
      const wrapped = b64.replace(/(.{76})/g, '$1\n').replace(/^(.{5})/, '$1 ');
      expect(decodeBase64(Buffer.from(wrapped)).equals(bytes)).toBe(true);
    }
  });

  it('calls a body that is not JSON bad-output, naming the API', () => {
    const e = (() => {
      try {
        readJson('Api', Buffer.from(`{"data":"${b64}`));
      } catch (error) {
        return error;
      }
    })() as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.kind).toBe('bad-output');
    expect(e.message).toMatch(/^Api answered something that is not JSON/);
  });
});
