// Crash: kill -9 the CLI at 20 random moments; after each, every finished shot is still recorded with
// its file intact, the manifest parses, and no finished shot is ever generated again.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readManifestWithJournal } from '../src/store/checkpoint.js';
import { readManifest } from '../src/store/manifest.js';
import type { ManifestRecord } from '../src/domain/manifest-record.js';
import { cliEnv, ensureBuilt, spawnCli } from './fakes/cli.js';
import { startFakeServer, type FakeServer } from './fakes/fake-server.mjs';
import { makeRepo } from './fakes/repo.js';

const SHOTS = 1000;
const KILLS = 20;

let fake: FakeServer;
let dir: string;
// A seeded generator so a failure can be replayed: the seed is printed with the assertion.
let state = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const seed = state;
function random(): number {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state / 2 ** 31;
}

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeServer({
    script: () => ({ type: 'ok', latencyMs: 30 + Math.floor(random() * 100) }),
  });
  dir = await makeRepo({
    skus: SHOTS,
    settings:
      'run: { maxAttempts: 3, shotDeadlineSeconds: 60, rerolls: 0, graceSeconds: 2 }\n' +
      'providers:\n  fal: { concurrency: 4, timeoutSeconds: 5 }\n',
  });
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function checkRecorded(records: Map<string, ManifestRecord>): Promise<void> {
  for (const r of records.values()) {
    expect(r.status, `seed ${seed}`).toBe('ok');
    const bytes = await readFile(path.join(dir, r.output!.path!));
    expect(sha(bytes), `${r.key} file matches its record (seed ${seed})`).toBe(r.output!.sha256);
  }
}

it(`survives kill -9 at ${KILLS} random moments`, async () => {
  const manifest = path.join(dir, 'generated/manifest.jsonl');
  /** Successful generations per key at the moment the key was first seen recorded. */
  const frozen = new Map<string, number>();
  const env = cliEnv(fake.url);
  let killedMidRun = 0;
  let partial = 0;
  for (let i = 0; i < KILLS; i++) {
    const { child, done } = spawnCli(['generate', '--no-commit'], dir, env);
    const delay = 150 + Math.floor(random() * 1400);
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    const result = await done;
    clearTimeout(timer);
    if (result.signal === 'SIGKILL') killedMidRun++;

    // The manifest file itself always parses (atomic rewrites); the journal adds finished shots.
    const plain = await readManifest(manifest);
    expect(plain.corrupt, `seed ${seed}`).toEqual([]);
    const { records, corrupt } = await readManifestWithJournal(manifest);
    expect(corrupt).toEqual([]);
    await checkRecorded(records);
    for (const key of frozen.keys())
      expect(records.has(key), `${key} still recorded (seed ${seed})`).toBe(true);
    for (const [key, n] of frozen) {
      expect(
        fake.stats.successesByKey.get(key),
        `${key} generated again after it finished (seed ${seed})`,
      ).toBe(n);
    }
    if (result.signal === 'SIGKILL' && records.size > 0 && records.size < SHOTS) partial++;
    for (const key of records.keys())
      if (!frozen.has(key)) frozen.set(key, fake.stats.successesByKey.get(key) ?? 0);
  }
  expect(killedMidRun).toBeGreaterThanOrEqual(KILLS / 2);
  // Most kills landed while shots were being finished, not before the first or after the last.
  expect(partial).toBeGreaterThanOrEqual(5);

  // A final uninterrupted run finishes the rest, and regenerates nothing that was finished.
  const final = await spawnCli(['generate', '--json'], dir, env).done;
  expect(final.code, final.stderr).toBe(0);
  const { records } = await readManifest(manifest);
  expect(records.size).toBe(SHOTS);
  await checkRecorded(records);
  for (const [key, n] of frozen) expect(fake.stats.successesByKey.get(key)).toBe(n);
  // The journal was folded away by the clean run.
  await expect(readFile(`${manifest}.journal`)).rejects.toThrow();

  // Idempotency: another generate with no change calls the provider zero times and changes nothing.
  const before = await readFile(manifest, 'utf8');
  fake.reset();
  const idle = await spawnCli(['generate', '--json'], dir, env).done;
  expect(idle.code, idle.stderr).toBe(0);
  expect(fake.stats.requests).toBe(0);
  expect(await readFile(manifest, 'utf8')).toBe(before);
}, 240_000);
