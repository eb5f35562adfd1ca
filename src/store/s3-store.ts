import {
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { Env } from './git-exec.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface S3Settings {
  bucket: string;
  endpoint?: string;
  region?: string;
  publicBaseUrl?: string;
  prefix?: string;
  forcePathStyle?: boolean;
}

export interface PublishInput {
  sku: string;
  variant: string;
  /** sha256 of `bytes` (hex); its first 8 digits name the object. */
  sha256: string;
  ext: string;
  contentType: string;
  bytes: Buffer;
  signal?: AbortSignal;
}

/** Where published images go when they do not go into git. */
export interface ObjectStore {
  /** Uploads unless the object is already there; resolves once it is durable. */
  publish(o: PublishInput): Promise<{ key: string; url: string; uploaded: boolean }>;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

/** `<prefix>/<sku>/<variant>-<sha8>.<ext>`: a new image gets a new key, so a CDN may cache forever. */
export function objectKey(
  prefix: string | undefined,
  o: Pick<PublishInput, 'sku' | 'variant' | 'sha256' | 'ext'>,
): string {
  const p = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  const name = `${o.sku}/${o.variant}-${o.sha256.slice(0, 8)}.${o.ext}`;
  return p ? `${p}/${name}` : name;
}

const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');

export function publicUrl(s: S3Settings, key: string): string {
  if (s.publicBaseUrl) return `${s.publicBaseUrl.replace(/\/+$/, '')}/${encodeKey(key)}`;
  const region = s.region ?? 'us-east-1';
  if (!s.endpoint) return `https://${s.bucket}.s3.${region}.amazonaws.com/${encodeKey(key)}`;
  const endpoint = new URL(s.endpoint);
  if (s.forcePathStyle) return `${endpoint.origin}/${s.bucket}/${encodeKey(key)}`;
  return `${endpoint.protocol}//${s.bucket}.${endpoint.host}/${encodeKey(key)}`;
}

/** Throttling, timeouts, 5xx and network failures can succeed later; the rest cannot. */
export function isTransient(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    const status = error.$metadata.httpStatusCode ?? 0;
    return (
      status === 408 || status === 429 || status >= 500 || /SlowDown|Throttl|RequestTimeout/.test(error.name)
    );
  }
  const code = (error as { code?: string }).code ?? '';
  return (
    /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|UND_ERR/.test(code) ||
    (error as Error).name === 'TimeoutError'
  );
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });
}

async function withRetries<T>(
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  fn: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (signal?.aborted || !isTransient(error) || attempt >= policy.maxAttempts) throw error;
      // Full jitter, as for provider calls.
      await wait(
        Math.floor(Math.random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1))),
        signal,
      );
    }
  }
}

/** The credentials an S3 client needs, from the host's environment; a clear message when absent. */
export function s3Credentials(env: Env): {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
} {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey)
    throw new Error(
      'storage kind s3 needs credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones) in the environment, e.g. from repository secrets',
    );
  return {
    accessKeyId,
    secretAccessKey,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
  };
}

export function s3Client(s: S3Settings, env: Env): S3Client {
  const config: S3ClientConfig = {
    region: s.region ?? env.AWS_REGION ?? 'us-east-1',
    credentials: s3Credentials(env),
    // Retries are ours (withRetries), so attempts are counted once.
    maxAttempts: 1,
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    ...(s.forcePathStyle !== undefined ? { forcePathStyle: s.forcePathStyle } : {}),
  };
  return new S3Client(config);
}

async function exists(
  client: S3Client,
  bucket: string,
  key: string,
  size: number,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), {
      abortSignal: signal,
    });
    // Same key means same sha8; a different size means a different image that shares it.
    return head.ContentLength === size;
  } catch (error) {
    if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return false;
    throw error;
  }
}

/**
 * An ObjectStore on an S3-compatible bucket: HEAD first (a rerun uploads nothing already there),
 * then PUT with the image's Content-Type and an immutable Cache-Control. An S3 PUT is atomic: a
 * killed upload leaves no object, and the caller writes the manifest record only after it resolves.
 */
export function s3ObjectStore(
  s: S3Settings,
  env: Env,
  policy: RetryPolicy,
  client = s3Client(s, env),
): ObjectStore {
  return {
    async publish(o) {
      const key = objectKey(s.prefix, o);
      const url = publicUrl(s, key);
      return withRetries(policy, o.signal, async () => {
        if (await exists(client, s.bucket, key, o.bytes.length, o.signal))
          return { key, url, uploaded: false };
        await client.send(
          new PutObjectCommand({
            Bucket: s.bucket,
            Key: key,
            Body: o.bytes,
            ContentType: o.contentType,
            CacheControl: IMMUTABLE,
            ContentLength: o.bytes.length,
          }),
          { abortSignal: o.signal },
        );
        return { key, url, uploaded: true };
      });
    },
  };
}
