// bench/plan: 50,000 products x 4 variants against a 200,000-record manifest, after a prompt version
// bump that touches a quarter of the shots. Compares `shotlist plan --json` (a child process) with
// the raw parse floor of the same YAML and manifest (another child process), as a ratio.
// Run: npm run bench:plan   (PRODUCTS=5000 for a quick run)
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import console from 'node:console';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchCatalog } from './catalog.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRODUCTS = Number(process.env.PRODUCTS ?? 50_000);
const TARGET_RATIO = 2; // issue 11: one load, one read, one plan
const TARGET_RSS_MB = 1536;

const dir = mkdtempSync(path.join(os.tmpdir(), 'shotlist-bench-plan-'));
const mb = (kb) => kb / 1024;

console.log(`bench/plan: ${PRODUCTS.toLocaleString()} products x 4 variants in ${dir}`);
const catalog = await writeBenchCatalog(dir, PRODUCTS);
const affected = catalog.bump();

function child(script, args) {
  const t = performance.now();
  const out = execFileSync(process.execPath, [path.join(here, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { ...JSON.parse(out.trim().split('\n').pop()), wallMs: performance.now() - t };
}

// Alternate the two and keep each one's fastest run: other work on the machine only ever adds time.
// CPU time (user + system, all threads) is printed too: it is far less disturbed by a busy machine.
const REPEAT = Number(process.env.REPEAT ?? 3);
const planOut = path.join(dir, 'plan.json');
const best = (a, b) =>
  !a
    ? b
    : {
        ...(b.wallMs < a.wallMs ? b : a),
        cpuMs: Math.min(a.cpuMs, b.cpuMs),
        maxRssKb: Math.max(a.maxRssKb, b.maxRssKb),
      };
let floor;
let plan;
for (let r = 0; r < REPEAT; r++) {
  floor = best(floor, child('child-floor.mjs', [dir]));
  plan = best(plan, child('child-plan.mjs', [dir, planOut]));
}
const result = JSON.parse(readFileSync(planOut, 'utf8'));
const planned = result.planned;
const wrong = result.shots.filter(
  (s) =>
    !(
      s.status === 'regenerate' &&
      s.key.endsWith('/hero') &&
      s.reasonCodes?.includes('prompt-version-bumped')
    ),
);

const phases = child('child-phases.mjs', [dir]).phases;

const ratio = plan.wallMs / floor.wallMs;
const cpuRatio = plan.cpuMs / floor.cpuMs;
const rssMb = mb(plan.maxRssKb);
const s2 = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log('');
console.log(
  `raw parse floor (js-yaml + JSON.parse per line), best of ${REPEAT}: ${s2(floor.wallMs)} wall, ${s2(floor.cpuMs)} CPU, peak RSS ${mb(floor.maxRssKb).toFixed(0)} MB`,
);
console.log(
  `shotlist plan --json, best of ${REPEAT}: ${s2(plan.wallMs)} wall (${s2(plan.ms)} in main), ${s2(plan.cpuMs)} CPU, peak RSS ${rssMb.toFixed(0)} MB`,
);
console.log(
  `  phases (CPU ms, one separate run): ${Object.entries(phases)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(
  `ratio plan / floor, wall: ${ratio.toFixed(2)}  (target <= ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`,
);
console.log(`ratio plan / floor, CPU:  ${cpuRatio.toFixed(2)}`);
console.log(
  `peak RSS: ${rssMb.toFixed(0)} MB  (target <= ${TARGET_RSS_MB} MB) ${rssMb <= TARGET_RSS_MB ? 'ok' : 'MISSED'}`,
);
console.log(
  `planned ${planned.toLocaleString()} shots, affected ${affected.toLocaleString()}: ${planned === affected && wrong.length === 0 ? 'exact' : 'MISMATCH'}`,
);
console.log(
  `estimated cost of the plan: $${result.cost.usd.toLocaleString()} for ${result.cost.images.toLocaleString()} images`,
);
console.log(
  `machine: ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
if (planned !== affected || wrong.length > 0 || plan.code !== 0) {
  console.error(
    `FAIL: planned ${planned}, affected ${affected}, ${wrong.length} shots with the wrong status or reason, exit ${plan.code}`,
  );
  process.exit(1);
}
