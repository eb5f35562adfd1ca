// Chaos: 1,000 shots through the real CLI process against a fake API failing 30% of the time.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunReport } from '../src/report/run-report.js';
import { readManifest } from '../src/store/manifest.js';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeAction, type FakeContext, type FakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';

const SHOTS = 1000;
/** Shots answered 400 validation or a safety refusal on every attempt. */
const PERMANENT = new Map([
  ['sku-0100/v1', 400],
  ['sku-0200/v1', 400],
  ['sku-0300/v1', 422],
  ['sku-0400/v1', 422],
]);

function unit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** 30% of the first three attempts of every shot fail transiently, kinds spread evenly. */
function chaos(ctx: FakeContext): FakeAction {
  const permanent = PERMANENT.get(ctx.key);
  if (permanent === 400) return { type: 'status', status: 400, kind: 'validation', message: 'bad size' };
  if (permanent === 422) return { type: 'status', status: 422, kind: 'safety', message: 'blocked by policy' };
  if (ctx.attempt > 3) return { type: 'ok' };
  const u = unit(`${ctx.idempotencyKey}#${ctx.attempt}`);
  if (u >= 0.3) return { type: 'ok', latencyMs: 5 };
  const pick = Math.floor((u / 0.3) * 8);
  switch (pick) {
    case 0:
      return { type: 'status', status: 500 };
    case 1:
      return { type: 'status', status: 503 };
    case 2:
      return { type: 'status', status: 429, retryAfter: '0' };
    case 3:
      return { type: 'status', status: 429, retryAfterMs: 30 };
    case 4:
      return { type: 'reset' };
    case 5:
      return { type: 'hang' };
    case 6:
      return { type: 'ok', latencyMs: 400 }; // slow but inside the timeout
    default:
      return { type: 'status', status: 429, retryAfter: new Date(Date.now() + 1000).toUTCString() };
  }
}

let fake: FakeServer;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeServer({ script: chaos });
  dir = await makeRepo({
    skus: SHOTS,
    settings:
      'run: { maxAttempts: 6, shotDeadlineSeconds: 90, rerolls: 0, graceSeconds: 5 }\n' +
      'providers:\n  fal: { concurrency: 32, timeoutSeconds: 3 }\n',
  });
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

it('1,000 shots with 30% transient faults: all succeed, one generation each, 400/safety never retried', async () => {
  const { done } = spawnCli(['generate', '--json'], dir, cliEnv(fake.url));
  const result = await done;
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack traces
  expect(result.code).toBe(1); // the four permanent failures
  const report = JSON.parse(result.stdout) as RunReport;
  expect(report.totals.shots).toBe(SHOTS);
  expect(report.totals.ok).toBe(SHOTS - PERMANENT.size);
  expect(report.totals.failed).toBe(PERMANENT.size);

  // Faults really happened, of every kind.
  const types = new Map<string, number>();
  for (const l of fake.stats.log) {
    const k = l.type === 'status' ? String(l.status) : l.type;
    types.set(k, (types.get(k) ?? 0) + 1);
  }
  for (const k of ['500', '503', '429', 'reset', 'hang']) expect(types.get(k) ?? 0).toBeGreaterThan(10);
  const faults = fake.stats.log.filter((l) => l.type !== 'ok').length;
  expect(faults / fake.stats.requests).toBeGreaterThan(0.15);

  const { records, corrupt } = await readManifest(path.join(dir, 'generated/manifest.jsonl'));
  expect(corrupt).toEqual([]);
  expect(records.size).toBe(SHOTS);
  for (const [key, record] of records) {
    if (PERMANENT.has(key)) {
      expect(record.status).toBe('failed');
      expect(fake.stats.attemptsByKey.get(key)).toBe(1);
      expect(record.error?.kind).toBe(PERMANENT.get(key) === 400 ? 'validation' : 'safety');
      expect(fake.stats.successesByKey.get(key) ?? 0).toBe(0);
      continue;
    }
    expect(record.status).toBe('ok');
    expect(fake.stats.successesByKey.get(key)).toBe(1);
    expect(record.attempts).toBe(fake.stats.attemptsByKey.get(key));
  }
  // A second run calls nothing: the permanent failures (validation, safety) would repeat with the
  // same inputs, so they are blocked and listed; exit 0.
  fake.reset();
  const again = await spawnCli(['generate', '--json'], dir, cliEnv(fake.url)).done;
  expect(again.code, again.stderr).toBe(0);
  expect(fake.stats.requests).toBe(0);
  expect(again.stderr.match(/ is blocked: /g)).toHaveLength(PERMANENT.size);
  // --retry-blocked tries each of them once more.
  const retried = await spawnCli(['generate', '--json', '--retry-blocked'], dir, cliEnv(fake.url)).done;
  expect(retried.code).toBe(1);
  expect([...fake.stats.attemptsByKey.keys()].sort()).toEqual([...PERMANENT.keys()].sort());
  expect(fake.stats.requests).toBe(PERMANENT.size);

  // Spot-check files against their records.
  for (const record of [...records.values()].filter((r) => r.status === 'ok').slice(0, 50)) {
    const bytes = await readFile(path.join(dir, record.output!.path!));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(record.output!.sha256);
  }
}, 180_000);
