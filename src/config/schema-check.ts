import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Finding } from '../domain/findings.js';
import { didYouMean } from './suggest.js';
import * as generated from './validators.generated.js';
import type { SchemaKind } from './validators.generated.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

/** The kinds of YAML file, one schema each. */
export type FileKind = SchemaKind;

// Precompiled from schemas/ by scripts/gen-validators.mjs; CI checks they are current.
const VALIDATORS: Record<FileKind, ValidateFunction> = generated;

/** Checks a parsed file against its schema; returns findings with exact positions. */
export function schemaFindings(file: YamlFile, kind: FileKind): Finding[] {
  const validate = VALIDATORS[kind];
  if (validate(file.data)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const f = toFinding(file, kind, error);
    if (!f) continue;
    const id = `${f.line}:${f.column}:${f.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(f);
  }
  return findings;
}

function pathOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `placements.pdp.size`, `products[3].sku`: how a user would name the place. */
export function describePath(path: YamlPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number' || /^\d+$/.test(String(seg))) out += `[${seg}]`;
    else out += out ? `.${seg}` : String(seg);
  }
  return out || 'the file';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string')
    return `the text "${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a map (key: value lines)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function toFinding(file: YamlFile, kind: FileKind, e: ErrorObject): Finding | undefined {
  const path = pathOf(e.instancePath);
  const where = describePath(path);
  const schema = (e.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  const hint = schema.description ? ` (expected ${schema.description})` : '';
  const make = (message: string, at: YamlPath = path, key = false): Finding =>
    file.finding('schema', at, message, { key });

  switch (e.keyword) {
    case 'propertyNames':
    case 'if':
      return undefined; // the specific error about the same key is reported instead
    case 'additionalProperties': {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const allowed = known.length > 0 ? `; allowed keys: ${known.join(', ')}` : '';
      const suggestion = didYouMean(name, known);
      return make(`unknown key "${name}" in ${where}${suggestion || allowed}`, [...path, name], true);
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return make(`${where} is missing the required key "${missing}"`);
    }
    case 'type': {
      const expected = String((e.params as { type: string | string[] }).type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      if (path.length === 0) {
        return make(
          `expected the file to be a map of keys (like "${topKey(kind)}:"), found ${describeValue(e.data)}`,
        );
      }
      return make(`${where}: expected ${expected}, found ${describeValue(e.data)}`);
    }
    case 'pattern': {
      if (e.propertyName !== undefined) {
        const key = e.propertyName;
        return make(
          `"${key}" in ${where} is not ${schema.description ?? `matching ${e.schema as string}`}`,
          [...path, key],
          true,
        );
      }
      return make(
        `${where}: ${describeValue(e.data)} is not ${schema.description ?? `matching ${e.schema as string}`}`,
      );
    }
    case 'enum': {
      const allowed = (e.schema as unknown[]).map(String);
      if (e.propertyName !== undefined) {
        return make(
          `unknown key "${e.propertyName}" in ${where}${didYouMean(e.propertyName, allowed) || `; allowed: ${allowed.join(', ')}`}`,
          [...path, e.propertyName],
          true,
        );
      }
      return make(
        `${where}: expected one of ${allowed.join(', ')}, found ${describeValue(e.data)}${didYouMean(String(e.data), allowed)}`,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      return make(`${where}: expected a value ${comparison} ${limit}, found ${String(e.data)}${hint}`);
    }
    case 'minItems':
      if (kind === 'catalog' && where === 'products') {
        return make(
          'the catalog has no products; add at least one product under "products:" or delete the file',
        );
      }
      return make(`${where}: expected at least ${(e.params as { limit: number }).limit} item(s), found none`);
    case 'maxItems':
      return make(`${where}: expected at most ${(e.params as { limit: number }).limit} items`);
    case 'minLength':
      return make(`${where}: must not be empty`);
    case 'maxLength':
      return make(`${where}: longer than ${(e.params as { limit: number }).limit} characters`);
    case 'minProperties':
      return make(`${where}: must not be empty`);
    case 'not':
      return make(`${where}: ${schema.description ?? 'has a combination of keys that is not allowed'}`);
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      return make(`${where}: items ${j + 1} and ${i + 1} are the same; list each once`, [...path, i]);
    }
    default:
      return make(`${where}: ${e.message ?? e.keyword}`);
  }
}

function topKey(kind: FileKind): string {
  return { shotlist: 'paths', catalog: 'products', placements: 'placements', prompts: 'id' }[kind];
}
