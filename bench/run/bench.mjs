// bench/run: 2,000 shots against the fake API (300 ms latency) at concurrency 32, 1024 px images
// through the real normalisation. Prints (1) achieved shots/s over the bound concurrency/latency,
// target >= 0.9, and (2) per-image normalisation cost over a bare sharp decode+resize+encode of the
// same image with the same encoder settings (the floor), target <= 1.3.
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { normaliseImage } from '../../dist/images/normalise.js';
import { createProviderRegistry } from '../../dist/providers/registry.js';
import { cpuConcurrency, runShots } from '../../dist/run/run-shots.js';
import { Checkpoint } from '../../dist/store/checkpoint.js';
import { makeTestImage } from '../../test/fakes/fake-server.mjs';

const SHOTS = Number(process.env.BENCH_SHOTS ?? 2000);
const CONCURRENCY = 32;
const LATENCY_MS = 300;
const SIZE = Number(process.env.BENCH_SIZE ?? 1024);
const here = path.dirname(fileURLToPath(import.meta.url));

const child = fork(path.join(here, 'fake-child.mjs'), [String(LATENCY_MS), String(SIZE)]);
const { url } = await new Promise((resolve) => child.once('message', resolve));
const root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-bench-run-'));

const settings = {
  paths: { catalog: 'catalog', placements: 'placements', prompts: 'prompts', store: 'generated' },
  providers: { fal: { concurrency: CONCURRENCY, timeoutSeconds: 30 } },
  run: { shotDeadlineSeconds: 600, maxAttempts: 3, rerolls: 0, graceSeconds: 5, keepRaw: true },
  budget: {},
  storage: { kind: 'git' },
};
const shots = Array.from({ length: SHOTS }, (_, i) => {
  const sku = `sku-${String(i).padStart(5, '0')}`;
  const spec = {
    key: `${sku}/main`,
    sku,
    variant: 'main',
    placement: 'grid',
    promptId: 'p',
    promptVersion: 1,
    templateHash: 't',
    prompt: `studio photo of product ${i}`,
    model: 'flux-schnell',
    aspect: '1:1',
    size: SIZE,
    format: 'webp',
    quality: 90,
    background: '#FFFFFF',
    seed: i,
    contract: 1,
    genHash: `g${i}`,
    specHash: `s${i}`,
  };
  return { key: spec.key, status: 'new', spec };
});

const { checkpoint } = await Checkpoint.open(path.join(root, 'generated/manifest.jsonl'));
const lookup = createProviderRegistry({
  env: { SHOTLIST_FAKE_PROVIDER_URL: url },
  providers: settings.providers,
});
const t0 = performance.now();
const outcomes = await runShots({
  root,
  settings,
  shots,
  lookup,
  checkpoint,
  runId: 'bench',
  qaSettings: () => ({}),
  stop: new globalThis.AbortController().signal,
  kill: new globalThis.AbortController().signal,
  backoff: { baseMs: 50, capMs: 500 },
});
await checkpoint.close();
const seconds = (performance.now() - t0) / 1000;
const ok = outcomes.filter((o) => o.status === 'ok').length;
if (ok !== SHOTS)
  throw new Error(
    `only ${ok} of ${SHOTS} shots succeeded: ${JSON.stringify(outcomes.find((o) => o.status !== 'ok'))}`,
  );
const bound = CONCURRENCY / (LATENCY_MS / 1000);
const achieved = SHOTS / seconds;
child.send('close');

// Normalisation against the floor: same 1024 px input, same encoder settings, best of 3 rounds.
const input = await makeTestImage(SIZE, SIZE);
const target = {
  aspect: '1:1',
  size: SIZE,
  format: 'webp',
  quality: 90,
  background: '#FFFFFF',
  sourceType: 'trainedAlgorithmicMedia',
};
const N = 40;
async function timeIt(fn) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    for (let i = 0; i < N; i++) await fn();
    best = Math.min(best, (performance.now() - t) / N);
  }
  return best;
}
const floor = () =>
  sharp(input)
    .resize({ width: SIZE, height: SIZE, fit: 'cover' })
    .webp({ quality: 90, effort: 2 })
    .toBuffer();
await floor();
await normaliseImage(input, target);
const floorMs = await timeIt(floor);
const normMs = await timeIt(() => normaliseImage(input, target));
// What this machine can normalise per second with the run's image parallelism: a second bound.
const par = cpuConcurrency();
let made = 0;
const tc = performance.now();
await Promise.all(
  Array.from({ length: par }, async () => {
    while (performance.now() - tc < 4000) {
      await normaliseImage(input, target);
      made++;
    }
  }),
);
const cpuCeiling = made / ((performance.now() - tc) / 1000);
await rm(root, { recursive: true, force: true });

console.log(
  `bench/run: ${SHOTS} shots, concurrency ${CONCURRENCY}, fake latency ${LATENCY_MS} ms, ${SIZE} px webp, ${os.availableParallelism()} CPUs`,
);
console.log(
  `  throughput: ${achieved.toFixed(1)} shots/s in ${seconds.toFixed(1)} s; bound ${bound.toFixed(1)} shots/s (concurrency/latency)`,
);
console.log(`  ratio achieved/bound: ${(achieved / bound).toFixed(3)} (target >= 0.9)`);
console.log(
  `  normalisation ceiling of this machine: ${cpuCeiling.toFixed(1)} images/s at ${par} in parallel; achieved/min(bound, ceiling): ${(achieved / Math.min(bound, cpuCeiling)).toFixed(3)}`,
);
console.log(
  `  normalisation: ${normMs.toFixed(1)} ms/image; floor (bare sharp decode+resize+webp encode): ${floorMs.toFixed(1)} ms/image`,
);
console.log(`  ratio normalise/floor: ${(normMs / floorMs).toFixed(3)} (target <= 1.3)`);
