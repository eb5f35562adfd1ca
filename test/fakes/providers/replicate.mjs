// Fake Replicate API (api.replicate.com), written from PROVIDERS.md "Replicate" and
// replicate/replicate-javascript. Speaks, with `Authorization: Bearer <token>`:
//   POST /v1/models/{owner}/{name}/predictions  {input:{...}}   optional `Prefer: wait=N` (1-60)
//   POST /v1/predictions                         {version, input}
//     -> 201 prediction (no Prefer, or done within the wait), 202 while still running after the wait
//   GET  /v1/predictions/{id}                    (urls.get)
//   POST /v1/predictions/{id}/cancel             (urls.cancel)
//   GET  /files/<id>.<ext>                        output files, served and deleted (404) by this fake
// A prediction is {id, model, version, input, logs, output, error, status, created_at, started_at,
// completed_at, urls:{get, cancel, stream, web}, metrics}; status starting|processing|succeeded|failed|canceled.
// Fails the Replicate way: problem JSON {title, detail, status} (401 Unauthenticated, 404, 422
// with invalid_fields, 429 "Request was throttled..." with Retry-After), and safety refusals as a
// prediction that ends `failed` with "NSFW content detected...".
import { randomBytes } from 'node:crypto';
import {
  createJobs,
  describeErrors,
  dimsForAspect,
  loadSchema,
  mimeOf,
  preferWaitSeconds,
  productImage,
  startServer,
} from './common.mjs';

/** Models this fake serves: input schema, and whether output is an array of URIs or one URI string. */
export const REPLICATE_MODELS = {
  'black-forest-labs/flux-schnell': { input: 'FluxSchnellInput', output: 'array', format: 'webp' },
  'google/nano-banana': { input: 'NanoBananaInput', output: 'string', format: 'jpg' },
  'google/nano-banana-pro': { input: 'NanoBananaInput', output: 'string', format: 'jpg' },
};
const S = (n) => loadSchema('replicate-predictions.json', n);
const validators = {
  model: S('CreateModelPrediction'),
  version: S('CreateVersionPrediction'),
  FluxSchnellInput: S('FluxSchnellInput'),
  NanoBananaInput: S('NanoBananaInput'),
};
export const NSFW_ERROR = 'NSFW content detected. Try running it again, or try a different prompt.';

const problem = (status, title, detail, extra = {}) => ({ title, detail, status, ...extra });

export function replicateErrorFor(action) {
  switch (action.type) {
    case 'invalid-key':
      return [401, problem(401, 'Unauthenticated', 'You did not pass a valid authentication token')];
    case 'rate-limit':
      return [
        429,
        problem(429, 'Request was throttled', 'Request was throttled. Your rate limit resets in ~30s.'),
        action.retryAfter === null ? {} : { 'retry-after': String(action.retryAfter ?? 30) },
      ];
    case 'insufficient-credit':
      return [
        402,
        problem(
          402,
          'Insufficient credit',
          'You have insufficient credit to run this model. Go to https://replicate.com/account/billing#billing to purchase credit.',
        ),
      ];
    case 'server-error':
      return [
        action.status ?? 500,
        problem(action.status ?? 500, 'Internal Server Error', 'An unexpected error occurred'),
      ];
    default:
      return undefined;
  }
}

/**
 * Start the fake. Options:
 *   apiKey       accepted token (default 'r8_Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2Je7Ua4K')
 *   latencyMs    delay before every HTTP answer
 *   jobMs        time a prediction takes from create to succeeded (default 0)
 *   maxWaitS     the longest `Prefer: wait` honoured (default 60)
 *   scale        pixel scale (default 0.25)
 *   outputTtlMs  output files answer 404 after this long (Replicate deletes them after 1 h)
 *   image(ctx)   override bytes: ({width,height,format,model,input}) => Buffer
 *   script(ctx)  ctx.op is 'create' | 'get' | 'cancel' | 'download'; create ctx {model, prompt, attempt, index, body};
 *                get/cancel ctx {predictionId, attempt}. At create the answer decides the prediction:
 *     undefined/{type:'ok', jobMs?} | {type:'nsfw'} (ends failed with NSFW_ERROR) |
 *     {type:'failed', error?} | {type:'never-finish'} (stays processing), or fails the call:
 *     invalid-key | rate-limit {retryAfter?: number|null} | insufficient-credit | server-error {status?} |
 *     http {status, body, headers} | hang | reset | truncate; downloads also expired {status?}.
 */
export async function startReplicateFake(options = {}) {
  const apiKey = options.apiKey ?? 'r8_Hq2Xv9Lk4Ws1Nb6Tz3Rm8Yd5Fp0Gc2Je7Ua4K';
  const scale = options.scale ?? 0.25;
  const maxWaitS = options.maxWaitS ?? 60;
  const script = options.script ?? (() => undefined);
  const core = await startServer({ name: 'replicate', latencyMs: options.latencyMs ?? 0, route });
  const queue = createJobs({ onDone });

  async function onDone(job) {
    if (job.fate !== 'ok') return undefined;
    const { model, input } = job.data;
    const spec = REPLICATE_MODELS[model] ?? { output: 'string', format: 'png' };
    const format = input.output_format ?? spec.format;
    const long = input.resolution === '4K' ? 4096 : input.resolution === '2K' ? 2048 : 1024;
    const aspect =
      input.aspect_ratio && input.aspect_ratio !== 'match_input_image' ? input.aspect_ratio : '1:1';
    const d = dimsForAspect(aspect, Math.max(8, Math.round(long * scale)));
    const sharpFormat = format === 'jpg' ? 'jpeg' : format;
    const bytes = options.image
      ? await options.image({ ...d, format: sharpFormat, model, input })
      : await productImage(d.width, d.height, sharpFormat);
    core.pay(job.id);
    const url = () =>
      core.addFile(bytes, { mimeType: mimeOf(sharpFormat), ext: format, ttlMs: options.outputTtlMs });
    return spec.output === 'array' ? Array.from({ length: input.num_outputs ?? 1 }, url) : url();
  }

  function prediction(job) {
    const base = `${core.origin}/v1/predictions/${job.id}`;
    const started =
      Date.now() - job.createdAt >= Math.min(50, (job.doneAt - job.createdAt) / 4) || job.state === 'done';
    let status =
      job.state === 'done'
        ? job.fate === 'ok'
          ? 'succeeded'
          : 'failed'
        : started
          ? 'processing'
          : 'starting';
    if (job.cancelled) status = 'canceled';
    return {
      id: job.id,
      model: job.data.model,
      version: job.data.version ?? 'hidden',
      input: job.data.input,
      logs: '',
      output: status === 'succeeded' ? job.result : null,
      data_removed: false,
      error: status === 'failed' ? job.data.error : null,
      status,
      created_at: new Date(job.createdAt).toISOString(),
      started_at: status === 'starting' ? null : new Date(job.createdAt).toISOString(),
      completed_at: job.completedAt ? new Date(job.completedAt).toISOString() : null,
      urls: {
        get: base,
        cancel: `${base}/cancel`,
        stream: `${core.origin}/v1/stream/${job.id}`,
        web: `https://replicate.com/p/${job.id}`,
      },
      ...(job.completedAt ? { metrics: { predict_time: (job.completedAt - job.createdAt) / 1000 } } : {}),
    };
  }

  async function route(ctx) {
    const path = ctx.url.pathname;
    const method = ctx.req.method;
    if (method === 'GET' && path.startsWith('/files/')) return core.serveFile(ctx, script);
    const create =
      method === 'POST' &&
      (/^\/v1\/models\/([^/]+\/[^/]+)\/predictions$/.exec(path) ??
        (path === '/v1/predictions' ? [path, undefined] : null));
    const one = /^\/v1\/predictions\/([^/]+)(\/cancel)?$/.exec(path);
    let sc;
    if (create)
      sc = {
        op: 'create',
        model: create[1],
        prompt: String(ctx.body?.input?.prompt ?? ''),
        index: ctx.entry.index,
        body: ctx.body,
      };
    else if (one && (method === 'GET' ? !one[2] : method === 'POST' && one[2]))
      sc = { op: one[2] ? 'cancel' : 'get', predictionId: one[1] };
    else return ctx.json(404, problem(404, 'Not found', `${method} ${path} is not a Replicate API route`));
    ctx.entry.op = sc.op;
    sc.attempt = core.count(`${sc.op}:${sc.predictionId ?? `${sc.model}:${sc.prompt}`}`);
    let action = (await script(sc)) ?? { type: 'ok' };
    if (String(ctx.req.headers.authorization ?? '') !== `Bearer ${apiKey}`)
      action = { type: 'invalid-key', latencyMs: action.latencyMs };
    const failure = replicateErrorFor(action);
    if (failure) {
      if (await ctx.run({ ...action, type: 'wait-only' })) return;
      return ctx.json(failure[0], failure[1], { 'content-type': 'application/problem+json', ...failure[2] });
    }
    if (sc.op === 'create') return createPrediction(ctx, sc, action);
    const job = queue.jobs.get(sc.predictionId);
    if (!job) return ctx.json(404, problem(404, 'Not found', 'The requested resource could not be found.'));
    await queue.settle(job);
    if (sc.op === 'cancel' && job.state === 'running') job.cancelled = true;
    return reply(ctx, action, 200, prediction(job));
  }

  async function createPrediction(ctx, sc, action) {
    const body = ctx.entry.bodyKind === 'json' && typeof ctx.body === 'object' ? ctx.body : undefined;
    const envelope = sc.model ? validators.model : validators.version;
    const spec = REPLICATE_MODELS[sc.model];
    if (sc.model && !spec)
      return ctx.json(
        404,
        problem(404, 'Not found', `Model ${sc.model} does not exist or you do not have access to it.`),
      );
    const errors = !body
      ? ['/: body must be a JSON object']
      : envelope(body)
        ? []
        : describeErrors(envelope.errors);
    if (!errors.length && spec) {
      const v = validators[spec.input];
      if (!v(body.input)) errors.push(...describeErrors(v.errors).map((e) => `/input${e}`));
    }
    if (errors.length) {
      core.violation(ctx.entry, errors);
      return ctx.json(
        422,
        problem(422, 'Input validation failed', errors.join('; '), {
          invalid_fields: errors.map((e) => ({
            type: 'invalid',
            field: e.split(':')[0].replace(/^\/(input\/)?/, ''),
            description: e,
          })),
        }),
        { 'content-type': 'application/problem+json' },
      );
    }
    const fate = action.type === 'nsfw' || action.type === 'failed' ? 'failed' : 'ok';
    const job = queue.create({
      id: randomBytes(13)
        .toString('base64url')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '0')
        .slice(0, 26),
      jobMs: action.jobMs ?? options.jobMs ?? 0,
      never: action.type === 'never-finish',
      fate,
      data: {
        model: sc.model,
        version: body.version,
        input: body.input,
        error: action.type === 'nsfw' ? NSFW_ERROR : (action.error ?? 'Prediction failed.'),
      },
    });
    const wait = preferWaitSeconds(ctx.req.headers.prefer, maxWaitS);
    // Without `Prefer: wait` the API answers at once with the prediction `starting`.
    if (wait > 0) await queue.waitFor(job, wait * 1000, () => ctx.req.socket.destroyed);
    const done = job.state === 'done';
    return reply(ctx, action, wait > 0 && !done ? 202 : 201, prediction(job));
  }

  async function reply(ctx, action, status, body) {
    const text = JSON.stringify(body);
    const headers = { 'content-type': 'application/json' };
    if (await ctx.run(action, () => ({ status, body: text, headers }))) return;
    ctx.send(status, text, headers);
  }

  return {
    url: core.origin,
    baseUrl: `${core.origin}/v1`,
    apiKey,
    requests: core.requests,
    stats: core.stats,
    /** Predictions by id: { state, cancelled, fate, data: { model, input } }; `jobs.size` = predictions created. */
    jobs: queue.jobs,
    close: core.close,
  };
}
