// bench/providers: 1,000 shots through each hosted adapter against its fake at concurrency 32, with
// every generation taking 300 ms and ~2 MB images (base64 in the JSON or a URL, as the API does).
// Prints throughput over the named baseline "bound" = concurrency / generation latency (target >= 0.9)
// and peak RSS of the adapter's process (target < 400 MB). Adapters are loaded from
// dist/providers/<api>/index.js (built from src/providers/<api>/index.ts); missing ones are listed,
// never faked. With none present it runs the generic fake-http provider to prove the harness.
//   node bench/providers/run.mjs [api ...]      env BENCH_SHOTS (1000), BENCH_CONCURRENCY (32), BENCH_IMAGE_BYTES (2000000),
//   BENCH_OUT_DIR (/dev/shm when present), BENCH_DIST (a dist/ holding the adapters; default ./dist),
//   BENCH_PACE=0 (adapters not told the concurrency, so their starts are not spaced: see src/providers/http/pace.ts)
// Each image is written with one write call (fs.promises.writeFile's 512 KiB pieces queued in libuv's
// 4 threads held slots for tens of ms: a harness cost, fixed 2026-11-30).
import { execFileSync } from 'node:child_process';
import console from 'node:console';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const APIS = ['gemini', 'openai', 'recraft', 'fal', 'replicate', 'pixelmuse'];
const SHOTS = Number(process.env.BENCH_SHOTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const GENERATION_MS = 300;
const IMAGE_BYTES = Number(process.env.BENCH_IMAGE_BYTES ?? 2_000_000);
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !APIS.includes(a) && a !== 'generic');
if (unknown.length) {
  console.error(`unknown API ${unknown.join(', ')}: expected one of ${APIS.join(', ')}, generic`);
  process.exit(1);
}
const wanted = asked.length ? asked : APIS;
const root = path.join(here, '../..');
const dist = process.env.BENCH_DIST ?? path.join(root, 'dist');
const present = wanted.filter(
  (api) => api !== 'generic' && existsSync(path.join(dist, 'providers', api, 'index.js')),
);
const missing = wanted.filter((api) => api !== 'generic' && !present.includes(api));
for (const api of missing) {
  const src = existsSync(path.join(root, 'src/providers', api, 'index.ts'));
  console.log(
    `MISSING adapter ${api}: ${src ? `src/providers/${api}/index.ts exists but ${path.relative(root, dist)}/providers/${api}/index.js is not built (npm run build)` : `no src/providers/${api}/index.ts on this branch`}`,
  );
}
// The generic fake-http provider runs first in every invocation: a bare client of a loopback API with
// the same latency and image size, the baseline each adapter is compared with in the same run.
const runs = ['generic', ...present.filter((a) => a !== 'generic')];
if (!present.some((a) => a !== 'generic'))
  console.log('no hosted adapter present: only the generic fake-http provider runs, to prove the harness');

const bound = CONCURRENCY / (GENERATION_MS / 1000);
console.log(
  `shots ${SHOTS}, concurrency ${CONCURRENCY}, generation ${GENERATION_MS} ms, images ~${(IMAGE_BYTES / 1e6).toFixed(1)} MB; bound = concurrency / latency = ${bound.toFixed(1)} shots/s`,
);
console.log(
  'api        delivery  shots/s  /bound  target  /generic  peak RSS  rss<400  failures  paid  schema-violations  CPU ms/shot client fake  load (1 min, before/after)',
);
let bad = 0;
let generic;
const { FAKE_CATALOG } = await import('../../test/fakes/providers/catalog.mjs');
for (const api of runs) {
  // The machine is shared: the load next to each figure says how far shots/s can be trusted.
  const loadBefore = os.loadavg()[0];
  const line = execFileSync(
    process.execPath,
    [
      path.join(here, 'one.mjs'),
      api,
      String(SHOTS),
      String(CONCURRENCY),
      String(GENERATION_MS),
      String(IMAGE_BYTES),
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const r = JSON.parse(line.trim().split('\n').pop());
  const rate = r.ok / r.seconds;
  generic ??= rate;
  const ratio = rate / bound;
  const delivery = api === 'generic' ? 'bytes' : FAKE_CATALOG[api].delivery;
  const pass = ratio >= 0.9 && r.peakRssMb < 400 && r.failures === 0 && r.fake.schemaViolations === 0;
  if (!pass && api !== 'generic') bad++;
  console.log(
    [
      api.padEnd(10),
      delivery.padEnd(9),
      rate.toFixed(1).padStart(7),
      ratio.toFixed(2).padStart(7),
      ratio >= 0.9 ? ' met  ' : ' MISS ',
      (rate / generic).toFixed(2).padStart(8),
      `${r.peakRssMb.toFixed(0).padStart(6)} MB`,
      r.peakRssMb < 400 ? ' met   ' : ' MISS  ',
      String(r.failures).padStart(8),
      String(r.fake.paid).padStart(5),
      String(r.fake.schemaViolations).padStart(4),
      `${(r.cpuMs / SHOTS).toFixed(1).padStart(22)} ${(r.fake.cpuMs / SHOTS).toFixed(1).padStart(5)}`,
      `${loadBefore.toFixed(1).padStart(7)}/${os.loadavg()[0].toFixed(1)}`,
    ].join(' '),
  );
  const notice = r.fake.noticeMs
    ? `; jobs noticed ${r.fake.noticeMs.median.toFixed(0)} ms (median), ${r.fake.noticeMs.p90.toFixed(0)} ms (p90) after they ended`
    : '';
  console.log(
    `  per shot: ${r.shotMs.median.toFixed(0)} ms median, ${r.shotMs.p90.toFixed(0)} ms p90 from the call to the file written (generation ${GENERATION_MS} ms); ${(r.fake.requests / SHOTS).toFixed(1)} requests${notice}`,
  );
  if (r.firstFailure) console.log(`  first failure: shot ${r.firstFailure.i}: ${r.firstFailure.error}`);
  if (r.fake.firstViolation)
    console.log(`  first schema violation: ${JSON.stringify(r.fake.firstViolation)}`);
  if (api === 'generic') console.log(`  (images written under ${r.outBase})`);
}
if (missing.length) console.log(`not measured (no adapter): ${missing.join(', ')}`);
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} on ${os.cpus().length} CPUs: CPU ms/shot (client = the adapter's process, fake = the fake's) does not depend on load; shots/s does`,
);
process.exitCode = bad || missing.length ? 1 : 0;
