import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, validatorsSource } from './validators-source.js';
import * as generated from './validators.generated.js';

describe('precompiled schema validators', () => {
  it('are exactly what the schemas in schemas/ compile to (run npm run gen:validators after editing a schema)', async () => {
    expect(await validatorsSource()).toBe(readFileSync(GENERATED_FILE, 'utf8'));
  });

  it('validate and report errors with their schema', () => {
    const catalog = generated.catalog as unknown as ((data: unknown) => boolean) & {
      errors?: { keyword: string; instancePath: string; parentSchema?: { description?: string } }[];
    };
    expect(catalog({ products: [{ sku: 'a-1', name: 'x' }] })).toBe(true);
    expect(catalog({ products: [{ sku: 'A/1', name: 'x' }] })).toBe(false);
    expect(catalog.errors?.[0]).toMatchObject({ keyword: 'pattern', instancePath: '/products/0/sku' });
    expect(catalog.errors?.[0]?.parentSchema?.description).toContain('a SKU');
  });
});
