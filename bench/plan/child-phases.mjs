// Times each phase of plan separately, to show where the time goes.
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { loadConfig } from '../../dist/config/load.js';
import { resolveSpecs } from '../../dist/plan/resolve.js';
import { readManifest } from '../../dist/store/manifest.js';
import { planShots } from '../../dist/plan/plan.js';
import { checkPromptImmutability } from '../../dist/plan/immutability.js';

const [dir] = process.argv.slice(2);
const phases = {};
let t = performance.now();
const lap = (name) => {
  const now = performance.now();
  phases[name] = Math.round(now - t);
  t = now;
};
const { config } = await loadConfig(dir);
lap('loadConfig');
const specs = await resolveSpecs(config);
lap('resolveSpecs');
const manifest = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
lap('readManifest');
checkPromptImmutability(config, manifest.records.values());
lap('immutability');
planShots(specs, manifest.records);
lap('planShots');
process.stdout.write(JSON.stringify({ phases }) + '\n');
