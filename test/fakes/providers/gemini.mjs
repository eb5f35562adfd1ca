// Fake Gemini API (generativelanguage.googleapis.com), written from PROVIDERS.md "Google Gemini image
// models" and googleapis/js-genai types. Speaks:
//   POST /v1beta/models/{model}:generateContent   header x-goog-api-key
//   200 {candidates:[{content:{role:'model',parts:[text?, thought image?, {inlineData}]},finishReason:'STOP'}],usageMetadata,modelVersion,responseId}
// and fails the Gemini way: google.rpc.Status envelopes, an invalid key as 400 API_KEY_INVALID,
// 429 RESOURCE_EXHAUSTED with RetryInfo.retryDelay in the body and no Retry-After header, safety
// blocks as HTTP 200, 404 for retired `-preview` ids and Imagen.
import {
  describeErrors,
  dimsForAspect,
  jsonPieces,
  loadSchema,
  productImage,
  startServer,
  toBase64,
} from './common.mjs';

export const GEMINI_LIVE_MODELS = ['gemini-3-pro-image', 'gemini-3.1-flash-image', 'gemini-2.5-flash-image'];
const SIZE_LONG_SIDE = { 512: 512, '1K': 1024, '2K': 2048, '4K': 4096 };
const validate = loadSchema('gemini-generate-content.json', 'GenerateContentRequest');

function rpcError(code, status, message, details = []) {
  return { error: { code, message, status, details } };
}

/** The documented failure bodies, by action type. */
export function geminiErrorFor(action, model) {
  switch (action.type) {
    case 'invalid-key':
      return [
        400,
        rpcError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'API_KEY_INVALID',
            domain: 'googleapis.com',
            metadata: { service: 'generativelanguage.googleapis.com' },
          },
          {
            '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
            locale: 'en-US',
            message: 'API key not valid. Please pass a valid API key.',
          },
        ]),
      ];
    case 'missing-key':
      return [
        403,
        rpcError(
          403,
          'PERMISSION_DENIED',
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        ),
      ];
    case 'rate-limit':
    case 'quota-daily': {
      const daily = action.type === 'quota-daily';
      const quotaId = daily
        ? 'GenerateRequestsPerDayPerProjectPerModel-FreeTier'
        : 'GenerateRequestsPerMinutePerProjectPerModel';
      return [
        429,
        rpcError(
          429,
          'RESOURCE_EXHAUSTED',
          `You exceeded your current quota, please check your plan and billing details. Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_requests, limit: ${daily ? 100 : 10}, model: ${model}. Please retry in ${action.retryDelay ?? '58s'}.`,
          [
            {
              '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
              violations: [
                {
                  quotaMetric: 'generativelanguage.googleapis.com/generate_content_requests',
                  quotaId,
                  quotaDimensions: { location: 'global', model },
                },
              ],
            },
            {
              '@type': 'type.googleapis.com/google.rpc.Help',
              links: [
                {
                  description: 'Learn more about Gemini API quotas',
                  url: 'https://ai.google.dev/gemini-api/docs/rate-limits',
                },
              ],
            },
            ...(action.retryDelay === null
              ? []
              : [
                  {
                    '@type': 'type.googleapis.com/google.rpc.RetryInfo',
                    retryDelay: action.retryDelay ?? '58s',
                  },
                ]),
          ],
        ),
      ];
    }
    case 'model-not-found':
      return [
        404,
        rpcError(
          404,
          'NOT_FOUND',
          `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
        ),
      ];
    case 'server-error':
      return [
        action.status ?? 500,
        rpcError(
          action.status ?? 500,
          'INTERNAL',
          'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
        ),
      ];
    case 'unavailable':
      return [503, rpcError(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.')];
    case 'deadline':
      return [504, rpcError(504, 'DEADLINE_EXCEEDED', 'Deadline expired before operation could complete.')];
    default:
      return undefined;
  }
}

/**
 * Start the fake. Options:
 *   apiKey        the key it accepts (default 'AIzaSyD4f7Qx2Lk9Vb3Nw8Rt6Yh1Pm5Zc0Je2Ua'); any other gives 400 API_KEY_INVALID
 *   latencyMs     delay before every answer (default 0)
 *   liveModels    ids served; any other id (the retired `-preview` ids, imagen-*) gets 404 NOT_FOUND
 *   scale         pixel scale of answers (default 0.25: '1K' 1:1 is 256x256; 1 gives real sizes)
 *   thoughtParts  put a text part and a `thought: true` image part before the real image (default true)
 *   image(ctx)    override the image bytes: ({width,height,model,body}) => Buffer (PNG)
 *   script(ctx)   decide each answer; ctx {op:'generate'|'download', model, prompt, attempt, index, body}
 *                 returns undefined/{type:'ok'} or one of:
 *     invalid-key | missing-key | rate-limit {retryDelay?: '45.8s' | null} | quota-daily |
 *     model-not-found | server-error {status?} | unavailable | deadline |
 *     block-prompt {reason?: 'SAFETY'|'OTHER'|'BLOCKLIST'|'PROHIBITED_CONTENT'|'IMAGE_SAFETY'} |
 *     block-finish {reason?: 'IMAGE_SAFETY'|...|'NO_IMAGE'} | text-only |
 *     http {status, body, headers} | hang | reset | truncate; any with latencyMs.
 */
export async function startGeminiFake(options = {}) {
  const apiKey = options.apiKey ?? 'AIzaSyD4f7Qx2Lk9Vb3Nw8Rt6Yh1Pm5Zc0Je2Ua';
  const live = new Set(options.liveModels ?? GEMINI_LIVE_MODELS);
  const scale = options.scale ?? 0.25;
  const thoughtParts = options.thoughtParts ?? true;
  const script = options.script ?? (() => undefined);
  const core = await startServer({ name: 'gemini', latencyMs: options.latencyMs ?? 0, route });

  async function route(ctx) {
    const m = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec(ctx.url.pathname);
    if (ctx.req.method !== 'POST' || !m) {
      return ctx.json(
        404,
        rpcError(404, 'NOT_FOUND', `Requested entity was not found. (${ctx.req.method} ${ctx.url.pathname})`),
      );
    }
    const model = decodeURIComponent(m[1]);
    ctx.entry.op = 'generate';
    const body = ctx.body ?? {};
    const prompt = (body.contents?.[0]?.parts ?? [])
      .filter((p) => typeof p?.text === 'string')
      .map((p) => p.text)
      .join('\n');
    const attempt = core.count(`gen:${model}:${prompt}`);
    const sc = { op: 'generate', model, prompt, attempt, index: ctx.entry.index, body };
    const key = ctx.req.headers['x-goog-api-key'];
    let action = (await script(sc)) ?? { type: 'ok' };
    // Every body is checked (and a violation recorded) whatever the answer; the answer follows the
    // real server's order: key, then body, then model, then what the script asked for.
    const errors =
      ctx.entry.bodyKind === 'json'
        ? validate(body)
          ? []
          : describeErrors(validate.errors)
        : [`body is not JSON (${ctx.entry.bodyKind})`];
    if (errors.length) core.violation(ctx.entry, errors);
    if (key === undefined) action = { type: 'missing-key', latencyMs: action.latencyMs };
    else if (key !== apiKey) action = { type: 'invalid-key', latencyMs: action.latencyMs };
    else if (errors.length) {
      return ctx.json(
        400,
        rpcError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. ${errors.join('; ')}`, [
          {
            '@type': 'type.googleapis.com/google.rpc.BadRequest',
            fieldViolations: errors.map((e) => ({ field: e.split(':')[0], description: e })),
          },
        ]),
      );
    } else if (!live.has(model)) action = { type: 'model-not-found', latencyMs: action.latencyMs };
    const error = geminiErrorFor(action, model);
    if (error) {
      if (await ctx.run({ ...action, type: 'wait-only' })) return;
      return ctx.json(error[0], error[1]);
    }
    const answer = async () => ({
      status: 200,
      body: jsonPieces(await success(action, model, body)),
      headers: { 'content-type': 'application/json' },
    });
    if (await ctx.run(action, answer)) return;
    const a = await answer();
    if (action.type === 'ok') core.pay(`${model}:${prompt}`);
    ctx.send(200, a.body, a.headers);
  }

  async function success(action, model, body) {
    const responseId = `resp-${core.stats.requests}`;
    const usageMetadata = { promptTokenCount: 12, candidatesTokenCount: 1290, totalTokenCount: 1302 };
    if (action.type === 'block-prompt') {
      return {
        promptFeedback: { blockReason: action.reason ?? 'SAFETY' },
        usageMetadata,
        modelVersion: model,
        responseId,
      };
    }
    if (action.type === 'block-finish') {
      return {
        candidates: [
          {
            content: { role: 'model', parts: [{ text: 'I cannot create that image.' }] },
            finishReason: action.reason ?? 'IMAGE_SAFETY',
            index: 0,
          },
        ],
        usageMetadata,
        modelVersion: model,
        responseId,
      };
    }
    if (action.type === 'text-only') {
      return {
        candidates: [
          {
            content: { role: 'model', parts: [{ text: 'Here is a description instead.' }] },
            finishReason: 'STOP',
            index: 0,
          },
        ],
        usageMetadata,
        modelVersion: model,
        responseId,
      };
    }
    const cfg = body.generationConfig?.imageConfig ?? {};
    const long = Math.max(8, Math.round((SIZE_LONG_SIDE[cfg.imageSize ?? '1K'] ?? 1024) * scale));
    const { width, height } = dimsForAspect(cfg.aspectRatio ?? '1:1', long);
    const bytes = options.image
      ? await options.image({ width, height, model, body })
      : await productImage(width, height, 'png');
    const parts = [];
    if (thoughtParts) {
      const draft = await productImage(16, 16, 'png');
      parts.push({ text: 'Composing the product shot.', thought: true });
      parts.push({ inlineData: { mimeType: 'image/png', data: draft.toString('base64') }, thought: true });
      parts.push({ text: 'Here is your image.' });
    }
    parts.push({ inlineData: { mimeType: 'image/png', data: toBase64(bytes) } });
    return {
      candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
      usageMetadata,
      modelVersion: model,
      responseId,
    };
  }

  return {
    url: core.origin,
    /** What an adapter's base URL should be set to (the documented base, version included): it appends /models/{model}:generateContent. */
    baseUrl: `${core.origin}/v1beta`,
    apiKey,
    requests: core.requests,
    stats: core.stats,
    close: core.close,
  };
}
