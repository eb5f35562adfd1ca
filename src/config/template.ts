import { closest } from './suggest.js';

/** Variables a prompt may use; `attributes.x` names one of the product's attributes. */
export const TEMPLATE_ROOTS = ['name', 'sku', 'category', 'variant', 'attributes'] as const;

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface TemplateProduct {
  sku: string;
  name: string;
  category?: string;
  attributes: Record<string, string | number | boolean>;
}

/** The distinct variables a template text uses, in order of first use. */
export function templateVariables(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(VARIABLE)) seen.add(m[1]!);
  return [...seen];
}

/** The value of one variable for a product, or undefined when it does not resolve. */
export function resolveVariable(
  variable: string,
  product: TemplateProduct,
  variant: string,
): string | undefined {
  switch (variable) {
    case 'name':
      return product.name;
    case 'sku':
      return product.sku;
    case 'variant':
      return variant;
    case 'category':
      return product.category;
  }
  if (variable.startsWith('attributes.')) {
    const value = product.attributes[variable.slice('attributes.'.length)];
    return value === undefined ? undefined : String(value);
  }
  return undefined;
}

/** A likely intended variable for one that does not resolve, e.g. `attribtes.color` -> `attributes.color`. */
export function suggestVariable(variable: string, product: TemplateProduct): string | undefined {
  const dot = variable.indexOf('.');
  const root = dot < 0 ? variable : variable.slice(0, dot);
  const rest = dot < 0 ? '' : variable.slice(dot + 1);
  const attributeKeys = Object.keys(product.attributes);
  if (root === 'attributes' || (rest && closest(root, ['attributes']) === 'attributes')) {
    const key = attributeKeys.includes(rest) ? rest : closest(rest, attributeKeys);
    return key === undefined ? undefined : `attributes.${key}`;
  }
  if (!rest) {
    const fixed = closest(root, ['name', 'sku', 'category', 'variant']);
    if (fixed !== undefined && fixed !== root) return fixed;
    // A bare attribute name: `{{color}}` meant `{{attributes.color}}`.
    if (attributeKeys.includes(root)) return `attributes.${root}`;
  }
  return undefined;
}

/** Renders a template for a product; unresolved variables are left as written (validate reports them). */
export function renderTemplate(text: string, product: TemplateProduct, variant: string): string {
  return text.replace(VARIABLE, (whole, name: string) => resolveVariable(name, product, variant) ?? whole);
}
