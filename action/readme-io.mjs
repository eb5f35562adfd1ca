// The README's table of the action's inputs and outputs, generated from action.yml.
// `npm run docs:action` rewrites it; test/action-workflows.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const START = '<!-- action-io:start (generated from action.yml by npm run docs:action) -->';
export const END = '<!-- action-io:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

export function renderActionIo(actionYml) {
  const action = YAML.parse(actionYml);
  let out = '| input | default | what it does |\n|---|---|---|\n';
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const def = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    out += `| \`${name}\` | ${def} | ${cell(spec.description)} |\n`;
  }
  out += '\n| output | what it holds |\n|---|---|\n';
  for (const [name, spec] of Object.entries(action.outputs ?? {}))
    out += `| \`${name}\` | ${cell(spec.description)} |\n`;
  return out;
}

/** README text with the generated block replaced (the markers must already be there). */
export function withActionIo(readme, actionYml) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, a + START.length)}\n\n${renderActionIo(actionYml)}\n${readme.slice(b)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const readmePath = path.join(root, 'README.md');
  const next = withActionIo(
    readFileSync(readmePath, 'utf8'),
    readFileSync(path.join(root, 'action.yml'), 'utf8'),
  );
  writeFileSync(readmePath, next);
}
