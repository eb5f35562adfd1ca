// Fake OpenAI Images API, written from PROVIDERS.md "OpenAI Images" and the official OpenAPI spec
// (schemas/openai-images.json). Speaks:
//   POST /v1/images/generations  JSON CreateImageRequest
//   POST /v1/images/edits        multipart CreateImageEditRequest (image / image[] files) or JSON EditImageBodyJsonParam
//   200 ImagesResponse {created, data:[{b64_json, revised_prompt}], background, output_format, size, quality, usage}
// with x-request-id and x-ratelimit-* headers, and fails the OpenAI way: {"error":{message,type,param,code}},
// 401 invalid_api_key quoting part of the key, 400 moderation_blocked, 400 unknown_parameter,
// 429 with retry-after-ms / retry-after, 429 insufficient_quota, x-should-retry on 5xx.
import { randomUUID } from 'node:crypto';
import { describeErrors, jsonPieces, loadSchema, productImage, startServer, toBase64 } from './common.mjs';

const validators = {
  generations: loadSchema('openai-images.json', 'CreateImageRequest'),
  editsMultipart: loadSchema('openai-images.json', 'CreateImageEditRequest'),
  editsJson: loadSchema('openai-images.json', 'EditImageBodyJsonParam'),
};
const KNOWN = {
  generations: new Set(Object.keys(validators.generations.schema.properties)),
  editsMultipart: new Set(Object.keys(validators.editsMultipart.schema.properties)),
  editsJson: new Set(Object.keys(validators.editsJson.schema.properties)),
};
const STANDARD_SIZES = new Set(['1024x1024', '1536x1024', '1024x1536', 'auto']);
const NUMERIC = new Set(['n', 'output_compression', 'partial_images']);

function oaiError(message, type, param = null, code = null, extra = {}) {
  return { error: { message, type, param, code, ...extra } };
}

/** OpenAI's 401 quotes the start and the last four characters of the key it was given. */
function maskedKey(key) {
  return key.length <= 12
    ? `${key.slice(0, 3)}****`
    : `${key.slice(0, 8)}${'*'.repeat(Math.max(4, key.length - 12))}${key.slice(-4)}`;
}

export function openaiErrorFor(action, key) {
  switch (action.type) {
    case 'invalid-key':
      return [
        401,
        oaiError(
          `Incorrect API key provided: ${maskedKey(key ?? '')}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          'invalid_request_error',
          null,
          'invalid_api_key',
        ),
      ];
    case 'missing-key':
      return [
        401,
        oaiError(
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
          'invalid_request_error',
        ),
      ];
    case 'moderation':
      return [
        400,
        oaiError(
          'Your request was rejected by the safety system. If you believe this is an error, contact us at help.openai.com and include the request ID req_fake.',
          'image_generation_user_error',
          null,
          'moderation_blocked',
          {
            moderation_details: { categories: action.categories ?? ['sexual'] },
          },
        ),
      ];
    case 'rate-limit': {
      const headers = {};
      if (action.retryAfterMs !== undefined) headers['retry-after-ms'] = String(action.retryAfterMs);
      if (action.retryAfter !== undefined) headers['retry-after'] = String(action.retryAfter);
      Object.assign(headers, {
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '1s',
        'x-ratelimit-limit-requests': '50',
      });
      return [
        429,
        oaiError(
          'Rate limit reached for gpt-image-1 in organization org-fake on images per minute (IPM): Limit 5, Used 5, Requested 1. Please try again in 12s.',
          'requests',
          null,
          'rate_limit_exceeded',
        ),
        headers,
      ];
    }
    case 'quota':
      return [
        429,
        oaiError(
          'You exceeded your current quota, please check your plan and billing details.',
          'insufficient_quota',
          null,
          'insufficient_quota',
        ),
      ];
    case 'server-error': {
      const headers =
        action.shouldRetry === undefined ? {} : { 'x-should-retry': String(action.shouldRetry) };
      return [
        action.status ?? 500,
        oaiError('The server had an error while processing your request. Sorry about that!', 'server_error'),
        headers,
      ];
    }
    case 'overloaded':
      return [503, oaiError('The engine is currently overloaded, please try again later.', 'server_error')];
    default:
      return undefined;
  }
}

/**
 * Start the fake. Options:
 *   apiKey      the key it accepts (default 'sk-proj-7Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2Je7Ua4Ks9'); others get 401 invalid_api_key
 *   latencyMs   delay before every answer
 *   scale       pixel scale of answers (default 0.25: 1024x1024 comes back as 256x256; 1 = real sizes)
 *   image(ctx)  override bytes: ({width,height,format,model,body}) => Buffer
 *   script(ctx) ctx {op:'generate'|'edit', model, prompt, attempt, index, body}; returns undefined/{type:'ok'} or
 *     invalid-key | missing-key | moderation {categories?} | rate-limit {retryAfterMs?, retryAfter?} |
 *     quota | server-error {status?, shouldRetry?: boolean} | overloaded |
 *     http {status, body, headers} | hang | reset | truncate; any with latencyMs.
 */
export async function startOpenAIFake(options = {}) {
  const apiKey = options.apiKey ?? 'sk-proj-7Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2Je7Ua4Ks9';
  const scale = options.scale ?? 0.25;
  const script = options.script ?? (() => undefined);
  const core = await startServer({ name: 'openai', latencyMs: options.latencyMs ?? 0, route });

  async function route(ctx) {
    const op =
      ctx.req.method === 'POST' &&
      { '/v1/images/generations': 'generate', '/v1/images/edits': 'edit' }[ctx.url.pathname];
    if (!op) {
      return ctx.json(
        404,
        oaiError(`Invalid URL (${ctx.req.method} ${ctx.url.pathname})`, 'invalid_request_error'),
      );
    }
    ctx.entry.op = op;
    const { body, errors, unknown } = check(op, ctx.entry);
    if (errors.length) core.violation(ctx.entry, errors);
    const auth = String(ctx.req.headers.authorization ?? '');
    const key = auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
    const prompt = String(body?.prompt ?? '');
    const model = body?.model;
    const sc = {
      op,
      model,
      prompt,
      attempt: core.count(`${op}:${model}:${prompt}`),
      index: ctx.entry.index,
      body,
    };
    let action = (await script(sc)) ?? { type: 'ok' };
    if (key === undefined) action = { type: 'missing-key', latencyMs: action.latencyMs };
    else if (key !== apiKey) action = { type: 'invalid-key', latencyMs: action.latencyMs };
    const headers = {
      'x-request-id': `req_${randomUUID().replaceAll('-', '')}`,
      'openai-processing-ms': '12',
    };
    const failure = openaiErrorFor(action, key);
    if (failure) {
      if (await ctx.run({ ...action, type: 'wait-only' })) return;
      return ctx.json(failure[0], failure[1], { ...headers, ...failure[2] });
    }
    if (errors.length) {
      const param = unknown[0] ?? errors[0].split(':')[0].replace(/^\//, '').split('/')[0] ?? null;
      const message = unknown.length
        ? `Unknown parameter: '${unknown[0]}'.`
        : `Invalid request: ${errors.join('; ')}`;
      return ctx.json(
        400,
        oaiError(
          message,
          'invalid_request_error',
          param || null,
          unknown.length ? 'unknown_parameter' : 'invalid_value',
        ),
        headers,
      );
    }
    const sizeError = checkSize(model, body.size);
    if (sizeError)
      return ctx.json(400, oaiError(sizeError, 'invalid_request_error', 'size', 'invalid_value'), headers);
    const answer = async () => ({
      status: 200,
      body: jsonPieces(await success(model, body)),
      headers: { ...headers, 'content-type': 'application/json' },
    });
    if (await ctx.run(action, answer)) return;
    const a = await answer();
    core.pay(`${model}:${prompt}`);
    ctx.send(200, a.body, {
      ...a.headers,
      'x-ratelimit-remaining-requests': '49',
      'x-ratelimit-limit-requests': '50',
    });
  }

  /** Validate against the OpenAPI schema; unknown top-level fields are what the API rejects first. */
  function check(op, entry) {
    let which =
      op === 'generate' ? 'generations' : entry.bodyKind === 'multipart' ? 'editsMultipart' : 'editsJson';
    let body = entry.body;
    if (entry.bodyKind === 'multipart') body = fromMultipart(entry.body);
    else if (entry.bodyKind !== 'json' || typeof body !== 'object' || body === null) {
      return {
        body: {},
        errors: [`body must be ${op === 'edit' ? 'multipart/form-data or ' : ''}JSON, got ${entry.bodyKind}`],
        unknown: [],
      };
    }
    const unknown = Object.keys(body).filter((k) => !KNOWN[which].has(k));
    const v = validators[which];
    const errors = [
      ...unknown.map((k) => `/${k}: unknown parameter`),
      ...(v(body) ? [] : describeErrors(v.errors)),
    ];
    // Without `model` the API silently uses dall-e-2 (PROVIDERS.md): legal, but never what an adapter means.
    if (op === 'generate' && (body.model === undefined || body.model === null))
      errors.push('/model: missing (the API would silently use dall-e-2)');
    return { body, errors, unknown };
  }

  async function success(model, body) {
    const format = body.output_format ?? 'png';
    const size = !body.size || body.size === 'auto' ? '1024x1024' : body.size;
    const [w, h] = size.split('x').map(Number);
    const width = Math.max(8, Math.round(w * scale));
    const height = Math.max(8, Math.round(h * scale));
    const n = Number(body.n ?? 1);
    const bytes = options.image
      ? await options.image({ width, height, format, model, body })
      : await productImage(width, height, format);
    const b64 = toBase64(bytes);
    const quality = !body.quality || body.quality === 'auto' ? 'medium' : body.quality;
    return {
      created: Math.floor(Date.now() / 1000),
      data: Array.from({ length: n }, () => ({ b64_json: b64 })),
      background: body.background === 'transparent' ? 'transparent' : 'opaque',
      output_format: format,
      size,
      quality,
      usage: {
        total_tokens: 1100,
        input_tokens: 50,
        output_tokens: 1050,
        input_tokens_details: { text_tokens: 50, image_tokens: 0 },
      },
    };
  }

  return {
    url: core.origin,
    baseUrl: `${core.origin}/v1`,
    apiKey,
    requests: core.requests,
    stats: core.stats,
    close: core.close,
  };
}

/** Multipart values are strings: give numbers back their type and files a placeholder, as the spec types them. */
function fromMultipart({ fields, files }) {
  const body = {};
  for (const [k, v] of Object.entries(fields))
    body[k] = NUMERIC.has(k) && /^\d+$/.test(v) ? Number(v) : k === 'stream' ? v === 'true' : v;
  const images = files.filter((f) => f.field === 'image' || f.field === 'image[]');
  if (images.length)
    body.image =
      images.length === 1 && files.some((f) => f.field === 'image') ? 'binary' : images.map(() => 'binary');
  const mask = files.find((f) => f.field === 'mask');
  if (mask) body.mask = 'binary';
  for (const f of files) if (!['image', 'image[]', 'mask'].includes(f.field)) body[f.field] = 'binary';
  return body;
}

function checkSize(model, size) {
  if (size === undefined || size === null || STANDARD_SIZES.has(size)) return undefined;
  const m = /^(\d+)x(\d+)$/.exec(String(size));
  const standard = "Supported values are: '1024x1024', '1024x1536', '1536x1024', and 'auto'.";
  if (!String(model).startsWith('gpt-image-2') || !m) return `Invalid value: '${size}'. ${standard}`;
  const [w, h] = [Number(m[1]), Number(m[2])];
  if (w % 16 || h % 16) return `Invalid size '${size}': width and height must be multiples of 16.`;
  if (Math.max(w, h) / Math.min(w, h) > 3)
    return `Invalid size '${size}': the aspect ratio must be between 1:3 and 3:1.`;
  if (Math.max(w, h) > 3840 || Math.min(w, h) > 2160)
    return `Invalid size '${size}': the maximum resolution is 3840x2160.`;
  return undefined;
}
