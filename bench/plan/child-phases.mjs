// Times each phase of plan separately (CPU time, in buildPlan's order), to show where the time goes.
import path from 'node:path';
import process from 'node:process';
import { loadConfig } from '../../dist/config/load.js';
import { resolveSpecs } from '../../dist/plan/resolve.js';
import { readManifest } from '../../dist/store/manifest.js';
import { planShots } from '../../dist/plan/plan.js';
import { checkPromptImmutability } from '../../dist/config/immutability.js';
import { explainPlan } from '../../dist/plan/reasons.js';
import { estimateCost } from '../../dist/plan/cost.js';
import { planJson } from '../../dist/cli/commands/plan.js';

const [dir] = process.argv.slice(2);
const phases = {};
let c = process.cpuUsage();
const lap = (name) => {
  const d = process.cpuUsage(c);
  phases[name] = Math.round((d.user + d.system) / 1000);
  c = process.cpuUsage();
};
const { config } = await loadConfig(dir);
lap('loadConfig');
const manifest = await readManifest(path.join(dir, 'generated/manifest.jsonl'), { forPlanning: true });
lap('readManifest');
checkPromptImmutability(config, manifest.records.values());
lap('immutability');
const specs = await resolveSpecs(config);
lap('resolveSpecs');
const plan = planShots(specs, manifest.records);
lap('planShots');
explainPlan(plan, config);
const cost = estimateCost(plan, config.settings);
lap('explain+cost');
const json = JSON.stringify(
  planJson(
    { findings: [], warnings: [], plan, cost, manifestPath: 'm', records: manifest.records },
    undefined,
    dir,
  ),
);
lap(`json (${(json.length / 1e6).toFixed(1)} MB)`);
process.stdout.write(JSON.stringify({ phases }) + '\n');
