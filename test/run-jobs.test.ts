// Asynchronous jobs and the budget, at the run level with a scripted provider: a job id is
// checkpointed as soon as the provider knows it, a run stopped mid-job leaves it pending, and the
// next run resumes polling it instead of paying again; a run never starts a call past budget.maxUsd.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSettings } from '../src/config/settings.js';
import { findModel } from '../src/domain/models.js';
import type { ShotSpec } from '../src/domain/spec.js';
import type { PlannedShot } from '../src/plan/plan.js';
import { planShots } from '../src/plan/plan.js';
import type { GenerateRequest, Provider } from '../src/providers/types.js';
import { runShots } from '../src/run/run-shots.js';
import { Checkpoint, readManifestWithJournal } from '../src/store/checkpoint.js';
import { makeTestImage } from './fakes/fake-server.mjs';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const model = findModel('flux-schnell')!;
const spec = (i: number): ShotSpec =>
  ({
    key: `sku-${i}/grid`,
    sku: `sku-${i}`,
    variant: 'grid',
    placement: 'grid',
    promptId: 'p',
    promptVersion: 1,
    templateHash: 't',
    prompt: `photo ${i}`,
    model: model.id,
    aspect: '1:1',
    size: 64,
    format: 'webp',
    quality: 80,
    background: '#FFFFFF',
    seed: 100 + i,
    contract: 1,
    genHash: `g${i}`,
    specHash: `s${i}`,
    qaHash: 'q',
  }) as ShotSpec;

async function runWith(
  dir: string,
  provider: Provider,
  shots: PlannedShot[],
  settings = buildSettings({}),
  signals: { stop?: AbortSignal; kill?: AbortSignal } = {},
) {
  const { checkpoint } = await Checkpoint.open(path.join(dir, 'generated/manifest.jsonl'));
  try {
    return await runShots({
      root: dir,
      settings,
      shots,
      lookup: () => ({ ok: true, model, provider, providerId: 'fal', fake: false }),
      checkpoint,
      runId: 'r',
      qaSettings: () => ({}),
      stop: signals.stop ?? new AbortController().signal,
      kill: signals.kill ?? new AbortController().signal,
      backoff: { baseMs: 1, capMs: 2 },
    });
  } finally {
    await checkpoint.close();
  }
}

it('a job submitted before the run stopped is resumed by the next run, not paid again', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-jobs-'));
  dirs.push(dir);
  const submitted: string[] = [];
  const resumed: string[] = [];
  const stop = new AbortController();
  const kill = new AbortController();
  // First run: the job is accepted, then the run is stopped and killed while it is being polled.
  const slow: Provider = {
    id: 'async',
    async generate(req: GenerateRequest) {
      submitted.push(req.spec.key);
      await req.onJob!({ id: 'job-1', pollUrl: 'https://queue.example/jobs/job-1' });
      stop.abort();
      kill.abort();
      return new Promise((_, reject) => {
        if (req.signal.aborted) reject(req.signal.reason);
        req.signal.addEventListener('abort', () => reject(req.signal.reason));
      });
    },
  };
  const shots = planShots([spec(1)], new Map());
  const [first] = await runWith(dir, slow, shots, buildSettings({}), {
    stop: stop.signal,
    kill: kill.signal,
  });
  expect(first!.status).toBe('cancelled');
  const left = await readManifestWithJournal(path.join(dir, 'generated/manifest.jsonl'));
  const pending = left.records.get('sku-1/grid')!;
  expect(pending).toMatchObject({
    status: 'pending',
    job: { provider: 'fal', id: 'job-1', pollUrl: 'https://queue.example/jobs/job-1', seed: 101 },
  });

  // Second run: the plan picks the shot up again and the provider is asked to resume job-1.
  const image = await makeTestImage(64, 64);
  const polling: Provider = {
    id: 'async',
    async generate(req) {
      if (req.resumeJob) resumed.push(req.resumeJob.id);
      else submitted.push(req.spec.key);
      return { images: [{ bytes: image }], jobId: req.resumeJob?.id ?? 'job-2' };
    },
  };
  const again = planShots([spec(1)], left.records);
  expect(again[0]!.status).toBe('failed-last-time');
  const [outcome] = await runWith(dir, polling, again);
  expect(outcome!.status).toBe('ok');
  expect(resumed).toEqual(['job-1']);
  expect(submitted).toEqual(['sku-1/grid']);
  const done = await readManifestWithJournal(path.join(dir, 'generated/manifest.jsonl'));
  expect(done.records.get('sku-1/grid')).toMatchObject({ status: 'ok', jobId: 'job-1' });
});

it('starts no call that would pass budget.maxUsd and says so; the shot waits for the next run', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-budget-'));
  dirs.push(dir);
  const image = await makeTestImage(64, 64);
  let calls = 0;
  const provider: Provider = {
    id: 'priced',
    async generate() {
      calls++;
      return { images: [{ bytes: image }], costUsd: model.priceUsd };
    },
  };
  // Room for two calls at the registry price.
  const settings = buildSettings({
    budget: { maxUsd: 2 * model.priceUsd },
    providers: { fal: { concurrency: 1 } },
  });
  const outcomes = await runWith(
    dir,
    provider,
    planShots([spec(1), spec(2), spec(3), spec(4)], new Map()),
    settings,
  );
  expect(calls).toBe(2);
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  expect(skipped).toHaveLength(2);
  expect(skipped[0]!.error).toMatchObject({
    kind: 'budget',
    message: expect.stringContaining(`would pass budget.maxUsd $${2 * model.priceUsd}`),
  });
  const records = (await readManifestWithJournal(path.join(dir, 'generated/manifest.jsonl'))).records;
  expect(records.size).toBe(2);
});
