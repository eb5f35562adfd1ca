// The steps of one shot, each on its own: the provider call, normalise + QA, publishing.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSettings } from '../config/settings.js';
import { findModel } from '../domain/models.js';
import type { ShotSpec } from '../domain/spec.js';
import { ProviderError, type GenerateRequest, type Provider } from '../providers/types.js';
import { Checkpoint } from '../store/checkpoint.js';
import { makeTestImage } from '../../test/fakes/fake-server.mjs';
import { normaliseAndCheck } from './check-step.js';
import { publishShot } from './publish-step.js';
import { ProviderQueues } from './queues.js';
import { callForRaw, idempotencyKey, type CallContext } from './raw-step.js';
import type { RunnableShot } from './shot-types.js';

const tmp: string[] = [];
afterAll(async () => {
  for (const d of tmp) await rm(d, { recursive: true, force: true });
});

const spec: ShotSpec = {
  key: 'sku-1/grid',
  sku: 'sku-1',
  variant: 'grid',
  placement: 'grid',
  prompt: 'studio photo of a mug',
  negative: '',
  style: 'realistic',
  model: 'flux-schnell',
  aspect: '1:1',
  size: 64,
  format: 'webp',
  quality: 80,
  background: '#FFFFFF',
  seed: 7,
  promptId: 'p',
  promptVersion: 1,
  templateHash: 't',
  genHash: 'g'.repeat(64),
  specHash: 's'.repeat(64),
} as unknown as ShotSpec;
const shot: RunnableShot = { key: spec.key, status: 'new', spec };
const model = findModel('flux-schnell')!;
const settings = buildSettings({ providers: { fal: { concurrency: 2, timeoutSeconds: 5 } } });

function callContext(): CallContext {
  return {
    queues: new ProviderQueues(settings.providers),
    backoff: { baseMs: 1, capMs: 2 },
    stop: new AbortController().signal,
    kill: new AbortController().signal,
    maxAttempts: 3,
    maxBytes: 10 * 1024 * 1024,
  };
}

function scripted(
  answers: ((req: GenerateRequest) => Promise<Buffer>)[],
): Provider & { seen: GenerateRequest[] } {
  const seen: GenerateRequest[] = [];
  return {
    id: 'scripted',
    seen,
    async generate(req) {
      seen.push(req);
      const next = answers[Math.min(seen.length - 1, answers.length - 1)]!;
      return { images: [{ bytes: await next(req) }], costUsd: 0.01 };
    },
  };
}

describe('callForRaw', () => {
  it('retries a transient failure, adds the cost to the tally and asks with the shot seed', async () => {
    const provider = scripted([
      () => Promise.reject(new ProviderError('transient', 'HTTP 503')),
      () => makeTestImage(64, 64),
    ]);
    const choice = { providerId: 'fal', provider, model, settings: settings.providers.fal! };
    const got = await callForRaw(
      shot,
      9,
      choice,
      undefined,
      Date.now() + 10_000,
      { attempts: 1, costUsd: 0.5 },
      callContext(),
    );
    expect(got.ok).toBe(true);
    expect(got.tally).toEqual({ attempts: 3, costUsd: 0.51 });
    expect(provider.seen.map((r) => r.spec.seed)).toEqual([9, 9]);
    expect(provider.seen[0]!.idempotencyKey).toBe(idempotencyKey(spec.key, spec.genHash, 9));
  });

  it('does not retry a safety refusal and says so', async () => {
    const provider = scripted([() => Promise.reject(new ProviderError('safety', 'blocked: SAFETY'))]);
    const choice = { providerId: 'fal', provider, model, settings: settings.providers.fal! };
    const got = await callForRaw(
      shot,
      7,
      choice,
      undefined,
      Date.now() + 10_000,
      { attempts: 0, costUsd: 0 },
      callContext(),
    );
    expect(got).toMatchObject({
      ok: false,
      cancelled: false,
      error: { kind: 'safety' },
      tally: { attempts: 1 },
    });
    expect(provider.seen).toHaveLength(1);
  });

  it('takes no call once the run is stopping', async () => {
    const provider = scripted([() => makeTestImage(64, 64)]);
    const stop = new AbortController();
    stop.abort();
    const choice = { providerId: 'fal', provider, model, settings: settings.providers.fal! };
    const got = await callForRaw(
      shot,
      7,
      choice,
      undefined,
      Date.now() + 10_000,
      { attempts: 0, costUsd: 0 },
      {
        ...callContext(),
        stop: stop.signal,
      },
    );
    expect(got).toMatchObject({ ok: false, cancelled: true });
    expect(provider.seen).toHaveLength(0);
  });
});

describe('normaliseAndCheck', () => {
  it('normalises to the placement and runs the given QA on the published bytes', async () => {
    let checkedBytes: Buffer | undefined;
    const out = await normaliseAndCheck(await makeTestImage(100, 80), spec, model, {}, async (input) => {
      checkedBytes = input.image;
      return { status: 'pass', checks: [] };
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect([out.checked.image.width, out.checked.image.height]).toEqual([64, 64]);
    expect(checkedBytes?.equals(out.checked.image.bytes)).toBe(true);
  });

  it("calls bytes that are not an image the provider's fault (bad-output)", async () => {
    const out = await normaliseAndCheck(Buffer.from('not an image'), spec, model, {}, undefined);
    expect(out).toMatchObject({ ok: false, error: { kind: 'bad-output' } });
  });
});

describe('publishShot', () => {
  it('writes the raw and the image before the record, and a QA failure goes to review', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-publish-'));
    tmp.push(root);
    const manifest = path.join(root, 'generated/manifest.jsonl');
    const { checkpoint } = await Checkpoint.open(manifest);
    const raw = await makeTestImage(64, 64);
    const checked = await normaliseAndCheck(raw, spec, model, {}, undefined);
    if (!checked.ok) throw new Error('normalise failed');
    const failedQa = { ...checked.checked, qa: { status: 'fail' as const, checks: [] } };
    const ctx = { root, settings, checkpoint, runId: 'run-1' };
    const record = await publishShot(ctx, {
      shot,
      providerId: 'fal',
      seed: 7,
      raw,
      rederived: false,
      checked: failedQa,
      tally: { attempts: 1, costUsd: 0.00333333, jobId: 'job-1' },
      startedAt: Date.now(),
    });
    await checkpoint.close();
    expect(record).toMatchObject({ status: 'qa-failed', runId: 'run-1', jobId: 'job-1', costUsd: 0.0033 });
    expect(record.output!.path).toBe('generated/.review/sku-1/grid.webp');
    const bytes = await readFile(path.join(root, record.output!.path!));
    expect(bytes.equals(checked.checked.image.bytes)).toBe(true);
    expect((await stat(path.join(root, record.raw!.path))).size).toBe(raw.length);
    const lines = (await readFile(manifest, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ key: spec.key, status: 'qa-failed' });
  });
});
