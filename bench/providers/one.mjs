// One API's bench in its own process (so peak RSS is this API's alone). Prints one JSON line.
//   node one.mjs <api|generic> <shots> <concurrency> <generationMs> <imageBytes>
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FAKE_CATALOG } from '../../test/fakes/providers/catalog.mjs';
import { runProviderBench } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [api, shots, concurrency, generationMs, imageBytes] = process.argv.slice(2);
// BENCH_DIST: another build's dist/ (e.g. a branch's adapters compiled elsewhere); default this repo's.
const dist = path.join(process.env.BENCH_DIST ?? path.join(here, '../../dist'), 'providers');

/** The adapter factory: the definition's create() from dist, or the generic fake-http provider. */
async function makeProvider(fake) {
  if (api === 'generic') {
    const { createFakeHttpProvider } = await import(pathToFileURL(path.join(dist, 'fake-http.js')).href);
    return createFakeHttpProvider({ baseUrl: fake.baseUrl, timeoutMs: 60_000, maxBytes: 64 * 1024 * 1024 });
  }
  const mod = await import(pathToFileURL(path.join(dist, api, 'index.js')).href);
  const def = Object.values(mod).find(
    (v) => v && typeof v === 'object' && v.id === api && typeof v.create === 'function',
  );
  if (!def)
    throw new Error(`dist/providers/${api}/index.js exports no definition with id '${api}' and create()`);
  return def.create({
    key: fake.apiKey,
    baseUrl: fake.baseUrl,
    timeoutMs: 60_000,
    maxBytes: 64 * 1024 * 1024,
    pollInitialMs: 50,
    pollMaxMs: 200,
    // As the registry passes shotlist.yaml's `concurrency`: the adapter spaces its starts for it.
    // BENCH_PACE=0 leaves it out (no spacing), to compare in the same conditions.
    ...(process.env.BENCH_PACE === '0' ? {} : { concurrency: Number(concurrency) }),
  });
}

const child = fork(path.join(here, 'fake-child.mjs'), [api, generationMs, imageBytes]);
const fake = await new Promise((resolve) => child.once('message', resolve));
// Images go to a file system, as in a run; tmpfs by default so a slow shared disk does not set the pace.
const outBase = process.env.BENCH_OUT_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
const outDir = await mkdtemp(path.join(outBase, `shotlist-bench-providers-${api}-`));
try {
  const provider = await makeProvider(fake);
  const model = api === 'generic' ? 'flux-schnell' : FAKE_CATALOG[api].model;
  const cpu0 = process.cpuUsage();
  const result = await runProviderBench({
    provider,
    providerModel: model,
    model,
    shots: Number(shots),
    concurrency: Number(concurrency),
    outDir,
  });
  const cpu = process.cpuUsage(cpu0);
  result.cpuMs = (cpu.user + cpu.system) / 1000;
  child.send('stats');
  const stats = await new Promise((resolve) => child.once('message', resolve));
  process.stdout.write(
    `${JSON.stringify({ api, outBase, imageBytes: fake.imageBytes, ...result, failures: result.failures.length, firstFailure: result.failures[0], fake: stats })}\n`,
  );
} finally {
  child.send('close');
  await rm(outDir, { recursive: true, force: true });
}
