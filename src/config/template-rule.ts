import type { Finding } from '../domain/findings.js';
import type { PromptTemplate, PromptVersion } from '../domain/config.js';
import type { CatalogEntry, Located } from './entities.js';
import { resolveVariable, suggestVariable, templateVariables } from './template.js';

/** Products listed per unresolved (template, variable) before the rest are summed up in one finding. */
export const UNRESOLVED_LISTED = 20;

/** What a prompt version needs from a product, classified once per version. */
export interface TemplateNeeds {
  promptId: string;
  version: PromptVersion;
  /** `id@N`, for messages. */
  ref: string;
  all: string[];
  category: boolean;
  attributes: string[];
  /** Variables no product can resolve (typos). */
  unknown: string[];
}

export function templateNeeds(promptId: string, version: PromptVersion): TemplateNeeds {
  // Text and negative are rendered apart, so braces never pair across them.
  const all = [
    ...new Set([...templateVariables(version.text), ...templateVariables(version.negative ?? '')]),
  ];
  const needs: TemplateNeeds = {
    promptId,
    version,
    ref: `${promptId}@${version.version}`,
    all,
    category: false,
    attributes: [],
    unknown: [],
  };
  for (const name of all) {
    if (name === 'name' || name === 'sku' || name === 'variant') continue;
    if (name === 'category') needs.category = true;
    else if (name.startsWith('attributes.') && name.length > 'attributes.'.length) {
      needs.attributes.push(name.slice('attributes.'.length));
    } else needs.unknown.push(name);
  }
  return needs;
}

interface Failure {
  entry: CatalogEntry;
  variant: string;
}

interface Cause {
  needs: TemplateNeeds;
  name: string;
  variants: Set<string>;
  listed: Failure[];
  more: number;
  firstMore?: CatalogEntry;
}

/**
 * The template-variable rule. A variable that resolves for no product using it is a mistake in the
 * prompt (a typo, or a field no product has): reported once at the prompt's line, with the products
 * summed up. One that resolves for some products but not others is reported at those products.
 */
export class TemplateVariableRule {
  private readonly causes = new Map<string, Cause>();
  /** Resolutions per `ref\0name`, and products that resolved every variable of a ref. */
  private readonly resolved = new Map<string, number>();
  private readonly resolvedAll = new Map<string, number>();

  constructor(private readonly prompts: Map<string, Located<PromptTemplate>>) {}

  check(entry: CatalogEntry, variant: string, needs: TemplateNeeds): void {
    const product = entry.value;
    if (
      needs.unknown.length === 0 &&
      (!needs.category || product.category !== undefined) &&
      needs.attributes.every((key) => Object.hasOwn(product.attributes, key))
    ) {
      this.resolvedAll.set(needs.ref, (this.resolvedAll.get(needs.ref) ?? 0) + 1);
      return;
    }
    for (const name of needs.all) {
      const key = `${needs.ref}\u0000${name}`;
      if (resolveVariable(name, product, variant) !== undefined) {
        this.resolved.set(key, (this.resolved.get(key) ?? 0) + 1);
        continue;
      }
      let cause = this.causes.get(key);
      if (!cause) {
        cause = { needs, name, variants: new Set(), listed: [], more: 0 };
        this.causes.set(key, cause);
      }
      cause.variants.add(variant);
      // A typo in a template used by 50,000 products must not bury every other finding.
      if (cause.listed.length < UNRESOLVED_LISTED) cause.listed.push({ entry, variant });
      else if (cause.more++ === 0) cause.firstMore = entry;
    }
  }

  findings(): Finding[] {
    const findings: Finding[] = [];
    for (const [key, cause] of this.causes) {
      const resolved = (this.resolved.get(key) ?? 0) + (this.resolvedAll.get(cause.needs.ref) ?? 0);
      if (resolved === 0) findings.push(this.atPrompt(cause));
      else findings.push(...atProducts(cause));
    }
    return findings;
  }

  private atPrompt(cause: Cause): Finding {
    const { needs, name } = cause;
    const first = cause.listed[0]!;
    const pairs = cause.listed.length + cause.more;
    const suggestion = suggestVariable(name, first.entry.value);
    const subject = pairs === 1 ? 'the product has' : 'none of them has';
    const why =
      name === 'category'
        ? `; ${subject} a category`.replace('has a', pairs === 1 ? 'has no' : 'has a')
        : name.startsWith('attributes.') && name.length > 'attributes.'.length
          ? `; ${subject} ${pairs === 1 ? 'no' : 'an'} attribute "${name.slice('attributes.'.length)}"`
          : '';
    const fix = suggestion
      ? `; did you mean {{${suggestion}}}?`
      : name === 'category' || name.startsWith('attributes.')
        ? '; fix the variable, or give the products that field'
        : '; a prompt can use {{name}}, {{sku}}, {{category}}, {{variant}} and {{attributes.<key>}}';
    const products =
      pairs === 1
        ? `product "${first.entry.value.sku}"`
        : `any of the ${pairs} products using it (first "${first.entry.value.sku}")`;
    return {
      ...this.variableAt(needs, name),
      severity: 'error',
      rule: 'template-variable',
      message: `{{${name}}} in prompt ${needs.ref} does not resolve for ${products}, through variant${cause.variants.size === 1 ? '' : 's'} ${[...cause.variants].map((v) => `"${v}"`).join(', ')}${why}${fix}`,
    };
  }

  /** Where the variable is written in the prompt file: its own column when the text shows it. */
  private variableAt(needs: TemplateNeeds, name: string): Pick<Finding, 'file' | 'line' | 'column'> {
    const located = this.prompts.get(needs.promptId)!;
    const field = templateVariables(needs.version.text).includes(name) ? 'text' : 'negative';
    const start = located.file.locate(['versions', needs.version.version, field]);
    const lines = located.file.text.split('\n');
    const pattern = new RegExp(`\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`);
    for (let i = start.line - 1; i < Math.min(lines.length, start.line + 50); i++) {
      const m = pattern.exec(lines[i]!);
      if (m && (i > start.line - 1 || m.index + 1 >= start.column)) {
        return { file: located.file.rel, line: i + 1, column: m.index + 1 };
      }
    }
    return { file: located.file.rel, ...start };
  }
}

function atProducts(cause: Cause): Finding[] {
  const { needs, name } = cause;
  const findings = cause.listed.map(({ entry, variant }) => {
    const product = entry.value;
    const suggestion = suggestVariable(name, product);
    const why =
      name === 'category'
        ? ' (the product has no category)'
        : name.startsWith('attributes.')
          ? ' (the product has no such attribute)'
          : '';
    return entry.file.finding(
      'template-variable',
      entry.path,
      `product "${product.sku}": {{${name}}} in prompt ${needs.ref} (variant "${variant}") does not resolve${why}${suggestion ? `; did you mean {{${suggestion}}}?` : ''}`,
    );
  });
  if (cause.firstMore) {
    // The summary stands at the first product left out of the listing.
    findings.push(
      cause.firstMore.file.finding(
        'template-variable',
        cause.firstMore.path,
        `{{${name}}} in prompt ${needs.ref} also does not resolve for ${cause.more} more product-variant pairs (only the first ${UNRESOLVED_LISTED} are listed); fix the template, or give those products what it needs`,
      ),
    );
  }
  return findings;
}
