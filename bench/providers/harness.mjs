// The bench's core: N shots through one Provider at a fixed concurrency, each image written to disk
// at once and dropped (the adapter must not need the whole batch in memory), peak RSS from the OS.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { request } from 'undici';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/** A shot spec as the run would hand an adapter; 1:1 so every API serves it natively. */
export function benchSpec(i, model) {
  const sku = `sku-${String(i).padStart(5, '0')}`;
  return {
    key: `${sku}/main`,
    sku,
    variant: 'main',
    placement: 'grid',
    promptId: 'p',
    promptVersion: 1,
    templateHash: 't',
    prompt: `studio photo of leather bag number ${i} on a white background`,
    model,
    aspect: '1:1',
    size: 1024,
    format: 'webp',
    quality: 90,
    background: '#FFFFFF',
    seed: i,
    contract: 1,
    genHash: `g${i}`,
    specHash: `s${i}`,
  };
}

/**
 * Writes an image with one write call. fs.promises.writeFile cuts a buffer into 512 KiB writes,
 * each a separate trip through libuv's 4 threads: with 32 shots finishing together that queue
 * held each shot's slot for tens of ms (a cost of this harness, not of any adapter).
 */
async function writeImage(file, bytes) {
  const handle = await open(file, 'w');
  try {
    let at = 0;
    while (at < bytes.length) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
  } finally {
    await handle.close();
  }
}

/**
 * Run `shots` calls of `provider.generate` with at most `concurrency` in flight.
 * Returns { seconds, ok, failures: [{ i, error }], bytes, peakRssMb, shotMs: { median, p90 } } where
 * shotMs is each shot's time from the call to its file written.
 */
export async function runProviderBench({ provider, providerModel, model, shots, concurrency, outDir }) {
  let next = 0;
  let ok = 0;
  let bytes = 0;
  const failures = [];
  const shotMs = [];
  async function worker() {
    while (next < shots) {
      const i = next++;
      // One signal per shot, as the run gives each attempt its own.
      const controller = new globalThis.AbortController();
      const started = performance.now();
      try {
        const result = await provider.generate({
          spec: benchSpec(i, model),
          providerModel,
          aspect: '1:1',
          idempotencyKey: `bench-${i}`,
          signal: controller.signal,
          onJob: async () => {},
        });
        const image = result.images[0];
        if (!image) throw new Error('no image in the result');
        const file = path.join(outDir, `${i}.img`);
        if (image.bytes) {
          bytes += image.bytes.length;
          await writeImage(file, image.bytes);
        } else if (image.url) {
          const res = await request(image.url);
          if (res.statusCode !== 200) throw new Error(`download ${res.statusCode}`);
          await pipeline(res.body, createWriteStream(file));
        } else throw new Error('image has neither bytes nor url');
        ok++;
        shotMs.push(performance.now() - started);
      } catch (error) {
        failures.push({ i, error: String(error?.message ?? error) });
      }
    }
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  shotMs.sort((a, b) => a - b);
  const at = (q) => shotMs[Math.min(shotMs.length - 1, Math.floor(q * shotMs.length))] ?? 0;
  return {
    seconds,
    ok,
    failures,
    bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    shotMs: { median: at(0.5), p90: at(0.9) },
  };
}
