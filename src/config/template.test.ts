import { describe, expect, it } from 'vitest';
import {
  compileTemplate,
  renderTemplate,
  renderTemplateText,
  resolveVariable,
  suggestVariable,
  templateVariables,
} from './template.js';

const shoe = { sku: 'shoe-1', name: 'black shoe', attributes: { color: 'black', size: 42 } };

describe('prompt templates', () => {
  it('lists variables once, spaces inside braces allowed', () => {
    expect(templateVariables('{{name}} and {{ attributes.color }}, again {{name}}')).toEqual([
      'name',
      'attributes.color',
    ]);
  });

  it('resolves the five kinds of variables', () => {
    expect(resolveVariable('name', shoe, 'pdp')).toBe('black shoe');
    expect(resolveVariable('sku', shoe, 'pdp')).toBe('shoe-1');
    expect(resolveVariable('variant', shoe, 'pdp')).toBe('pdp');
    expect(resolveVariable('category', shoe, 'pdp')).toBeUndefined();
    expect(resolveVariable('attributes.size', shoe, 'pdp')).toBe('42');
    expect(resolveVariable('attributes.material', shoe, 'pdp')).toBeUndefined();
  });

  it('suggests the intended variable for typos', () => {
    expect(suggestVariable('attribtes.color', shoe)).toBe('attributes.color');
    expect(suggestVariable('attributes.colour', shoe)).toBe('attributes.color');
    expect(suggestVariable('nmae', shoe)).toBe('name');
    expect(suggestVariable('color', shoe)).toBe('attributes.color');
    expect(suggestVariable('attributes.material', shoe)).toBeUndefined();
  });

  it("finds Object.prototype members nowhere: attributes are the product's own keys", () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(resolveVariable(`attributes.${key}`, shoe, 'pdp')).toBeUndefined();
    }
    expect(resolveVariable('attributes.toString', { ...shoe, attributes: { toString: 'own' } }, 'pdp')).toBe(
      'own',
    );
  });

  it('treats anything between double braces as a variable (non-ASCII and spaced attribute names too)', () => {
    const product = { ...shoe, attributes: { größe: 'L', 'my color': 'red' } };
    const rendered = renderTemplate(
      compileTemplate('{{attributes.größe}} / {{ attributes.my color }}'),
      product,
      'pdp',
    );
    expect(rendered).toEqual({ text: 'L / red', missing: [] });
    expect(templateVariables('{{ foo bar }} {{}}')).toEqual(['foo bar', '']);
  });

  it('renders, listing unresolved variables instead of guessing', () => {
    expect(
      renderTemplate(
        compileTemplate('a {{attributes.color}} {{name}} for {{variant}} {{category}}'),
        shoe,
        'pdp',
      ),
    ).toEqual({ text: 'a black black shoe for pdp ', missing: ['category'] });
  });

  it('renders text alone as renderTemplate does, or undefined when any variable is missing', () => {
    const full = compileTemplate('{{ sku }}: a {{attributes.size}} {{name}} for {{variant}}');
    expect(renderTemplateText(full, shoe, 'pdp')).toBe(renderTemplate(full, shoe, 'pdp').text);
    expect(renderTemplateText(full, shoe, 'pdp')).toBe('shoe-1: a 42 black shoe for pdp');
    expect(renderTemplateText(compileTemplate('no variables'), shoe, 'pdp')).toBe('no variables');
    expect(renderTemplateText(compileTemplate('{{name}} {{category}}'), shoe, 'pdp')).toBeUndefined();
  });
});
