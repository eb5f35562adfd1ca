import { request } from 'undici';
import { DEFAULT_MAX_INPUT_BYTES } from '../images/normalise.js';
import { errorFromResponse } from './http-errors.js';
import { ProviderError, type GenerateRequest, type GenerateResult, type Provider } from './types.js';

/**
 * Adapter for the loopback test server in test/fakes (protocol documented there): POST
 * `<base>/generate` with a JSON body and an `Idempotency-Key` header, image bytes back. It exists so
 * the run's queues, retries and checkpoints can be tested end to end with real HTTP; the registry
 * only enables it for a loopback base URL given in SHOTLIST_FAKE_PROVIDER_URL.
 */
export function createFakeHttpProvider(options: {
  baseUrl: string;
  timeoutMs: number;
  maxBytes?: number;
}): Provider {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const url = new URL('generate', options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  return {
    id: 'fake',
    async generate(req: GenerateRequest): Promise<GenerateResult> {
      const { spec } = req;
      const body = JSON.stringify({
        key: spec.key,
        model: req.providerModel,
        prompt: spec.prompt,
        negative: spec.negative,
        seed: spec.seed,
        aspect: req.aspect,
        size: spec.size,
        reference: req.reference ? req.reference.bytes.length : 0,
      });
      let res;
      try {
        res = await request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': req.idempotencyKey },
          body,
          signal: req.signal,
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
        });
      } catch (error) {
        throw networkError(error, req.signal);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res.body as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > maxBytes) {
            res.body.destroy();
            throw new ProviderError(
              'bad-output',
              `fake provider sent more than ${maxBytes} bytes; refusing the image`,
            );
          }
          chunks.push(chunk);
        }
      } catch (error) {
        if (error instanceof ProviderError) throw error;
        throw networkError(error, req.signal);
      }
      const bytes = Buffer.concat(chunks);
      if (res.statusCode !== 200) {
        throw errorFromResponse(res.statusCode, res.headers, bytes.toString('utf8'), 'fake provider');
      }
      const jobId = res.headers['x-job-id'];
      const cost = Number(res.headers['x-cost-usd']);
      const result: GenerateResult = {
        images: [{ bytes, mimeType: String(res.headers['content-type'] ?? 'application/octet-stream') }],
      };
      if (typeof jobId === 'string') result.jobId = jobId;
      if (Number.isFinite(cost)) result.costUsd = cost;
      return result;
    },
  };
}

function networkError(error: unknown, signal: AbortSignal): unknown {
  // The run aborted us (deadline, cancellation): the caller decides from its own signal.
  if (signal.aborted) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (/TIMEOUT/.test(code))
    return new ProviderError('timeout', `fake provider timed out (${code})`, { cause: error });
  return new ProviderError('transient', `network error talking to the fake provider: ${code || message}`, {
    cause: error,
  });
}
