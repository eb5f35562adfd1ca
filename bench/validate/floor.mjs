/* global process, console */
// The floor for bench/validate: read and parse every YAML file under a repo with js-yaml, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const root = process.argv[2];
let files = 0;
let items = 0;
for (const folder of ['catalog', 'placements', 'prompts']) {
  for (const entry of readdirSync(path.join(root, folder), { recursive: true })) {
    if (!String(entry).endsWith('.yaml')) continue;
    const data = load(readFileSync(path.join(root, folder, String(entry)), 'utf8'));
    files++;
    items += Array.isArray(data?.products) ? data.products.length : 0;
  }
}
console.log(`${files} files, ${items} products parsed`);
