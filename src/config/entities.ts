import type {
  Placement,
  Product,
  PromptTemplate,
  PromptVersion,
  StudioOptions,
  Variant,
} from '../domain/config.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

/** An entity plus where it was written, so rules can point at its fields. */
export interface Located<T> {
  value: T;
  file: YamlFile;
  path: YamlPath;
}

type Raw = Record<string, unknown>;

export function isObj(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function studioOf(value: unknown): StudioOptions | undefined {
  if (!isObj(value)) return undefined;
  const s: StudioOptions = {};
  if (typeof value.background === 'string') s.background = value.background;
  if (typeof value.shadow === 'boolean') s.shadow = value.shadow;
  if (typeof value.shadowStrength === 'number') s.shadowStrength = value.shadowStrength;
  if (typeof value.fill === 'number') s.fill = value.fill;
  if (value.align === 'center' || value.align === 'bottom' || value.align === 'top') s.align = value.align;
  return s;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Placements and variants of one placements file, read leniently: the schema reports the rest. */
export function placementsOf(file: YamlFile): {
  placements: Located<Placement>[];
  variants: Located<Variant>[];
} {
  const data = isObj(file.data) ? file.data : {};
  const placements: Located<Placement>[] = [];
  const variants: Located<Variant>[] = [];
  for (const [id, raw] of Object.entries(isObj(data.placements) ? data.placements : {})) {
    if (!isObj(raw)) continue;
    const path = ['placements', id];
    const aspect = typeof raw.aspect === 'string' ? raw.aspect : '';
    const [w, h] = aspect.split(':').map(Number);
    const placement: Placement = {
      id,
      aspect,
      aspectW: w ?? NaN,
      aspectH: h ?? NaN,
      size: typeof raw.size === 'number' ? raw.size : NaN,
      format: (['webp', 'jpeg', 'png', 'avif'] as const).find((f) => f === raw.format) ?? 'webp',
      quality: typeof raw.quality === 'number' ? raw.quality : 90,
      background: typeof raw.background === 'string' ? raw.background.toUpperCase() : '#FFFFFF',
      models: strings(raw.models),
      qa: isObj(raw.qa) ? { ...raw.qa } : {},
      at: { file: file.rel, line: 0, column: 0 },
    };
    const studio = studioOf(raw.studio);
    if (studio) placement.studio = studio;
    placements.push({ value: placement, file, path });
  }
  for (const [id, raw] of Object.entries(isObj(data.variants) ? data.variants : {})) {
    if (!isObj(raw)) continue;
    const prompt = typeof raw.prompt === 'string' ? raw.prompt : '';
    const at = prompt.lastIndexOf('@');
    const variant: Variant = {
      id,
      placement: typeof raw.placement === 'string' ? raw.placement : '',
      promptId: at < 0 ? prompt : prompt.slice(0, at),
      promptVersion: at < 0 ? NaN : Number(prompt.slice(at + 1)),
      at: { file: file.rel, line: 0, column: 0 },
    };
    if (typeof raw.model === 'string') variant.model = raw.model;
    if (typeof raw.seed === 'number') variant.seed = raw.seed;
    const studio = studioOf(raw.studio);
    if (studio) variant.studio = studio;
    variants.push({ value: variant, file, path: ['variants', id] });
  }
  return { placements, variants };
}

export function promptOf(file: YamlFile): Located<PromptTemplate> | undefined {
  const data = file.data;
  if (!isObj(data) || typeof data.id !== 'string') return undefined;
  const versions = new Map<number, PromptVersion>();
  for (const [key, raw] of Object.entries(isObj(data.versions) ? data.versions : {})) {
    const version = Number(key);
    if (!Number.isInteger(version) || version < 1 || !isObj(raw) || typeof raw.text !== 'string') continue;
    const v: PromptVersion = { version, text: raw.text, at: { file: file.rel, line: 0, column: 0 } };
    if (typeof raw.negative === 'string') v.negative = raw.negative;
    if (typeof raw.style === 'string') v.style = raw.style;
    const studio = studioOf(raw.studio);
    if (studio) v.studio = studio;
    versions.set(version, v);
  }
  return {
    value: { id: data.id, versions, at: { file: file.rel, line: 0, column: 0 } },
    file,
    path: [],
  };
}

export interface CatalogEntry extends Located<Product> {
  /** The catalog file's `defaults.variants` applied (no own list). */
  fromDefaults: boolean;
  /** `source` as written, relative to the catalog file. */
  rawSource?: string;
}

/** A catalog entry whose path is built when a finding asks for it: most products never have one. */
class ListedProduct implements CatalogEntry {
  rawSource?: string;

  constructor(
    readonly value: Product,
    readonly file: YamlFile,
    private readonly index: number,
    readonly fromDefaults: boolean,
  ) {}

  get path(): YamlPath {
    return ['products', this.index];
  }
}

/** The attributes a product keeps: text, numbers and booleans (the schema reports the rest). */
function attributesOf(raw: unknown): Product['attributes'] {
  if (!isObj(raw)) return {};
  // Usually every value qualifies: the parsed map is then kept as is rather than copied.
  let all = true;
  for (const k in raw) {
    const t = typeof raw[k];
    if (t !== 'string' && t !== 'number' && t !== 'boolean') all = false;
  }
  // A "__proto__" key is dropped by the copy below (assigning it sets no own key): keep that.
  if (all && Object.getPrototypeOf(raw) === Object.prototype && !Object.hasOwn(raw, '__proto__'))
    return raw as Product['attributes'];
  const attributes: Product['attributes'] = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k] = v;
  }
  return attributes;
}

export function productsOf(file: YamlFile): { products: CatalogEntry[]; defaults: string[] | undefined } {
  const data = isObj(file.data) ? file.data : {};
  const defaults =
    isObj(data.defaults) && Array.isArray(data.defaults.variants)
      ? strings(data.defaults.variants)
      : undefined;
  const products: CatalogEntry[] = [];
  const list = Array.isArray(data.products) ? data.products : [];
  for (let i = 0; i < list.length; i++) {
    const raw: unknown = list[i];
    if (!isObj(raw) || typeof raw.sku !== 'string') continue;
    const own = Array.isArray(raw.variants) ? strings(raw.variants) : undefined;
    const product: Product = {
      sku: raw.sku,
      name: typeof raw.name === 'string' ? raw.name : '',
      attributes: attributesOf(raw.attributes),
      variants: own ?? defaults ?? [],
      at: { file: file.rel, line: 0, column: 0 },
    };
    if (typeof raw.category === 'string') product.category = raw.category;
    if (typeof raw.color === 'string') product.color = raw.color.toUpperCase();
    const entry = new ListedProduct(product, file, i, own === undefined);
    if (typeof raw.source === 'string') entry.rawSource = raw.source;
    products.push(entry);
  }
  return { products, defaults };
}

/**
 * Line and column of each product's `sku:` key, found by scanning the text: exact for block style,
 * and far cheaper than a positioned parse of a big catalog. Writes them into each product's `at`
 * and returns true; returns false, writing nothing, when the scan does not line up with the parsed
 * products (flow style, odd layouts), so the caller falls back.
 */
export function scanSkuPositions(text: string, products: readonly Product[]): boolean {
  // line, column pairs
  const found: number[] = [];
  const re = /^([ \t]*(?:-[ \t]+)?)sku:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#]+))/gm;
  let lineNo = 1;
  let lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[2] ?? m[3] ?? m[4];
    for (let nl = text.indexOf('\n', lastIndex); nl >= 0 && nl < m.index; nl = text.indexOf('\n', nl + 1))
      lineNo++;
    lastIndex = m.index;
    if (value !== products[found.length >> 1]?.sku) return false;
    found.push(lineNo, m[1]!.length + 1);
  }
  if (found.length !== products.length * 2) return false;
  for (let i = 0; i < products.length; i++) {
    const at = products[i]!.at;
    at.line = found[2 * i]!;
    at.column = found[2 * i + 1]!;
  }
  return true;
}

/** `[a, b]` for messages. */
export function listing(values: Iterable<string>): string {
  const all = [...values];
  return all.length > 0 ? all.join(', ') : '(none defined)';
}
