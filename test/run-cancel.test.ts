// Cancellation: SIGINT/SIGTERM stop new work, let running shots finish within the grace period,
// checkpoint, exit 130/143; the next run picks up exactly the rest.
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readManifest } from '../src/store/manifest.js';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';

let fake: FakeServer;
let latency = 600;
const dirs: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeServer({ script: () => ({ type: 'ok', latencyMs: latency }) });
});
afterAll(async () => {
  await fake.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function waitForRequests(n: number): Promise<void> {
  const until = Date.now() + 20_000;
  while (fake.stats.requests < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

it('SIGINT: running shots finish within the grace period, the rest wait for the next run (exit 130)', async () => {
  latency = 600;
  fake.reset();
  const dir = await makeRepo({
    skus: 40,
    settings:
      'run: { graceSeconds: 10, rerolls: 0 }\nproviders:\n  fal: { concurrency: 4, timeoutSeconds: 5 }\n',
  });
  dirs.push(dir);
  const { child, done } = spawnCli(['generate', '--json'], dir, cliEnv(fake.url));
  await waitForRequests(6); // the second wave of 4 is running
  child.kill('SIGINT');
  const result = await done;
  expect(result.code).toBe(130);
  expect(result.stderr).toMatch(/SIGINT received[\s\S]*no new shots/);
  const report = JSON.parse(result.stdout);
  expect(report.interrupted).toMatch(/SIGINT/);
  const started = fake.stats.requests;
  expect(started).toBeLessThan(40);
  // Every started shot was let finish (600 ms < 10 s grace) and recorded; nothing else was called.
  const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
  expect(records.size).toBe(started);
  expect(report.totals.ok).toBe(started);
  expect(report.totals.cancelled).toBe(40 - started);
  await expect(stat(path.join(dir, 'generated/manifest.jsonl.journal'))).rejects.toThrow();

  latency = 5;
  const again = await spawnCli(['generate', '--json'], dir, cliEnv(fake.url)).done;
  expect(again.code).toBe(0);
  expect(fake.stats.requests).toBe(40);
  for (const n of fake.stats.successesByKey.values()) expect(n).toBe(1);
}, 60_000);

it('SIGTERM with no grace: running calls are aborted, nothing half-recorded (exit 143)', async () => {
  latency = 3000;
  fake.reset();
  const dir = await makeRepo({
    skus: 10,
    settings:
      'run: { graceSeconds: 0, rerolls: 0 }\nproviders:\n  fal: { concurrency: 3, timeoutSeconds: 10 }\n',
  });
  dirs.push(dir);
  const { child, done } = spawnCli(['generate', '--json'], dir, cliEnv(fake.url));
  await waitForRequests(3);
  const t0 = Date.now();
  child.kill('SIGTERM');
  const result = await done;
  expect(result.code).toBe(143);
  expect(Date.now() - t0).toBeLessThan(2500); // did not wait for the 3 s responses
  const report = JSON.parse(result.stdout);
  expect(report.totals.cancelled).toBe(10);
  const { records } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
  expect(records.size).toBe(0);
}, 60_000);
