/* global process, console, URL */
// `npm run gen:validators`: compiles schemas/*.schema.json to ajv standalone validators, written to
// src/config/validators.generated.js with its typed declaration validators.generated.d.ts. The
// output is deterministic and unformatted, so CI checks it is current by regenerating and running
// `git diff --exit-code` (no formatter involved). `--check` compares without writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

/** The schema kinds, in the order their validators are exported. */
export const SCHEMA_KINDS = ['shotlist', 'catalog', 'placements', 'prompts'];

const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
export const GENERATED_JS = fileURLToPath(new URL('../src/config/validators.generated.js', import.meta.url));
export const GENERATED_DTS = fileURLToPath(
  new URL('../src/config/validators.generated.d.ts', import.meta.url),
);

const AJV_OPTIONS = {
  allErrors: true,
  // Errors carry their schema (descriptions, allowed keys) for the messages.
  verbose: true,
  strictSchema: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
};

// A CommonJS module: its function may arrive as the default export's `default`.
const standaloneCode = standaloneModule.default ?? standaloneModule;

// The one runtime helper ajv's standalone code requires; ESM needs an import with the file extension.
const UCS2 = 'require("ajv/dist/runtime/ucs2length").default';

const HEADER = '// Generated from schemas/*.schema.json by `npm run gen:validators`; do not edit.';

/** The validators module: one ESM export per schema kind. */
export function validatorsSource() {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const ids = {};
  for (const kind of SCHEMA_KINDS) {
    const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${kind}.schema.json`, 'utf8'));
    ajv.addSchema(schema);
    ids[kind] = schema.$id;
  }
  const code = standaloneCode(ajv, ids).replaceAll(UCS2, 'ucs2length');
  if (/\brequire\(/.test(code))
    throw new Error('ajv standalone code needs a runtime require; adjust AJV_OPTIONS');
  return [
    HEADER,
    "import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';",
    // Node hands over module.exports, bundlers and vite may hand over its default already.
    'const ucs2length = ucs2lengthModule.default ?? ucs2lengthModule;',
    code.replace(/^"use strict";\n?/, '').trimEnd(),
    '',
  ].join('\n');
}

/** The typed declaration of that module. */
export function declarationSource() {
  return [
    HEADER,
    "import type { ValidateFunction } from 'ajv/dist/2020.js';",
    '',
    '/** The schema kinds, one validator each. */',
    `export type SchemaKind = ${SCHEMA_KINDS.map((k) => `'${k}'`).join(' | ')};`,
    ...SCHEMA_KINDS.map(
      (k) =>
        `/** Validates a parsed ${k} file against schemas/${k}.schema.json. */\nexport declare const ${k}: ValidateFunction;`,
    ),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outputs = [
    [GENERATED_JS, validatorsSource()],
    [GENERATED_DTS, declarationSource()],
  ];
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([file, text]) => readFileSync(file, 'utf8') !== text).map(([file]) => file);
    for (const file of stale)
      console.error(`${file} is out of date with schemas/; run npm run gen:validators`);
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    for (const [file, text] of outputs) {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
}
