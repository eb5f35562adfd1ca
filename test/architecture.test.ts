// docs/architecture.md quotes the layer table of eslint.config.js: they must agree, and the
// folders of src/ must be exactly the layered ones.
import { readdir, readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';

it('the layer table in docs/architecture.md is the one the lint enforces', async () => {
  const configPath = '../eslint.config.js';
  const { LAYERS } = (await import(configPath)) as { LAYERS: Record<string, string[]> };
  const doc = await readFile('docs/architecture.md', 'utf8');
  const table = doc.split('<!-- layers:start -->')[1]!.split('<!-- layers:end -->')[0]!;
  const rows = table
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));
  const documented = Object.fromEntries(
    rows.map((r) => [
      r[1]!.replace(/`/g, ''),
      r[3] === 'nothing else from `src/`' ? [] : r[3]!.split(',').map((s) => s.trim()),
    ]),
  );
  expect(documented).toEqual(LAYERS);
  const folders = (await readdir('src', { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
});
