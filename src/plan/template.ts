import type { Product } from '../domain/config.js';

const VARIABLE = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

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

/** The variables a template uses, for validation and messages. */
export function templateVariables(text: string): string[] {
  return compileTemplate(text).vars;
}

export function variableValue(name: string, product: Product, variant: string): string | undefined {
  switch (name) {
    case 'name':
      return product.name;
    case 'sku':
      return product.sku;
    case 'category':
      return product.category;
    case 'variant':
      return variant;
    default: {
      if (!name.startsWith('attributes.')) return undefined;
      const attr = name.slice('attributes.'.length);
      if (!Object.hasOwn(product.attributes, attr)) return undefined;
      const v = product.attributes[attr];
      return v === undefined ? undefined : String(v);
    }
  }
}

/** Renders a template; returns the names that did not resolve instead of guessing a value. */
export function renderTemplate(
  template: CompiledTemplate,
  product: Product,
  variant: string,
): { text: string; missing: string[] } {
  let text = template.parts[0]!;
  const missing: string[] = [];
  for (let i = 0; i < template.vars.length; i++) {
    const name = template.vars[i]!;
    const value = variableValue(name, product, variant);
    if (value === undefined) missing.push(name);
    text += (value ?? '') + template.parts[i + 1]!;
  }
  return { text, missing };
}
