import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

export const SCHEMA_KINDS = ['shotlist', 'catalog', 'placements', 'prompts'] as const;
export type FileKind = (typeof SCHEMA_KINDS)[number];

/** The published schemas in `schemas/`; src/config and dist/config are both two levels down. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Where the precompiled validators live in the source tree. */
export const GENERATED_FILE = fileURLToPath(
  new URL('../../src/config/validators.generated.ts', import.meta.url),
);

export const AJV_OPTIONS: Options = {
  allErrors: true,
  // Errors carry their schema (descriptions, allowed keys) for the messages.
  verbose: true,
  strictSchema: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
};

type StandaloneCode = (ajv: Ajv2020, refs: Record<string, string>) => string;
// A CommonJS module: its function arrives as the default export's `default` under NodeNext.
const standaloneCode: StandaloneCode =
  (standaloneModule as unknown as { default?: StandaloneCode }).default ??
  (standaloneModule as unknown as StandaloneCode);

// The one runtime helper ajv's standalone code requires; ESM needs an import with the file extension.
const UCS2 = 'require("ajv/dist/runtime/ucs2length").default';

/**
 * The JSON Schemas compiled to one ESM module of validator functions (ajv standalone code), so
 * `validate` does not pay for compiling schemas on every run. The schemas stay the one source of
 * truth: a test fails when this output differs from the committed validators.generated.ts.
 */
export async function validatorsSource(): Promise<string> {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const ids: Record<string, string> = {};
  for (const kind of SCHEMA_KINDS) {
    const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${kind}.schema.json`, 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    ids[kind] = schema.$id;
  }
  const code = standaloneCode(ajv, ids).replaceAll(UCS2, 'ucs2length');
  if (/\brequire\(/.test(code))
    throw new Error('ajv standalone code needs a runtime require; adjust AJV_OPTIONS');
  const source = [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Generated from schemas/*.schema.json by `npm run gen:validators`; do not edit.',
    "import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';",
    // Node hands over module.exports, bundlers and vite may hand over its default already.
    'const ucs2length = ucs2lengthModule.default ?? ucs2lengthModule;',
    code.replace(/^"use strict";\n?/, ''),
  ].join('\n');
  // prettier is a development dependency: loaded only by the generator and its test.
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(GENERATED_FILE)) ?? {};
  return prettier.format(source, { ...config, filepath: GENERATED_FILE });
}
