import { DeleteObjectsCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { publicUrl, type S3Settings } from './s3-store.js';

/**
 * Objects younger than this are never pruned: a run elsewhere (another CI job) may have uploaded
 * them and not yet pushed the manifest that records them.
 */
export const S3_MIN_AGE_MS = 60 * 60 * 1000;

export interface S3Orphans {
  /** Keys under the prefix no kept record's URL points at, sorted. */
  keys: string[];
  /** Orphans left alone because they are younger than S3_MIN_AGE_MS. */
  young: number;
}

/** Lists the bucket under the prefix and picks the objects no record's URL points at. */
export async function planS3Prune(
  client: S3Client,
  s: S3Settings,
  referencedUrls: ReadonlySet<string>,
  now = Date.now(),
): Promise<S3Orphans> {
  const prefix = (s.prefix ?? '').replace(/^\/+|\/+$/g, '');
  const keys: string[] = [];
  let young = 0;
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({
        Bucket: s.bucket,
        ...(prefix ? { Prefix: `${prefix}/` } : {}),
        ...(token ? { ContinuationToken: token } : {}),
      }),
    );
    for (const o of page.Contents ?? []) {
      if (!o.Key || referencedUrls.has(publicUrl(s, o.Key))) continue;
      if (o.LastModified && now - o.LastModified.getTime() < S3_MIN_AGE_MS) young++;
      else keys.push(o.Key);
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return { keys: keys.sort(), young };
}

/** Deletes the keys, 1,000 a request (the S3 limit); throws naming the keys S3 refused. */
export async function applyS3Prune(client: S3Client, bucket: string, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 1000) {
    const batch = keys.slice(i, i + 1000);
    const res = await client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
      }),
    );
    const failed = (res.Errors ?? []).map((e) => `${e.Key} (${e.Code ?? 'error'})`);
    if (failed.length)
      throw new Error(
        `S3 refused to delete ${failed.length} objects: ${failed.slice(0, 5).join(', ')}; check the credentials may delete in bucket ${bucket}`,
      );
  }
}
