import type { Product } from '../domain/config.js';
import { closest } from './suggest.js';

/** Variables a prompt may use; `attributes.x` names one of the product's attributes. */
export const TEMPLATE_ROOTS = ['name', 'sku', 'category', 'variant', 'attributes'] as const;

/**
 * Anything between double braces is a variable, so validate and plan see the same variables: a
 * narrower pattern in one of them once let `{{attributes.größe}}` through to the model unrendered.
 */
const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export type TemplateProduct = Pick<Product, 'sku' | 'name' | 'category' | 'attributes'>;

/** A template split once into literal text and variable names, so 200k renders do no regex work. */
export interface CompiledTemplate {
  parts: string[];
  /** Variable names; `vars[i]` sits between `parts[i]` and `parts[i + 1]`. */
  vars: string[];
}

export function compileTemplate(text: string): CompiledTemplate {
  const parts: string[] = [];
  const vars: string[] = [];
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    parts.push(text.slice(last, m.index));
    vars.push(m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return { parts, vars };
}

/** The distinct variables a template text uses, in order of first use. */
export function templateVariables(text: string): string[] {
  return [...new Set(compileTemplate(text).vars)];
}

/**
 * The value of one variable for a product, or undefined when it does not resolve. Attributes are
 * the product's own keys only: `attributes.constructor` or `attributes.toString` must not find
 * Object.prototype's members.
 */
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
  if (!variable.startsWith('attributes.')) return undefined;
  const key = variable.slice('attributes.'.length);
  if (!Object.hasOwn(product.attributes, key)) return undefined;
  const value = product.attributes[key];
  return value === undefined ? undefined : String(value);
}

/** The rendered text, or undefined when a variable does not resolve (renderTemplate then says which). */
export function renderTemplateText(
  template: CompiledTemplate,
  product: TemplateProduct,
  variant: string,
): string | undefined {
  let text = template.parts[0]!;
  for (let i = 0; i < template.vars.length; i++) {
    const value = resolveVariable(template.vars[i]!, product, variant);
    if (value === undefined) return undefined;
    text += value + template.parts[i + 1]!;
  }
  return text;
}

/** Renders a template; returns the names that did not resolve instead of guessing a value. */
export function renderTemplate(
  template: CompiledTemplate,
  product: TemplateProduct,
  variant: string,
): { text: string; missing: string[] } {
  let text = template.parts[0]!;
  const missing: string[] = [];
  for (let i = 0; i < template.vars.length; i++) {
    const name = template.vars[i]!;
    const value = resolveVariable(name, product, variant);
    if (value === undefined) missing.push(name);
    text += (value ?? '') + template.parts[i + 1]!;
  }
  return { text, missing };
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
