// Fake Recraft API (external.api.recraft.ai), written from PROVIDERS.md "Recraft" and the generated
// client in recraft-ai/mcp-recraft-server (schemas/recraft-images.json). Speaks:
//   POST /v1/images/generations   JSON {prompt, model, style?, size, n, response_format, random_seed?, ...}
//   POST /v1/images/imageToImage  JSON {image_url (https or data URI), prompt, strength, ...} or multipart with `image`
//   200 {created, credits, data:[{image_id, url} | {image_id, b64_json}]}
//   GET  /files/<id>.<ext>        the result URLs, served by this fake; they expire (404) after urlTtlMs
// and fails the Recraft way: a 401 is text/plain `request unauthorized`; other errors are JSON
// {code, message} (shape UNCONFIRMED); no rate-limit headers, no idempotency.
import { randomUUID } from 'node:crypto';
import {
  describeErrors,
  dimsForAspect,
  loadSchema,
  mimeOf,
  productImage,
  startServer,
  toBase64,
} from './common.mjs';

const validators = {
  generate: loadSchema('recraft-images.json', 'GenerateImageRequest'),
  edit: loadSchema('recraft-images.json', 'ImageToImageRequest'),
};
/** V4 sizes by ratio (PROVIDERS.md); Pro is about twice each side. */
const V4_SIZES = {
  '1:1': '1024x1024',
  '4:5': '896x1152',
  '16:9': '1344x768',
  '3:2': '1280x832',
  '4:3': '1216x896',
  '2:1': '1536x768',
};
const CREDITS = { recraftv4: 40, recraftv4_pro: 250, recraftv4_1: 40, recraftv4_1_pro: 250, recraftv3: 40 };
const NUMERIC = new Set(['n', 'strength', 'random_seed']);
const BOOLEAN = new Set(['block_nsfw', 'calculate_features', 'expire']);

export function recraftErrorFor(action) {
  switch (action.type) {
    case 'invalid-key':
      return [401, 'request unauthorized', 'text/plain; charset=utf-8'];
    case 'rate-limit':
      return [429, { code: 'too_many_requests', message: 'Too many requests, please slow down' }];
    case 'bad-request':
      return [400, { code: action.code ?? 'invalid_input', message: action.message ?? 'invalid input' }];
    case 'server-error':
      return [action.status ?? 500, { code: 'internal_error', message: 'Internal server error' }];
    default:
      return undefined;
  }
}

/**
 * Start the fake. Options:
 *   apiKey       accepted key (default 'Rk7Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2Je7Ua4Ks9Lw3Qe6Td1'); anything else: 401 text/plain
 *   latencyMs    delay before every answer (downloads included)
 *   scale        pixel scale (default 0.25)
 *   urlTtlMs     result URLs answer 404 after this long (default: never in a test's lifetime)
 *   image(ctx)   override bytes: ({width,height,format,model,body}) => Buffer
 *   script(ctx)  ctx {op:'generate'|'edit'|'download', model, prompt, attempt, index, body, url?}; returns
 *     undefined/{type:'ok'} | invalid-key | rate-limit {retryAfter?} | bad-request {code?, message?} |
 *     server-error {status?} | expired {status?: 404|403} (downloads) | http | hang | reset | truncate
 */
export async function startRecraftFake(options = {}) {
  const apiKey = options.apiKey ?? 'Rk7Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2Je7Ua4Ks9Lw3Qe6Td1';
  const scale = options.scale ?? 0.25;
  const script = options.script ?? (() => undefined);
  const core = await startServer({ name: 'recraft', latencyMs: options.latencyMs ?? 0, route });

  async function route(ctx) {
    if (ctx.req.method === 'GET' && ctx.url.pathname.startsWith('/files/'))
      return core.serveFile(ctx, script);
    const op =
      ctx.req.method === 'POST' &&
      { '/v1/images/generations': 'generate', '/v1/images/imageToImage': 'edit' }[ctx.url.pathname];
    if (!op)
      return ctx.json(404, { code: 'not_found', message: `${ctx.req.method} ${ctx.url.pathname} not found` });
    ctx.entry.op = op;
    const body = ctx.entry.bodyKind === 'multipart' ? fromMultipart(ctx.entry.body) : (ctx.body ?? {});
    const v = validators[op];
    const errors =
      typeof body !== 'object'
        ? [`body must be JSON${op === 'edit' ? ' or multipart' : ''}`]
        : v(body)
          ? []
          : describeErrors(v.errors);
    const sizeError = errors.length ? undefined : checkSize(body.size);
    if (sizeError) errors.push(sizeError);
    if (errors.length) core.violation(ctx.entry, errors);
    const prompt = String(body.prompt ?? '');
    const model = body.model ?? 'recraftv3';
    const sc = {
      op,
      model,
      prompt,
      attempt: core.count(`${op}:${model}:${prompt}`),
      index: ctx.entry.index,
      body,
    };
    let action = (await script(sc)) ?? { type: 'ok' };
    if (String(ctx.req.headers.authorization ?? '') !== `Bearer ${apiKey}`)
      action = { type: 'invalid-key', latencyMs: action.latencyMs };
    else if (errors.length) action = { type: 'bad-request', message: errors.join('; ') };
    const failure = recraftErrorFor(action);
    if (failure) {
      if (await ctx.run({ ...action, type: 'wait-only' })) return;
      const headers = action.retryAfter === undefined ? {} : { 'retry-after': String(action.retryAfter) };
      return typeof failure[1] === 'string'
        ? ctx.text(failure[0], failure[1], headers)
        : ctx.json(failure[0], failure[1], headers);
    }
    const answer = async () => ({
      status: 200,
      body: JSON.stringify(await success(model, body)),
      headers: { 'content-type': 'application/json' },
    });
    if (await ctx.run(action, answer)) return;
    const a = await answer();
    core.pay(`${model}:${prompt}`);
    ctx.send(200, a.body, a.headers);
  }

  async function success(model, body) {
    const format = body.image_format ?? 'png';
    const size = String(body.size ?? '1:1');
    let [w, h] = (V4_SIZES[size] ?? (size.includes('x') ? size : '')).split('x').map(Number);
    if (!w) ({ width: w, height: h } = dimsForAspect(size, 1024));
    if (String(model).endsWith('_pro')) [w, h] = [w * 2, h * 2];
    const width = Math.max(8, Math.round(w * scale));
    const height = Math.max(8, Math.round(h * scale));
    const bytes = options.image
      ? await options.image({ width, height, format, model, body })
      : await productImage(width, height, format);
    const n = Number(body.n ?? 1);
    const data = Array.from({ length: n }, () =>
      body.response_format === 'b64_json'
        ? { image_id: randomUUID(), b64_json: toBase64(bytes) }
        : {
            image_id: randomUUID(),
            url: core.addFile(bytes, { mimeType: mimeOf(format), ext: format, ttlMs: options.urlTtlMs }),
          },
    );
    return { created: Math.floor(Date.now() / 1000), credits: (CREDITS[model] ?? 40) * n, data };
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

function fromMultipart({ fields, files }) {
  const body = {};
  for (const [k, v] of Object.entries(fields)) {
    if (NUMERIC.has(k) && v.trim() !== '' && !Number.isNaN(Number(v))) body[k] = Number(v);
    else if (BOOLEAN.has(k)) body[k] = v === 'true';
    else if (k === 'controls') {
      try {
        body[k] = JSON.parse(v);
      } catch {
        body[k] = v;
      }
    } else body[k] = v;
  }
  for (const f of files)
    body[f.field] = f.field === 'controls' ? JSON.parse(f.bytes.toString('utf8')) : 'binary';
  return body;
}

/** A WxH size must be one Recraft lists; an aspect string must be one it names. */
function checkSize(size) {
  if (size === undefined) return undefined;
  const aspects = [
    '1:1',
    '2:1',
    '1:2',
    '3:2',
    '2:3',
    '4:3',
    '3:4',
    '5:4',
    '4:5',
    '16:9',
    '9:16',
    '6:10',
    '14:10',
    '10:14',
    '7:5',
    '5:7',
  ];
  const sizes = [
    '1024x1024',
    '1365x1024',
    '1024x1365',
    '1536x1024',
    '1024x1536',
    '1820x1024',
    '1024x1820',
    '1024x2048',
    '2048x1024',
    '1434x1024',
    '1024x1434',
    '1024x1280',
    '1280x1024',
    '1024x1707',
    '1707x1024',
    ...Object.values(V4_SIZES),
    '768x1344',
    '832x1280',
    '896x1216',
    '768x1536',
    '1152x896',
  ];
  if (aspects.includes(size) || sizes.includes(size)) return undefined;
  return `/size: ${size} is not a size Recraft offers`;
}
