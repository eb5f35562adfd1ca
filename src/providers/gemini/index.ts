import { MODELS, routeByProviderModel, tierFor } from '../../domain/models.js';
import { hosted, type ProviderContext, type ProviderDefinition } from '../http/adapter.js';
import { jsonHeaders, joinUrl, promptWithNegative } from '../http/common.js';
import { apiFailure, maybeJson } from '../http/errors.js';
import { checkImage } from '../http/image.js';
import { httpCall, type Headers } from '../http/request.js';
import { readJson, type JsonReader } from '../http/check.js';
import { ProviderError, type GenerateRequest, type GenerateResult } from '../types.js';

const API = 'Gemini';
const KEY_ENV = 'GEMINI_API_KEY';

/** Google's Gemini image models ("nano banana") through `models/{model}:generateContent`. */
export const gemini: ProviderDefinition = {
  id: 'gemini',
  keyEnv: KEY_ENV,
  defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta',
  capabilities: { async: false, cancel: false, idempotencyKey: false, reference: true },
  create: (ctx) => hosted({ id: 'gemini', generate: (req) => generate(ctx, req) }, ctx),
};

function body(req: GenerateRequest): unknown {
  const route = routeByProviderModel('gemini', req.providerModel);
  const parts: unknown[] = [{ text: promptWithNegative(req.spec, false) }];
  // Reference photos go in as inline parts: there is no separate edit endpoint.
  if (req.reference)
    parts.push({
      inlineData: { mimeType: req.reference.mimeType, data: req.reference.bytes.toString('base64') },
    });
  const imageSize = route ? tierFor(route, req.spec.size) : undefined;
  return {
    contents: [{ role: 'user', parts }],
    generationConfig: {
      responseModalities: ['IMAGE'],
      imageConfig: { aspectRatio: req.aspect, ...(imageSize ? { imageSize } : {}) },
    },
  };
}

async function generate(ctx: ProviderContext, req: GenerateRequest): Promise<GenerateResult> {
  const url = joinUrl(ctx.baseUrl, `models/${encodeURIComponent(req.providerModel)}:generateContent`);
  const res = await httpCall(API, url, {
    method: 'POST',
    headers: jsonHeaders({ 'x-goog-api-key': ctx.key }),
    body: JSON.stringify(body(req)),
    signal: req.signal,
    maxBytes: ctx.maxBytes,
    timeoutMs: ctx.timeoutMs,
  });
  if (res.status !== 200)
    throw geminiError(res.status, res.headers, res.body.toString('utf8'), req.providerModel);
  const bytes = imageFrom(readJson(API, res.body));
  return { images: [{ bytes, mimeType: await checkImage(API, bytes) }] };
}

/** The last non-thought image part of the first candidate; a 200 without one is a safety block or a refusal. */
export function imageFrom(answer: JsonReader): Buffer {
  const candidates = answer.get('candidates').items();
  const blockReason = answer.has('promptFeedback')
    ? answer.get('promptFeedback').get('blockReason').optString()
    : undefined;
  if (candidates.length === 0) {
    throw new ProviderError(
      'safety',
      `${API} blocked the prompt (promptFeedback.blockReason ${blockReason ?? 'unstated'}); change the prompt or the source photo`,
      {
        reason: blockReason ?? 'NO_CANDIDATES',
      },
    );
  }
  const first = candidates[0]!;
  const parts = first.has('content') ? first.get('content').get('parts').items() : [];
  let image: JsonReader | undefined;
  for (const part of parts) {
    if (part.get('thought').optBoolean() === true || !part.has('inlineData')) continue;
    const inline = part.get('inlineData');
    const mime = inline.get('mimeType').optString() ?? '';
    if (mime.startsWith('image/')) image = inline.get('data');
  }
  if (image !== undefined) return image.base64();
  const finish = first.get('finishReason').optString() ?? 'unstated';
  const said = parts
    .map((p) => p.get('text').optString())
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);
  // Only a plain stop without an image could be luck; every other finish reason is a refusal.
  const kind = /SAFETY|PROHIBITED|RECITATION|BLOCKLIST|SPII/.test(finish) ? 'safety' : 'refused';
  throw new ProviderError(
    kind,
    `${API} returned no image (finishReason ${finish})${said ? `: ${said}` : ''}; change the prompt or the source photo`,
    {
      reason: finish,
    },
  );
}

/** Maps the google.rpc.Status envelope: an invalid key is a 400, a 429's wait is in the body. */
export function geminiError(
  status: number,
  headers: Headers,
  text: string,
  providerModel: string,
): ProviderError {
  const err = ((maybeJson(text) as { error?: Record<string, unknown> } | undefined)?.error ?? {}) as {
    message?: string;
    status?: string;
    details?: Record<string, unknown>[];
  };
  const details = Array.isArray(err.details) ? err.details : [];
  const typed = (suffix: string) =>
    details.filter((d) => typeof d['@type'] === 'string' && (d['@type'] as string).endsWith(suffix));
  const reason = typed('google.rpc.ErrorInfo')
    .map((d) => d.reason)
    .find((r): r is string => typeof r === 'string');
  const message = typeof err.message === 'string' ? err.message : text.slice(0, 200);
  const code = reason ?? err.status;
  if (reason === 'API_KEY_INVALID' || err.status === 'UNAUTHENTICATED' || err.status === 'PERMISSION_DENIED')
    return apiFailure(API, KEY_ENV, status, headers, { kind: 'auth', reason: code, message });
  if (status === 404 || err.status === 'NOT_FOUND')
    return apiFailure(API, KEY_ENV, status, headers, {
      kind: 'unavailable',
      reason: code,
      message: `${message}; ${retiredHint(providerModel)}`,
    });
  if (status === 429) {
    const perDay = typed('google.rpc.QuotaFailure').some((d) =>
      JSON.stringify(d.violations ?? '').match(/PerDay|per_day|perday/i),
    );
    if (perDay)
      return apiFailure(API, KEY_ENV, status, headers, {
        kind: 'credits',
        reason: 'daily quota exhausted',
        message,
      });
    const delay = typed('google.rpc.RetryInfo')
      .map((d) => d.retryDelay)
      .find((d): d is string => typeof d === 'string');
    const ms = delay && /^\d+(\.\d+)?s$/.test(delay) ? Math.round(parseFloat(delay) * 1000) : undefined;
    return apiFailure(API, KEY_ENV, status, headers, {
      reason: code,
      message,
      ...(ms !== undefined ? { retryAfterMs: ms } : {}),
    });
  }
  return apiFailure(API, KEY_ENV, status, headers, { reason: code, message });
}

function retiredHint(providerModel: string): string {
  const live = MODELS.filter((m) => !m.retired).flatMap((m) =>
    m.routes.filter((r) => r.provider === 'gemini').map((r) => ({ id: m.id, r })),
  );
  const successor = live.find((x) => providerModel.startsWith(x.r.providerModel));
  return successor
    ? `model retired: use ${successor.r.providerModel} (shotlist model ${successor.id}); update shotlist`
    : `model retired: Gemini serves ${live.map((x) => x.r.providerModel).join(', ')}`;
}
