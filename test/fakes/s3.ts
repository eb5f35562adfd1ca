/** A real S3-compatible server (s3rver) on loopback, in its own temp folder, with one bucket. */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface LocalS3 {
  url: string;
  /** Where s3rver keeps its objects (`<dir>/<bucket>/...`). */
  dir: string;
  close(): Promise<void>;
}

export async function startS3(bucket: string): Promise<LocalS3> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-s3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = (await server.run()) as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
