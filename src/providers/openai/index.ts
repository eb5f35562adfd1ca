import { FormData } from 'undici';
import { aspectPlan, routeByProviderModel, type ModelRoute } from '../../domain/models.js';
import { hosted, type ProviderContext, type ProviderDefinition } from '../http/adapter.js';
import { jsonHeaders, joinUrl, promptWithNegative } from '../http/common.js';
import { apiFailure, maybeJson } from '../http/errors.js';
import { checkImage } from '../http/image.js';
import { headerValue, httpCall, type Headers } from '../http/request.js';
import { readJson, type JsonReader } from '../http/check.js';
import { ProviderError, type GenerateRequest, type GenerateResult } from '../types.js';

const API = 'OpenAI';
const KEY_ENV = 'OPENAI_API_KEY';

/** OpenAI Images (gpt-image-*): synchronous, sizes instead of aspects, base64 answers. */
export const openai: ProviderDefinition = {
  id: 'openai',
  keyEnv: KEY_ENV,
  defaultBaseUrl: 'https://api.openai.com/v1',
  capabilities: { async: false, cancel: false, idempotencyKey: false, reference: true },
  create: (ctx) => hosted({ id: 'openai', generate: (req) => generate(ctx, req) }, ctx),
};

/** The size to ask for: the route's size for the (already planned) aspect, else the planned crop's. */
export function sizeFor(route: ModelRoute | undefined, aspect: string): string {
  const size = route?.sizes?.[aspect] ?? (route ? aspectPlan(route, aspect)?.size : undefined);
  if (!size)
    throw new ProviderError(
      'validation',
      `${API} has no size for aspect ${aspect} (it makes ${Object.keys(route?.sizes ?? {}).join(', ') || 'fixed sizes'}); pick another model for this placement`,
    );
  return size;
}

function fields(req: GenerateRequest, route: ModelRoute | undefined): Record<string, string> {
  return {
    // Always named: without it the API silently uses dall-e-2.
    model: req.providerModel,
    prompt: promptWithNegative(req.spec, false),
    n: '1',
    size: sizeFor(route, req.aspect),
    quality: 'high',
    output_format: 'png',
  };
}

async function generate(ctx: ProviderContext, req: GenerateRequest): Promise<GenerateResult> {
  const route = routeByProviderModel('openai', req.providerModel);
  const f = fields(req, route);
  const auth = { authorization: `Bearer ${ctx.key}` };
  let url: string;
  let body: string | FormData;
  let headers: Record<string, string>;
  if (req.reference) {
    // The product photo goes to the edits endpoint as a multipart file (the OpenAPI spec's form).
    const form = new FormData();
    for (const [k, v] of Object.entries(f)) form.append(k, v);
    form.append('input_fidelity', 'high');
    form.append(
      'image[]',
      new Blob([new Uint8Array(req.reference.bytes)], { type: req.reference.mimeType }),
      `reference.${req.reference.mimeType.split('/')[1] ?? 'png'}`,
    );
    url = joinUrl(ctx.baseUrl, 'images/edits');
    body = form;
    headers = { accept: 'application/json', ...auth };
  } else {
    url = joinUrl(ctx.baseUrl, 'images/generations');
    body = JSON.stringify({ ...f, n: 1 });
    headers = jsonHeaders(auth);
  }
  const res = await httpCall(API, url, {
    method: 'POST',
    headers,
    body,
    signal: req.signal,
    maxBytes: ctx.maxBytes,
    timeoutMs: ctx.timeoutMs,
  });
  if (res.status !== 200) throw openaiError(res.status, res.headers, res.body.toString('utf8'));
  const answer = readJson(API, res.body);
  const first = answer.get('data').items()[0];
  if (!first?.has('b64_json'))
    throw new ProviderError('bad-output', `${API} answered 200 without data[0].b64_json`);
  const bytes = first.get('b64_json').base64();
  const cost = costFromUsage(answer, route);
  return {
    images: [{ bytes, mimeType: await checkImage(API, bytes) }],
    ...(cost !== undefined ? { costUsd: cost } : {}),
  };
}

/** USD from the answer's token `usage` and the route's token prices; undefined when either is missing. */
export function costFromUsage(answer: JsonReader, route: ModelRoute | undefined): number | undefined {
  if (!route?.tokenUsd || !answer.has('usage')) return undefined;
  const usage = answer.get('usage');
  const input = usage.get('input_tokens').optNumber() ?? 0;
  const output = usage.get('output_tokens').optNumber() ?? 0;
  const details = usage.has('input_tokens_details') ? usage.get('input_tokens_details') : undefined;
  const imageIn = details?.get('image_tokens').optNumber() ?? 0;
  const textIn = details?.get('text_tokens').optNumber() ?? input - imageIn;
  const p = route.tokenUsd;
  const usd = (textIn * p.textIn + imageIn * p.imageIn + output * p.imageOut) / 1_000_000;
  return Math.round(usd * 1_000_000) / 1_000_000;
}

/** `{error:{message,type,param,code}}`: moderation_blocked is a safety refusal, invalid_api_key quotes the key. */
export function openaiError(status: number, headers: Headers, text: string): ProviderError {
  const err = ((maybeJson(text) as { error?: Record<string, unknown> } | undefined)?.error ?? {}) as Record<
    string,
    unknown
  >;
  const code = typeof err.code === 'string' ? err.code : typeof err.type === 'string' ? err.type : undefined;
  const message = typeof err.message === 'string' ? err.message : text.slice(0, 200);
  const requestId = headerValue(headers, 'x-request-id');
  const detail = {
    ...(code ? { reason: code } : {}),
    message: requestId ? `${message} [request ${requestId}]` : message,
  };
  if (code === 'moderation_blocked' || code === 'content_policy_violation')
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'safety' });
  if (code === 'invalid_api_key' || status === 401)
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'auth' });
  if (code === 'insufficient_quota' || code === 'billing_hard_limit_reached')
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'credits' });
  if (code === 'model_not_found' || (status === 404 && /model/i.test(message)))
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
  const failure = apiFailure(API, KEY_ENV, status, headers, detail);
  // The API's own verdict on retrying wins over the status (the SDK does the same).
  const should = headerValue(headers, 'x-should-retry');
  if (should === 'false' && failure.retryable)
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
  if (should === 'true' && !failure.retryable)
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'transient' });
  return failure;
}
