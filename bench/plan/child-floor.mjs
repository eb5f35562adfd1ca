// The raw parse floor: js-yaml parse of every config file plus JSON.parse of every manifest line,
// nothing else. Plan cannot be faster than reading its inputs.
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const [dir] = process.argv.slice(2);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let docs = 0;
for (const folder of ['catalog', 'placements', 'prompts']) {
  for (const f of readdirSync(path.join(dir, folder))) {
    yaml.load(readFileSync(path.join(dir, folder, f), 'utf8'));
    docs++;
  }
}
yaml.load(readFileSync(path.join(dir, 'shotlist.yaml'), 'utf8'));
let records = 0;
for (const line of readFileSync(path.join(dir, 'generated/manifest.jsonl'), 'utf8').split('\n')) {
  if (line) {
    JSON.parse(line);
    records++;
  }
}
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    docs,
    records,
    cpuMs: (() => {
      const c = process.cpuUsage(cpu0);
      return (c.user + c.system) / 1000;
    })(),
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
