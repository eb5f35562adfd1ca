// Unit tests of the run's parts: normalisation, retry policy, queues, checkpoint journal, registry.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseImage, NormaliseError, type NormaliseTarget } from '../src/images/normalise.js';
import { readDigitalSourceType } from '../src/images/xmp.js';
import { errorFromResponse, parseRetryAfter } from '../src/providers/http-errors.js';
import { createProviderRegistry } from '../src/providers/registry.js';
import { ProviderError, type GenerateRequest, type Provider } from '../src/providers/types.js';
import { callWithRetries, type AttemptContext } from '../src/run/attempts.js';
import { fullJitter } from '../src/run/backoff.js';
import { ProviderQueues } from '../src/run/queues.js';
import { Checkpoint, journalPath, readManifestWithJournal } from '../src/store/checkpoint.js';
import { readManifest } from '../src/store/manifest.js';
import type { ManifestRecord } from '../src/domain/manifest-record.js';
import { makeTestImage } from './fakes/fake-server.mjs';

const tmp: string[] = [];
afterAll(async () => {
  for (const d of tmp) await rm(d, { recursive: true, force: true });
});

const target = (t: Partial<NormaliseTarget> = {}): NormaliseTarget => ({
  aspect: '1:1',
  size: 256,
  format: 'webp',
  quality: 80,
  background: '#FFFFFF',
  sourceType: 'trainedAlgorithmicMedia',
  ...t,
});

describe('normaliseImage', () => {
  it.each(['webp', 'jpeg', 'png', 'avif'] as const)(
    'writes %s with the DigitalSourceType in XMP',
    async (format) => {
      const out = await normaliseImage(
        await makeTestImage(300, 300),
        target({ format, sourceType: 'composite' }),
      );
      const meta = await sharp(out.bytes).metadata();
      expect(meta.format).toBe(format === 'avif' ? 'heif' : format);
      expect([meta.width, meta.height]).toEqual([256, 256]);
      expect(readDigitalSourceType(meta.xmp)).toBe(
        'http://cv.iptc.org/newscodes/digitalsourcetype/composite',
      );
      expect(out.upscaled).toBe(false);
    },
  );

  it('centre-crops to the exact aspect, flags upscaling, strips EXIF, writes sRGB', async () => {
    const withExif = await sharp(await makeTestImage(200, 100))
      .withExif({ IFD0: { Copyright: 'supplier', Artist: 'someone' } })
      .jpeg()
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const out = await normaliseImage(withExif, target({ aspect: '4:5', size: 500, format: 'jpeg' }));
    const meta = await sharp(out.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([400, 500]);
    expect(out.upscaled).toBe(true); // an 80x100 crop of a 200x100 input, enlarged to 400x500
    expect(meta.exif).toBeUndefined();
    expect(meta.space).toBe('srgb');
    const small = await normaliseImage(await makeTestImage(1000, 1000), target({ size: 100 }));
    expect(small.upscaled).toBe(false);
  });

  it('refuses bogus bytes, an oversize payload and a decompression bomb', async () => {
    await expect(normaliseImage(Buffer.from('<html>rate limited</html>'), target())).rejects.toThrow(
      NormaliseError,
    );
    await expect(normaliseImage(Buffer.alloc(0), target())).rejects.toThrow(/empty/);
    const png = await makeTestImage(64, 64);
    await expect(normaliseImage(png, target(), { maxBytes: png.length - 1 })).rejects.toThrow(/byte cap/);
    // 12000x12000 of one colour compresses to little but decodes to 144 MP, over the 64 MP cap.
    const bomb = await sharp({ create: { width: 12000, height: 12000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2_000_000);
    await expect(normaliseImage(bomb, target())).rejects.toThrow(/pixel|exceeds/i);
  });
});

describe('retry policy', () => {
  it('reads Retry-After as seconds or an HTTP date, and retry-after-ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter({ 'retry-after': '7' }, now)).toBe(7000);
    expect(parseRetryAfter({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, now)).toBe(3000);
    expect(parseRetryAfter({ 'retry-after-ms': '250', 'retry-after': '9' }, now)).toBe(250);
    expect(parseRetryAfter({ 'retry-after': 'soon' }, now)).toBeUndefined();
  });

  it('maps statuses to kinds; a body never makes a 5xx permanent or a 400 retryable', () => {
    const kinds = [400, 401, 402, 403, 408, 409, 425, 429, 500, 502, 503].map(
      (s) =>
        [s, errorFromResponse(s, {}, '', 'x').kind, errorFromResponse(s, {}, '', 'x').retryable] as const,
    );
    expect(kinds).toEqual([
      [400, 'validation', false],
      [401, 'auth', false],
      [402, 'credits', false],
      [403, 'auth', false],
      [408, 'transient', true],
      [409, 'transient', true],
      [425, 'transient', true],
      [429, 'rate-limit', true],
      [500, 'transient', true],
      [502, 'transient', true],
      [503, 'transient', true],
    ]);
    expect(errorFromResponse(422, {}, '{"error":{"kind":"safety","message":"no"}}', 'x').kind).toBe('safety');
    expect(errorFromResponse(503, {}, '{"error":{"kind":"safety"}}', 'x').kind).toBe('transient');
  });

  it('full jitter stays under the exponential ceiling', () => {
    const s = { baseMs: 100, capMs: 1000 };
    expect(fullJitter(1, s, () => 0.999)).toBeLessThan(100);
    expect(fullJitter(3, s, () => 0.999)).toBeLessThan(400);
    expect(fullJitter(10, s, () => 0.999)).toBeLessThan(1000);
    expect(fullJitter(3, s, () => 0)).toBe(0);
  });

  function scripted(errors: (ProviderError | undefined)[]): Provider & { calls: number } {
    const p = {
      id: 'scripted',
      calls: 0,
      async generate(_req: GenerateRequest) {
        const e = errors[p.calls++];
        if (e) throw e;
        return { images: [{ bytes: Buffer.from('x') }] };
      },
    };
    return p;
  }
  const ctx = (provider: Provider, over: Partial<AttemptContext> = {}): AttemptContext => ({
    queues: new ProviderQueues({ s: { concurrency: 2, timeoutSeconds: 5 } }),
    providerId: 's',
    provider,
    attemptTimeoutMs: 5000,
    maxAttempts: 4,
    deadline: Date.now() + 10_000,
    backoff: { baseMs: 1, capMs: 5 },
    stop: new AbortController().signal,
    kill: new AbortController().signal,
    ...over,
  });
  const req = (signal: AbortSignal) => ({ signal }) as unknown as GenerateRequest;

  it('retries transient kinds up to maxAttempts and never retries permanent ones', async () => {
    const flaky = scripted([new ProviderError('transient', '503'), new ProviderError('rate-limit', '429')]);
    const ok = await callWithRetries(ctx(flaky), req);
    expect(ok).toMatchObject({ ok: true, attempts: 3 });
    for (const kind of ['validation', 'auth', 'credits', 'safety', 'refused'] as const) {
      const p = scripted([new ProviderError(kind, 'no')]);
      const out = await callWithRetries(ctx(p), req);
      expect(out).toMatchObject({ ok: false, attempts: 1, kind });
      expect(p.calls).toBe(1);
    }
    const always = scripted(Array.from({ length: 10 }, () => new ProviderError('transient', '500')));
    expect(await callWithRetries(ctx(always), req)).toMatchObject({ ok: false, attempts: 4 });
  });

  it('does not sleep past the shot deadline for a long Retry-After', async () => {
    const p = scripted([new ProviderError('rate-limit', '429', { retryAfterMs: 60_000 })]);
    const t0 = Date.now();
    const out = await callWithRetries(ctx(p, { deadline: Date.now() + 2000 }), req);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(out).toMatchObject({ ok: false, kind: 'rate-limit' });
    if (!out.ok) expect(out.message).toMatch(/deadline/);
  });

  it('an attempt that hangs times out and is retried', async () => {
    let calls = 0;
    const hang: Provider = {
      id: 'hang',
      generate: (r) =>
        ++calls === 1
          ? new Promise((_, reject) => r.signal.addEventListener('abort', () => reject(new Error('aborted'))))
          : Promise.resolve({ images: [{ bytes: Buffer.from('y') }] }),
    };
    const out = await callWithRetries(ctx(hang, { attemptTimeoutMs: 100 }), req);
    expect(out).toMatchObject({ ok: true, attempts: 2 });
  });
});

describe('ProviderQueues', () => {
  it('caps concurrency and the rate per minute', async () => {
    const q = new ProviderQueues({
      a: { concurrency: 3, timeoutSeconds: 1 },
      b: { concurrency: 10, ratePerMinute: 120, timeoutSeconds: 1 },
    });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        q.run('a', async () => {
          peak = Math.max(peak, ++running);
          await new Promise((r) => setTimeout(r, 10));
          running--;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(q.queue('b').concurrency).toBe(10);
    // 120/min is 2 starts per second: 5 quick tasks need three windows, so at least 2 s.
    const t0 = Date.now();
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, () => q.run('b', async () => void starts.push(Date.now() - t0))),
    );
    expect(starts.filter((t) => t < 900)).toHaveLength(2);
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(1900);
  });

  it('stop() drops waiting tasks but lets running ones finish', async () => {
    const q = new ProviderQueues({ a: { concurrency: 1, timeoutSeconds: 1 } });
    const first = q.run('a', () => new Promise((r) => setTimeout(() => r('done'), 50)));
    const second = q.run('a', async () => 'never').catch((e: Error) => e);
    q.stop();
    await expect(first).resolves.toBe('done');
    expect(String(await second)).toMatch(/stopping/);
  });
});

function rec(key: string, n = 0): ManifestRecord {
  return {
    key,
    sku: key.split('/')[0]!,
    variant: key.split('/')[1]!,
    genHash: `g${n}`,
    specHash: `s${n}`,
    prompt: 'p@1',
    templateHash: 't',
    model: 'flux-schnell',
    provider: 'fal',
    seed: 1,
    status: 'ok',
    attempts: 1,
    ms: 1,
    costUsd: 0,
    createdAt: new Date(Date.now() + n).toISOString(),
    runId: 'r',
  };
}

describe('Checkpoint journal', () => {
  it('journals each record durably, folds periodically and at close, ignores a torn last line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-cp-'));
    tmp.push(dir);
    const file = path.join(dir, 'generated/manifest.jsonl');
    const { checkpoint } = await Checkpoint.open(file, { foldEvery: 3 });
    await Promise.all([checkpoint.record(rec('a/x')), checkpoint.record(rec('b/x'))]);
    // Not folded yet: the records live in the journal, which readers fold in.
    expect((await readManifest(file)).records.size).toBe(0);
    expect((await readManifestWithJournal(file)).records.size).toBe(2);
    await checkpoint.record(rec('c/x'));
    expect((await readManifest(file)).records.size).toBe(3); // folded at 3
    await checkpoint.record(rec('d/x'));
    // A run killed mid-append leaves half a line.
    await appendFile(journalPath(file), '{"key":"e/x","genHash":"g');
    const read = await readManifestWithJournal(file);
    expect([...read.records.keys()].sort()).toEqual(['a/x', 'b/x', 'c/x', 'd/x']);
    expect(read.warnings.join('\n')).toMatch(/unfinished last line/);
    // The next run folds the journal into the manifest and removes it.
    const next = await Checkpoint.open(file);
    expect(next.checkpoint.records.size).toBe(4);
    await expect(readFile(journalPath(file))).rejects.toThrow();
    expect((await readManifest(file)).records.size).toBe(4);
    await next.checkpoint.record(rec('a/x', 5));
    await next.checkpoint.close();
    const final = await readManifest(file);
    expect(final.records.get('a/x')!.genHash).toBe('g5');
    await expect(readFile(journalPath(file))).rejects.toThrow();
  });

  it('leaves a corrupt manifest untouched', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-cp-'));
    tmp.push(dir);
    const file = path.join(dir, 'manifest.jsonl');
    const text =
      '{"key":"a/x","genHash":"g","specHash":"s"}\n<<<<<<< HEAD\n{"key":"b/x","genHash":"g","specHash":"s"}\n';
    await writeFile(file, text);
    await writeFile(journalPath(file), JSON.stringify(rec('c/x')) + '\n');
    const { read } = await Checkpoint.open(file);
    expect(read.corrupt).toHaveLength(1);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});

describe('provider registry', () => {
  const providers = {
    fal: { concurrency: 2, timeoutSeconds: 5 },
    studio: { concurrency: 2, timeoutSeconds: 5 },
  };
  it('serves studio offline, skips hosted models offline, names the missing key, never its value', () => {
    const offline = createProviderRegistry({ env: {}, providers, offline: true });
    expect(offline('studio')).toMatchObject({ ok: true, providerId: 'studio' });
    expect(offline('nano-banana')).toMatchObject({ ok: false, reason: 'offline' });
    const lookup = createProviderRegistry({ env: { GEMINI_API_KEY: 'secret-123' }, providers });
    const noKey = lookup('flux-schnell');
    expect(noKey).toMatchObject({ ok: false, reason: 'no-key' });
    if (!noKey.ok) expect(noKey.message).toMatch(/FAL_KEY/);
    expect(lookup('nano-banana')).toMatchObject({ ok: true, providerId: 'gemini', fake: false });
    const retired = lookup('imagen-4');
    expect(retired).toMatchObject({ ok: false, reason: 'retired' });
    if (!retired.ok) expect(retired.message).not.toContain('secret-123');
    expect(lookup('no-such-model')).toMatchObject({ ok: false, reason: 'unknown-model' });
  });

  it('uses an injected adapter, one instance per provider', () => {
    const lookup = createProviderRegistry({
      env: { GEMINI_API_KEY: 'k' },
      providers,
      adapters: { gemini: () => ({ id: 'gemini', generate: async () => ({ images: [] }) }) },
    });
    const a = lookup('nano-banana');
    const b = lookup('nano-banana-pro');
    expect(a.ok && b.ok && a.provider === b.provider).toBe(true);
  });

  it('enables the fake only for a loopback URL', () => {
    const fake = createProviderRegistry({
      env: { SHOTLIST_FAKE_PROVIDER_URL: 'http://127.0.0.1:9' },
      providers,
    });
    expect(fake('flux-schnell')).toMatchObject({ ok: true, fake: true });
    const remote = createProviderRegistry({
      env: { SHOTLIST_FAKE_PROVIDER_URL: 'http://10.0.0.1:9' },
      providers,
    });
    expect(remote('flux-schnell')).toMatchObject({ ok: false, reason: 'no-key' });
  });
});
