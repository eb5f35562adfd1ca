import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as generated from './validators.generated.js';

describe('precompiled schema validators', () => {
  it('are exactly what the schemas in schemas/ compile to (run npm run gen:validators after editing a schema)', async () => {
    // The generator is a plain script outside src/ (no declaration): imported by URL.
    const script = new URL('../../scripts/gen-validators.mjs', import.meta.url).href;
    const gen = (await import(script)) as {
      GENERATED_JS: string;
      GENERATED_DTS: string;
      validatorsSource: () => string;
      declarationSource: () => string;
    };
    expect(gen.validatorsSource()).toBe(readFileSync(gen.GENERATED_JS, 'utf8'));
    expect(gen.declarationSource()).toBe(readFileSync(gen.GENERATED_DTS, 'utf8'));
  });

  it('validate and report errors with their schema', () => {
    const catalog = generated.catalog;
    expect(catalog({ products: [{ sku: 'a-1', name: 'x' }] })).toBe(true);
    expect(catalog({ products: [{ sku: 'A/1', name: 'x' }] })).toBe(false);
    expect(catalog.errors?.[0]).toMatchObject({ keyword: 'pattern', instancePath: '/products/0/sku' });
    expect(
      (catalog.errors?.[0]?.parentSchema as { description?: string } | undefined)?.description,
    ).toContain('a SKU');
  });

  it('export one validator per schema kind', () => {
    expect(Object.keys(generated).sort()).toEqual(['catalog', 'placements', 'prompts', 'shotlist']);
  });
});
