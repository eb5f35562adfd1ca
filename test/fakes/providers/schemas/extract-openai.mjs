// Regenerate openai-images.json from OpenAI's OpenAPI file:
//   node extract-openai.mjs /path/to/openai-openapi/openapi.json <commit>
// Copies the image request/response schemas and everything they reference, turning
// `#/components/schemas/X` into `#/definitions/X` and dropping documentation-only keys.
import { readFileSync, writeFileSync } from 'node:fs';
import console from 'node:console';
import process from 'node:process';
import { URL } from 'node:url';

const [, , file, commit = 'unknown'] = process.argv;
const spec = JSON.parse(readFileSync(file, 'utf8'));
const all = spec.components.schemas;
const roots = [
  'CreateImageRequest',
  'CreateImageEditRequest',
  'EditImageBodyJsonParam',
  'ImagesResponse',
  'ErrorResponse',
];
const out = {};
const DROP = new Set(['description', 'example', 'examples', 'title']);

function clean(node) {
  if (Array.isArray(node)) return node.map(clean);
  if (!node || typeof node !== 'object') return node;
  const o = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROP.has(k) || k.startsWith('x-')) continue;
    if (k === '$ref') {
      const name = v.replace('#/components/schemas/', '');
      visit(name);
      o.$ref = `#/definitions/${name}`;
    } else o[k] = clean(v);
  }
  return o.nullable === true ? nullable(o) : o;
}
// OpenAPI 3.0 `nullable: true` is not JSON Schema: express it as "or null".
function nullable(o) {
  const rest = { ...o };
  delete rest.nullable;
  if (typeof rest.type === 'string') {
    const t = { ...rest, type: [rest.type, 'null'] };
    if (Array.isArray(t.enum)) t.enum = [...t.enum, null];
    return t;
  }
  return { anyOf: [rest, { type: 'null' }] };
}
function visit(name) {
  if (name in out) return;
  out[name] = null;
  out[name] = clean(all[name]);
}
roots.forEach(visit);
writeFileSync(
  new URL('./openai-images.json', import.meta.url),
  `${JSON.stringify({ $comment: `Extracted by extract-openai.mjs from openai/openai-openapi openapi.json at commit ${commit} (MIT). Do not edit by hand.`, definitions: out }, null, 2)}\n`,
);
console.log(Object.keys(out).join(' '));
