import type { FormData } from 'undici';
import { request, type Dispatcher } from 'undici';
import { ProviderError } from '../types.js';

export type Headers = Record<string, string | string[] | undefined>;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface HttpCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Buffer | FormData;
  signal: AbortSignal;
  /** Cap on the answer's bytes: a bigger answer is refused, not buffered. */
  maxBytes: number;
  timeoutMs: number;
}

/** Reads a body to the end, refusing more than `maxBytes` (checked on the declared length first). */
export async function readBody(
  api: string,
  body: Dispatcher.ResponseData['body'],
  headers: Headers,
  maxBytes: number,
): Promise<Buffer> {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.destroy();
    throw new ProviderError('bad-output', `${api} sent ${declared} bytes, over the ${maxBytes}-byte cap`);
  }
  // With a declared length each chunk is copied into place as it arrives and can be collected young.
  let into = Number.isFinite(declared) && declared > 0 ? Buffer.allocUnsafe(declared) : undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    if (size + chunk.length > maxBytes) {
      body.destroy();
      throw new ProviderError('bad-output', `${api} sent more than the ${maxBytes}-byte cap; refusing it`);
    }
    if (into && size + chunk.length > into.length) {
      // Longer than declared: gather the rest as chunks after what was copied.
      chunks.push(into.subarray(0, size));
      into = undefined;
    }
    if (into) chunk.copy(into, size);
    else chunks.push(chunk);
    size += chunk.length;
  }
  return into ? into.subarray(0, size) : Buffer.concat(chunks);
}

/**
 * One HTTP exchange with a whole body read under a cap. Network failures become `transient` or
 * `timeout` ProviderErrors; when the caller's signal aborted, its abort error is passed through so
 * the run can tell a cancellation from a failure.
 */
export async function httpCall(api: string, url: string | URL, call: HttpCall): Promise<HttpAnswer> {
  try {
    const res = await request(url, {
      method: call.method,
      headers: call.headers,
      body: call.body,
      signal: call.signal,
      headersTimeout: call.timeoutMs,
      bodyTimeout: call.timeoutMs,
    } as Parameters<typeof request>[1]);
    const body = await readBody(api, res.body, res.headers, call.maxBytes);
    return { status: res.statusCode, headers: res.headers, body };
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw networkError(api, error, call.signal);
  }
}

export function networkError(api: string, error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (/TIMEOUT/.test(code))
    return new ProviderError('timeout', `${api} did not answer in time (${code})`, { cause: error });
  return new ProviderError('transient', `network error talking to ${api}: ${code || message}`, {
    cause: error,
  });
}

/** True when the abort came from a timeout (the attempt's), not from a cancelled run. */
export function abortedByTimeout(signal: AbortSignal): boolean {
  return (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
}

export function headerValue(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}
