import { routeByProviderModel } from '../../domain/models.js';
import { hosted, isLoopbackBase, type ProviderContext, type ProviderDefinition } from '../http/adapter.js';
import { REFERENCE_STRENGTH, dataUri, jsonHeaders, joinUrl } from '../http/common.js';
import { downloadResult } from '../http/download.js';
import { apiFailure, commonErrorText, maybeJson } from '../http/errors.js';
import { checkImage } from '../http/image.js';
import { httpCall, type Headers } from '../http/request.js';
import { readJson } from '../http/check.js';
import { ProviderError, type GenerateRequest, type GenerateResult } from '../types.js';

const API = 'Recraft';
const KEY_ENV = 'RECRAFT_API_TOKEN';

/**
 * Recraft's OpenAI-like generations endpoint, and image-to-image with the product photo; result
 * URLs expire, so they are fetched at once.
 */
export const recraft: ProviderDefinition = {
  id: 'recraft',
  keyEnv: KEY_ENV,
  defaultBaseUrl: 'https://external.api.recraft.ai/v1',
  capabilities: { async: false, cancel: false, idempotencyKey: false, reference: true },
  create: (ctx) => hosted({ id: 'recraft', generate: (req) => generate(ctx, req) }, ctx),
};

// V3 styles; V4 takes no style field, so other values are not sent.
const STYLES: Record<string, string> = {
  realistic: 'realistic_image',
  illustration: 'digital_illustration',
  vector: 'vector_illustration',
  icon: 'icon',
};

export function recraftBody(req: GenerateRequest): Record<string, unknown> {
  const route = routeByProviderModel('recraft', req.providerModel);
  const reference = req.reference && route?.reference ? req.reference : undefined;
  const size = route?.sizes?.[req.aspect];
  if (!size)
    throw new ProviderError(
      'validation',
      `${API} ${req.providerModel} has no size for aspect ${req.aspect} (it makes ${Object.keys(route?.sizes ?? {}).join(', ')}); pick another model for this placement`,
    );
  const style = req.providerModel === 'recraftv3' && req.spec.style ? STYLES[req.spec.style] : undefined;
  return {
    prompt: req.spec.prompt,
    model: req.providerModel,
    size,
    n: 1,
    random_seed: req.spec.seed,
    ...(req.spec.negative ? { negative_prompt: req.spec.negative } : {}),
    ...(style ? { style } : {}),
    // imageToImage: the photo as a data URI (no upload step), with the strength every API shares.
    ...(reference ? { image_url: dataUri(reference), strength: REFERENCE_STRENGTH } : {}),
  };
}

async function generate(ctx: ProviderContext, req: GenerateRequest): Promise<GenerateResult> {
  const body = recraftBody(req);
  const path = body.image_url === undefined ? 'images/generations' : 'images/imageToImage';
  const res = await httpCall(API, joinUrl(ctx.baseUrl, path), {
    method: 'POST',
    headers: jsonHeaders({ authorization: `Bearer ${ctx.key}` }),
    body: JSON.stringify(body),
    signal: req.signal,
    maxBytes: ctx.maxBytes,
    timeoutMs: ctx.timeoutMs,
  });
  if (res.status !== 200) throw recraftError(res.status, res.headers, res.body.toString('utf8'));
  const first = readJson(API, res.body).get('data').items()[0];
  if (!first) throw new ProviderError('bad-output', `${API} answered 200 with no image in data`);
  if (first.has('b64_json')) {
    const bytes = first.get('b64_json').base64();
    return { images: [{ bytes, mimeType: await checkImage(API, bytes) }] };
  }
  const url = first.get('url').string();
  const image = await downloadResult(url, {
    api: API,
    signal: req.signal,
    maxBytes: ctx.maxBytes,
    timeoutMs: ctx.timeoutMs,
    allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
  });
  return { images: [image] };
}

/** Error bodies may be plain text (`request unauthorized`): read as text, then try JSON. */
export function recraftError(status: number, headers: Headers, text: string): ProviderError {
  const { message, code } = commonErrorText(maybeJson(text), text);
  const safety = /nsfw|inappropriate|safety|moderat/i.test(`${code ?? ''} ${message}`);
  return apiFailure(API, KEY_ENV, status, headers, {
    ...(code ? { reason: code } : {}),
    message,
    ...(safety && status >= 400 && status < 500 && status !== 429 ? { kind: 'safety' as const } : {}),
  });
}
