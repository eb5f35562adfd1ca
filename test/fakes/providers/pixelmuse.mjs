// Fake Pixelmuse API (www.pixelmuse.studio/api/v1), written from PROVIDERS.md "Pixelmuse" (the
// official CLI starmorph/pixelmuse-cli). Speaks, with `Authorization: Bearer pm_live_…|pm_test_…`:
//   POST /api/v1/images  {prompt, model, style?, aspect_ratio?, negative_prompt?, image_input?, visibility?}
//        headers `Prefer: wait=N` (hold up to N s), `Idempotency-Key` (<= 255 chars; a repeat with the same
//        body replays the same generation without charging again)
//     -> 200 Generation when done; 202 Generation {status:'processing'} for models served asynchronously
//   GET  /api/v1/images/{id} -> Generation {id, status, model, prompt, output, credits_charged, error, created_at, completed_at}
//   GET  /files/<id>.png     output URLs when the fake answers with URLs instead of data URIs
// Fails the Pixelmuse way: 401, 402 out of credits, 429 with Retry-After and X-RateLimit-Remaining,
// 500, 503, a generation that ends `failed`; error bodies in all three documented variants.
import { randomUUID } from 'node:crypto';
import {
  createJobs,
  describeErrors,
  dimsForAspect,
  loadSchema,
  preferWaitSeconds,
  productImage,
  startServer,
  jsonPieces,
  pngDataUri,
} from './common.mjs';

const validate = loadSchema('pixelmuse-images.json', 'CreateGeneration');
/** Credits per image; Pixelmuse's docs disagree (pro 3-4, recraft-v4-pro 3-7): the fake takes the upper figure. */
export const PIXELMUSE_CREDITS = {
  'nano-banana-2': 1,
  'nano-banana-pro': 4,
  'flux-schnell': 1,
  'imagen-3': 1,
  'recraft-v4': 1,
  'recraft-v4-pro': 7,
};
export const PIXELMUSE_ASYNC_MODELS = ['nano-banana-pro', 'imagen-3', 'recraft-v4-pro'];

/** One message in the body shape asked for: 'string' {error:"msg"}, 'object' {error:{message,code}}, 'message' {message}. */
export function pixelmuseErrorBody(message, code, shape = 'object') {
  if (shape === 'string') return { error: message };
  if (shape === 'message') return { message };
  return { error: { message, code } };
}

export function pixelmuseErrorFor(action) {
  const shape = action.shape;
  switch (action.type) {
    case 'invalid-key':
      return [401, pixelmuseErrorBody('Invalid API key', 'unauthorized', shape)];
    case 'out-of-credits':
      return [
        402,
        pixelmuseErrorBody(
          'Insufficient credits: this generation needs more credits than your balance. Buy credits at https://www.pixelmuse.studio/pricing',
          'insufficient_credits',
          shape,
        ),
      ];
    case 'rate-limit':
      return [
        429,
        pixelmuseErrorBody('Rate limit exceeded', 'rate_limited', shape),
        {
          ...(action.retryAfter === null ? {} : { 'retry-after': String(action.retryAfter ?? 10) }),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-limit': '30',
        },
      ];
    case 'server-error':
      return [500, pixelmuseErrorBody('Image provider error', 'provider_error', shape)];
    case 'unavailable':
      return [503, pixelmuseErrorBody('Service temporarily unavailable', 'unavailable', shape)];
    case 'bad-request':
      return [400, pixelmuseErrorBody(action.message ?? 'Invalid request', 'validation_error', shape)];
    case 'idempotency-conflict':
      return [
        409,
        pixelmuseErrorBody(
          'Idempotency-Key was already used with a different request body',
          'idempotency_key_reused',
          shape,
        ),
      ];
    default:
      return undefined;
  }
}

/**
 * Start the fake. Options:
 *   apiKey       accepted key (default 'pm_test_7Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2J')
 *   latencyMs    delay before every HTTP answer
 *   jobMs        time a generation takes (default 0); synchronous models hold the request that long
 *   asyncModels  models that answer 202 processing (default PIXELMUSE_ASYNC_MODELS)
 *   maxWaitS     longest `Prefer: wait` honoured (default 60)
 *   output       'data-uri' (default) or 'url': how output[i] is given
 *   errorShape   'object' (default) | 'string' | 'message': the error body variant
 *   scale        pixel scale (default 0.25, 1:1 = 256x256)
 *   outputTtlMs  output URLs answer 404 after this long
 *   image(ctx)   override bytes: ({width,height,model,body}) => Buffer (PNG)
 *   script(ctx)  ctx.op is 'create' | 'get' | 'download'; create ctx {model, prompt, idempotencyKey, attempt, index, body};
 *                get ctx {generationId, attempt}. At create the answer decides the generation:
 *     undefined/{type:'ok', jobMs?, output?} | {type:'failed', error?} | {type:'never-finish'}, or fails the call:
 *     invalid-key | out-of-credits | rate-limit {retryAfter?: number|null} | server-error | unavailable |
 *     http | hang | reset | truncate; any error may carry shape: 'object'|'string'|'message'.
 */
export async function startPixelmuseFake(options = {}) {
  const apiKey = options.apiKey ?? 'pm_test_7Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2J';
  const scale = options.scale ?? 0.25;
  const asyncModels = new Set(options.asyncModels ?? PIXELMUSE_ASYNC_MODELS);
  const script = options.script ?? (() => undefined);
  const core = await startServer({
    name: 'pixelmuse',
    latencyMs: options.latencyMs ?? 0,
    route,
    basePath: '',
  });
  const queue = createJobs({ onDone });
  const byIdem = new Map();

  async function onDone(job) {
    if (job.fate !== 'ok') return undefined;
    const { model, body } = job.data;
    const d = dimsForAspect(body.aspect_ratio ?? '1:1', Math.max(8, Math.round(1024 * scale)));
    const bytes = options.image
      ? await options.image({ ...d, model, body })
      : await productImage(d.width, d.height, 'png');
    core.pay(job.data.idempotencyKey || job.id);
    const asUrl = (job.data.output ?? options.output) === 'url';
    return [asUrl ? core.addFile(bytes, { ttlMs: options.outputTtlMs }) : pngDataUri(bytes)];
  }

  function generation(job) {
    const done = job.state === 'done';
    const failed = done && job.fate !== 'ok';
    return {
      id: job.id,
      status: done ? (failed ? 'failed' : 'succeeded') : 'processing',
      model: job.data.model,
      prompt: job.data.body.prompt,
      output: done && !failed ? job.result : null,
      credits_charged: done && !failed ? PIXELMUSE_CREDITS[job.data.model] : 0,
      error: failed ? job.data.error : null,
      created_at: new Date(job.createdAt).toISOString(),
      completed_at: done ? new Date(job.completedAt).toISOString() : null,
    };
  }

  async function route(ctx) {
    const path = ctx.url.pathname;
    const method = ctx.req.method;
    if (method === 'GET' && path.startsWith('/files/')) return core.serveFile(ctx, script);
    const one = /^\/api\/v1\/images\/([^/]+)$/.exec(path);
    let sc;
    if (method === 'POST' && path === '/api/v1/images') {
      const idem = ctx.req.headers['idempotency-key'];
      sc = {
        op: 'create',
        model: ctx.body?.model ?? 'nano-banana-2',
        prompt: String(ctx.body?.prompt ?? ''),
        idempotencyKey: idem,
        index: ctx.entry.index,
        body: ctx.body,
      };
    } else if (method === 'GET' && one) sc = { op: 'get', generationId: one[1] };
    else
      return ctx.json(
        404,
        pixelmuseErrorBody(`Not found: ${method} ${path}`, 'not_found', options.errorShape),
      );
    ctx.entry.op = sc.op;
    sc.attempt = core.count(`${sc.op}:${sc.generationId ?? sc.idempotencyKey ?? `${sc.model}:${sc.prompt}`}`);
    let action = (await script(sc)) ?? { type: 'ok' };
    if (String(ctx.req.headers.authorization ?? '') !== `Bearer ${apiKey}`)
      action = { type: 'invalid-key', latencyMs: action.latencyMs, shape: action.shape };
    if (sc.op === 'create' && !pixelmuseErrorFor(action)) return create(ctx, sc, action);
    if (pixelmuseErrorFor(action)) return fail(ctx, action);
    const job = queue.jobs.get(sc.generationId);
    if (!job)
      return ctx.json(404, pixelmuseErrorBody('Generation not found', 'not_found', options.errorShape));
    await queue.settle(job);
    return reply(ctx, action, 200, generation(job));
  }

  async function create(ctx, sc, action) {
    const body = ctx.entry.bodyKind === 'json' && typeof ctx.body === 'object' ? ctx.body : undefined;
    const errors = !body
      ? ['/: body must be a JSON object']
      : validate(body)
        ? []
        : describeErrors(validate.errors);
    const idem = sc.idempotencyKey;
    if (idem !== undefined && (idem.length === 0 || idem.length > 255))
      errors.push(`Idempotency-Key: must be 1-255 characters, got ${idem.length}`);
    if (errors.length) {
      core.violation(ctx.entry, errors);
      return fail(ctx, { type: 'bad-request', message: errors.join('; ') });
    }
    const canonical = JSON.stringify(body);
    const previous = idem && byIdem.get(idem);
    if (previous && previous.body !== canonical) return fail(ctx, { type: 'idempotency-conflict' });
    let job = previous ? queue.jobs.get(previous.id) : undefined;
    if (!job) {
      const model = body.model ?? 'nano-banana-2';
      job = queue.create({
        id: randomUUID(),
        jobMs: action.jobMs ?? options.jobMs ?? 0,
        never: action.type === 'never-finish',
        fate: action.type === 'failed' ? 'failed' : 'ok',
        data: {
          model,
          body,
          idempotencyKey: idem,
          output: action.output,
          error: action.error ?? 'Generation failed: the image provider returned an error',
        },
      });
      if (idem) byIdem.set(idem, { id: job.id, body: canonical });
    }
    const isAsync = asyncModels.has(job.data.model);
    const wait = preferWaitSeconds(ctx.req.headers.prefer, options.maxWaitS ?? 60);
    // Synchronous models hold the request until the image exists; asynchronous ones only as long as asked.
    await queue.waitFor(job, isAsync ? wait * 1000 : Infinity, () => ctx.req.socket.destroyed);
    const g = generation(job);
    return reply(ctx, action, g.status === 'processing' ? 202 : 200, g);
  }

  async function reply(ctx, action, status, body) {
    const text = jsonPieces(body);
    const headers = {
      'content-type': 'application/json',
      'x-ratelimit-remaining': '29',
      'x-ratelimit-limit': '30',
    };
    if (await ctx.run(action, () => ({ status, body: text, headers }))) return;
    ctx.send(status, text, headers);
  }

  async function fail(ctx, action) {
    const [status, body, headers] = pixelmuseErrorFor({ shape: options.errorShape, ...action });
    if (await ctx.run({ ...action, type: 'wait-only' })) return;
    ctx.json(status, body, headers);
  }

  return {
    url: core.origin,
    baseUrl: `${core.origin}/api/v1`,
    apiKey,
    requests: core.requests,
    stats: core.stats,
    /** Generations by id: { state, cancelled, fate, data: { model, body, idempotencyKey } }. */
    jobs: queue.jobs,
    close: core.close,
  };
}
