import { describe, expect, it } from 'vitest';
import { productsOf } from './entities.js';
import { YamlFile } from './yaml-file.js';

const catalog = (body: string) => YamlFile.fromText('catalog/c.yaml', `products:\n${body}`);

describe('productsOf', () => {
  it('keeps text, number and boolean attributes and drops the rest', () => {
    const { products } = productsOf(
      catalog(
        '  - { sku: a, name: x, attributes: { color: red, size: 42, eco: true } }\n' +
          '  - { sku: b, name: y, attributes: { color: red, sizes: [1, 2], note: null, dims: { w: 1 } } }\n',
      ),
    );
    expect(products.map((p) => p.value.attributes)).toEqual([
      { color: 'red', size: 42, eco: true },
      { color: 'red' },
    ]);
  });

  it('never gives a product an own "__proto__" attribute', () => {
    const { products } = productsOf(
      catalog('  - { sku: a, name: x, attributes: { __proto__: x, color: red } }\n'),
    );
    const attributes = products[0]!.value.attributes;
    expect(Object.hasOwn(attributes, '__proto__')).toBe(false);
    expect(attributes).toEqual({ color: 'red' });
  });

  it('names each product by its place in the file, for findings', () => {
    const { products } = productsOf(catalog('  - { sku: a, name: x }\n  - 7\n  - { sku: c, name: z }\n'));
    expect(products.map((p) => [p.value.sku, p.path])).toEqual([
      ['a', ['products', 0]],
      ['c', ['products', 2]],
    ]);
    expect(products.map((p) => p.fromDefaults)).toEqual([true, true]);
  });
});
