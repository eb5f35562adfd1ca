import { request } from 'undici';
import { ProviderError } from '../providers/types.js';

/** Fetches an image a provider returned by URL, refusing more than `maxBytes`. */
export async function downloadImage(url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  let res;
  try {
    res = await request(url, { method: 'GET', signal, maxRedirections: 3 } as Parameters<typeof request>[1]);
  } catch (error) {
    throw new ProviderError(
      'transient',
      `could not download the provider's image: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new ProviderError(
      res.statusCode >= 500 ? 'transient' : 'bad-output',
      `image download answered HTTP ${res.statusCode}`,
      {
        status: res.statusCode,
      },
    );
  }
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.body.destroy();
    throw new ProviderError(
      'bad-output',
      `image download is ${declared} bytes, over the ${maxBytes}-byte cap`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.body.destroy();
      throw new ProviderError('bad-output', `image download exceeded the ${maxBytes}-byte cap`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
