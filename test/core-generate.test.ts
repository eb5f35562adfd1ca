// The core API in-process, as a second host (the action) uses it: options and a Host in, data out.
// It must print nothing and take its environment only from the host.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { generate } from '../src/core/generate.js';
import type { CoreEvent } from '../src/core/host.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';

let fake: FakeServer;
const dirs: string[] = [];
beforeAll(async () => {
  fake = await startFakeServer();
});
afterAll(async () => {
  await fake.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const SETTINGS =
  'run: { rerolls: 0, graceSeconds: 2 }\nproviders:\n  fal: { concurrency: 4, timeoutSeconds: 5 }\n';

it('runs with the environment the host gives, reports through events, and prints nothing', async () => {
  const dir = await makeRepo({ skus: 3, settings: SETTINGS, git: false });
  dirs.push(dir);
  const events: CoreEvent[] = [];
  const writes = vi.spyOn(process.stdout, 'write');
  const errors = vi.spyOn(process.stderr, 'write');
  const logs = vi.spyOn(console, 'log');
  const host = { env: { SHOTLIST_FAKE_PROVIDER_URL: fake.url }, onEvent: (e: CoreEvent) => events.push(e) };
  const result = await generate({ dir, commit: false }, host);
  expect(writes).not.toHaveBeenCalled();
  expect(errors).not.toHaveBeenCalled();
  expect(logs).not.toHaveBeenCalled();
  vi.restoreAllMocks();

  expect(result.kind).toBe('ran');
  if (result.kind !== 'ran') return;
  expect(result.report.totals.ok).toBe(3);
  expect(result.interrupted).toBe(false);
  expect(events).toContainEqual({
    type: 'log',
    level: 'info',
    message: `hosted models are served by the test fake at ${fake.url}`,
  });
  expect(events.filter((e) => e.type === 'run-start')).toEqual([
    { type: 'run-start', runId: result.report.runId, total: 3 },
  ]);
  const done = events.flatMap((e) => (e.type === 'shot-done' ? [e.done] : []));
  expect(done).toEqual([1, 2, 3]);
  const saved = JSON.parse(await readFile(path.join(dir, result.reportPath!), 'utf8'));
  expect(saved.totals.ok).toBe(3);

  // The same run again plans nothing: no events for shots, nothing written.
  const again = await generate({ dir, commit: false }, { env: { SHOTLIST_FAKE_PROVIDER_URL: fake.url } });
  expect(again).toMatchObject({ kind: 'ran', report: { totals: { shots: 0 } } });
  expect(again.kind === 'ran' && again.reportPath).toBeFalsy();
});

it('without the key in the host environment, hosted shots fail naming the variable, even if the process has it', async () => {
  const dir = await makeRepo({ skus: 1, settings: SETTINGS, git: false });
  dirs.push(dir);
  process.env.FAL_KEY = 'process-level-key';
  try {
    const result = await generate({ dir, commit: false }, { env: {} });
    expect(result.kind).toBe('ran');
    if (result.kind !== 'ran') return;
    expect(result.report.shots[0]!.error?.message).toMatch(/FAL_KEY/);
  } finally {
    delete process.env.FAL_KEY;
  }
});

it('a stop from the host before the run takes no shot and reports why', async () => {
  const dir = await makeRepo({ skus: 2, settings: SETTINGS, git: false });
  dirs.push(dir);
  const stop = new AbortController();
  stop.abort('cancelled by the workflow');
  const events: CoreEvent[] = [];
  const result = await generate(
    { dir, commit: false },
    { env: { SHOTLIST_FAKE_PROVIDER_URL: fake.url }, stop: stop.signal, onEvent: (e) => events.push(e) },
  );
  expect(result).toMatchObject({
    kind: 'ran',
    interrupted: true,
    report: { interrupted: 'cancelled by the workflow' },
  });
  if (result.kind === 'ran') expect(result.report.totals.cancelled).toBe(2);
  expect(events.some((e) => e.type === 'log' && /no new shots/.test(e.message))).toBe(true);
});

it('a dry run writes nothing and says what would run', async () => {
  const dir = await makeRepo({ skus: 2, settings: SETTINGS, git: false });
  dirs.push(dir);
  const result = await generate({ dir, dryRun: true, maxImages: 1 }, { env: {} });
  expect(result).toMatchObject({ kind: 'dry-run', deferred: 1 });
  if (result.kind === 'dry-run') expect(result.shots.map((s) => s.key)).toEqual(['sku-0000/v1']);
  await expect(readFile(path.join(dir, 'generated/manifest.jsonl'))).rejects.toThrow(/ENOENT/);
});

it('a dry run shows what a real run would do: offline skips hosted shots, a missing key fails them', async () => {
  const dir = await makeRepo({ skus: 1, settings: SETTINGS, git: false });
  dirs.push(dir);
  const offline = await generate({ dir, dryRun: true, offline: true }, { env: {} });
  expect(offline).toMatchObject({ kind: 'dry-run', shots: [{ key: 'sku-0000/v1', action: 'skip' }] });
  const noKey = await generate({ dir, dryRun: true }, { env: {} });
  expect(noKey).toMatchObject({
    kind: 'dry-run',
    shots: [{ key: 'sku-0000/v1', action: 'fail', note: expect.stringMatching(/FAL_KEY/) }],
  });
  const withFake = await generate({ dir, dryRun: true }, { env: { SHOTLIST_FAKE_PROVIDER_URL: fake.url } });
  expect(withFake).toMatchObject({ kind: 'dry-run', shots: [{ action: 'run' }] });
});
