// bench/delivery/s3-upload: 500 images of 300 KB published through the S3 store (HEAD, then PUT
// with Content-Type and Cache-Control, retries armed) to a local s3rver, against the baseline: a
// bare concurrent PUT loop with the same S3 client and the same concurrency. Target >= 0.8.
import console from 'node:console';
import { randomBytes, createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import PQueue from 'p-queue';
import S3rver from 's3rver';
import { s3Client, s3ObjectStore } from '../../dist/store/s3-store.js';

const IMAGES = Number(process.env.BENCH_IMAGES ?? 500);
const SIZE = 300 * 1024;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-bench-s3-'));
const server = new S3rver({
  port: 0,
  address: '127.0.0.1',
  silent: true,
  directory: dir,
  configureBuckets: [{ name: 'b' }],
});
const { port } = await server.run();
const settings = {
  bucket: 'b',
  endpoint: `http://127.0.0.1:${port}`,
  region: 'us-east-1',
  forcePathStyle: true,
};
const env = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
const client = s3Client(settings, env);
// Random bytes: as incompressible as a WebP.
const images = Array.from({ length: IMAGES }, () => {
  const bytes = randomBytes(SIZE);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
});

async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function bare(round) {
  const q = new PQueue({ concurrency: CONCURRENCY });
  await Promise.all(
    images.map((img, i) =>
      q.add(() =>
        client.send(
          new PutObjectCommand({
            Bucket: 'b',
            Key: `bare${round}/sku-${i}/main.webp`,
            Body: img.bytes,
            ContentType: 'image/webp',
          }),
        ),
      ),
    ),
  );
}

async function store(round) {
  const objects = s3ObjectStore(
    { ...settings, prefix: `store${round}` },
    env,
    { maxAttempts: 5, baseMs: 1000, capMs: 60000 },
    client,
  );
  const q = new PQueue({ concurrency: CONCURRENCY });
  await Promise.all(
    images.map((img, i) =>
      q.add(() =>
        objects.publish({
          sku: `sku-${i}`,
          variant: 'main',
          sha256: img.sha256,
          ext: 'webp',
          contentType: 'image/webp',
          bytes: img.bytes,
        }),
      ),
    ),
  );
}

await bare('warm');
await store('warm');
const ratios = [];
for (let r = 0; r < ROUNDS; r++) {
  // Interleaved so both see the same machine load.
  const b = await timed(() => bare(r));
  const s = await timed(() => store(r));
  ratios.push(b / s);
  console.log(
    `round ${r + 1}: bare PUT loop ${(b / 1000).toFixed(2)} s, S3 store ${(s / 1000).toFixed(2)} s, ratio ${(b / s).toFixed(2)}`,
  );
}
ratios.sort((x, y) => x - y);
console.log(
  `s3 upload: ${IMAGES} images x 300 KB at concurrency ${CONCURRENCY}: throughput of the S3 store / bare PUT loop = ${ratios[Math.floor(ratios.length / 2)].toFixed(2)} (median of ${ROUNDS}; target >= 0.8)`,
);
await server.close();
await rm(dir, { recursive: true, force: true });
