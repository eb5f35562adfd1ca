import { ProviderError, type GeneratedImage } from '../types.js';
import { checkImage } from './image.js';
import { httpCall } from './request.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/;

export function isLoopback(url: URL): boolean {
  return LOOPBACK.test(url.hostname);
}

export interface DownloadOptions {
  api: string;
  signal: AbortSignal;
  maxBytes: number;
  timeoutMs: number;
  /** Plain http is accepted only from loopback (test fakes); everything else must be https. */
  allowLoopbackHttp: boolean;
}

/** Decodes a `data:image/…;base64,` URI, or undefined when `text` is not one. */
export function fromDataUri(text: string): Buffer | undefined {
  const m = /^data:image\/[a-z0-9.+-]+;base64,/i.exec(text);
  return m ? Buffer.from(text.slice(m[0].length), 'base64') : undefined;
}

/** Refuses URLs a result may not come from: not https (loopback http only in tests), or unreadable. */
export function checkResultUrl(api: string, text: string, allowLoopbackHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProviderError(
      'bad-output',
      `${api} returned a result URL that does not parse: ${text.slice(0, 80)}`,
    );
  }
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && allowLoopbackHttp && isLoopback(url));
  if (!ok)
    throw new ProviderError(
      'bad-output',
      `${api} returned a result URL that is not https (${url.protocol}//${url.host}); refusing to fetch it`,
    );
  return url;
}

/**
 * Fetches a result image (https, under a size cap, must be a whole image). Called inside the
 * provider attempt, so a 5xx, an expired URL or a cut-off transfer is retried like the call itself.
 */
export async function downloadResult(text: string, o: DownloadOptions): Promise<GeneratedImage> {
  const inline = fromDataUri(text);
  if (inline) return { bytes: inline, mimeType: await checkImage(o.api, inline) };
  const url = checkResultUrl(o.api, text, o.allowLoopbackHttp);
  const what = `${o.api} result download`;
  const res = await httpCall(what, url, {
    method: 'GET',
    signal: o.signal,
    maxBytes: o.maxBytes,
    timeoutMs: o.timeoutMs,
  });
  if (res.status !== 200) throw downloadError(what, res.status);
  return { bytes: res.body, mimeType: await checkImage(o.api, res.body) };
}

function downloadError(what: string, status: number): ProviderError {
  if (status === 429) return new ProviderError('rate-limit', `${what} answered HTTP 429`, { status });
  if (status >= 500 || status === 408)
    return new ProviderError('transient', `${what} answered HTTP ${status}`, { status });
  // The result is gone (URLs expire: fal after minutes, Recraft after a day): only a new call can replace it.
  if (status === 403 || status === 404 || status === 410)
    return new ProviderError(
      'transient',
      `${what} answered HTTP ${status}: the result URL has expired or was removed; asking again`,
      { status },
    );
  return new ProviderError('bad-output', `${what} answered HTTP ${status}`, { status });
}
