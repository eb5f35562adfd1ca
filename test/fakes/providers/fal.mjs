// Fake fal.ai queue (queue.fal.run), written from PROVIDERS.md "fal.ai queue" (fal-ai/fal-js queue,
// request, response). Speaks, with `Authorization: Key <key>`:
//   POST /{model_id}                        -> {request_id, status:'IN_QUEUE', queue_position, status_url, response_url, cancel_url}
//   GET  /{app}/requests/{id}/status        -> {status:'IN_QUEUE'|'IN_PROGRESS'|'COMPLETED', request_id, queue_position?, ...urls}
//   GET  /{app}/requests/{id}               -> the model's result {images:[{url,width,height,content_type,file_name}], seed, ...}
//   PUT  /{app}/requests/{id}/cancel        -> 202 {status:'CANCELLATION_REQUESTED'} | 400 {status:'ALREADY_COMPLETED'}
//   GET  /files/<id>.<ext>                  -> result files, served and expired by this fake
// `{app}` is the first two segments of the model id: the returned URLs drop sub-paths such as
// `/edit` or `/schnell`, so a client must use them rather than build its own.
// Fails the fal way: 422 {detail:[{loc,msg,type}]} (content_policy_violation for a safety block),
// X-Fal-Retryable on errors, 504 with x-fal-request-timeout-type: user, expiring result URLs.
import {
  describeErrors,
  dimsForAspect,
  loadSchema,
  mimeOf,
  productImage,
  startServer,
  createJobs,
} from './common.mjs';

export const FAL_MODELS = {
  'fal-ai/nano-banana-2': 'NanoBanana',
  'fal-ai/nano-banana-2/edit': 'NanoBananaEdit',
  'fal-ai/nano-banana-pro': 'NanoBanana',
  'fal-ai/nano-banana-pro/edit': 'NanoBananaEdit',
  'fal-ai/flux/schnell': 'Flux',
  'fal-ai/flux/dev': 'Flux',
};
const FLUX_SIZES = {
  square_hd: [1024, 1024],
  square: [512, 512],
  portrait_4_3: [768, 1024],
  portrait_16_9: [576, 1024],
  landscape_4_3: [1024, 768],
  landscape_16_9: [1024, 576],
};
const RESOLUTION = { '0.5K': 512, '1K': 1024, '2K': 2048, '4K': 4096 };
const validators = Object.fromEntries(
  ['NanoBanana', 'NanoBananaEdit', 'Flux'].map((n) => [n, loadSchema('fal-inputs.json', n)]),
);

const CONTENT_POLICY = (loc = ['body', 'prompt']) => ({
  detail: [
    {
      loc,
      msg: 'The content was flagged by a content checker.',
      type: 'content_policy_violation',
      url: 'https://docs.fal.ai/errors#content_policy_violation',
    },
  ],
});

/** HTTP-level failures, by action type: [status, body, headers]. */
export function falErrorFor(action) {
  switch (action.type) {
    case 'invalid-key':
      return [
        401,
        { detail: 'Invalid Key Authorization header format or invalid key' },
        { 'x-fal-retryable': 'false' },
      ];
    case 'rate-limit':
      return [
        429,
        { detail: 'Too many concurrent requests; please wait and retry.' },
        {
          'x-fal-retryable': 'true',
          ...(action.retryAfter === undefined ? {} : { 'retry-after': String(action.retryAfter) }),
        },
      ];
    case 'server-error':
      return [
        action.status ?? 503,
        { detail: 'Service temporarily unavailable' },
        { 'x-fal-retryable': String(action.retryable ?? true) },
      ];
    case 'user-timeout':
      return [
        504,
        { detail: 'Request timed out' },
        { 'x-fal-request-timeout-type': 'user', 'x-fal-retryable': 'false' },
      ];
    case 'content-policy':
      return [422, CONTENT_POLICY(), { 'x-fal-retryable': 'false' }];
    default:
      return undefined;
  }
}

/**
 * Start the fake. Options:
 *   apiKey      accepted key (default '8c1f3e2a-5b7d-4e90-a6c2-1d9f0b4e7a35:9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c'), sent as `Authorization: Key <apiKey>`
 *   latencyMs   delay before every HTTP answer
 *   jobMs       time a job takes from submit to COMPLETED (default 0: done by the first poll)
 *   queueMs     part of jobMs reported as IN_QUEUE before IN_PROGRESS (default jobMs / 2)
 *   scale       pixel scale (default 0.25)
 *   resultTtlMs result files answer 404 after this long (fal keeps them about 6 minutes)
 *   image(ctx)  override bytes: ({width,height,format,model,body}) => Buffer
 *   script(ctx) ctx.op is 'submit' | 'status' | 'result' | 'cancel' | 'download';
 *     submit ctx {model, prompt, attempt, index, body}; others {requestId, attempt, url?}.
 *     At submit the answer decides the job: undefined/{type:'ok', jobMs?, queueMs?} |
 *       {type:'never-finish'} (stays IN_PROGRESS) | {type:'content-policy'} (COMPLETED, result is 422) |
 *       {type:'job-error'} (COMPLETED, result is 500), or fails the submit itself.
 *     Any op: invalid-key | rate-limit {retryAfter?} | server-error {status?, retryable?} | user-timeout |
 *       http {status, body, headers} | hang | reset | truncate; downloads also expired {status?}.
 */
export async function startFalFake(options = {}) {
  const apiKey = options.apiKey ?? '8c1f3e2a-5b7d-4e90-a6c2-1d9f0b4e7a35:9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c';
  const scale = options.scale ?? 0.25;
  const script = options.script ?? (() => undefined);
  const core = await startServer({ name: 'fal', latencyMs: options.latencyMs ?? 0, route });
  const queue = createJobs({ onDone });

  async function onDone(job) {
    if (job.fate !== 'ok') return undefined;
    const { model, body } = job.data;
    const family = FAL_MODELS[model];
    const format = body.output_format ?? (family === 'Flux' ? 'jpeg' : 'png');
    let [w, h] = [1024, 1024];
    if (family === 'Flux') {
      const s = body.image_size ?? 'landscape_4_3';
      [w, h] = typeof s === 'string' ? FLUX_SIZES[s] : [s.width, s.height];
    } else {
      const d = dimsForAspect(
        body.aspect_ratio && body.aspect_ratio !== 'auto' ? body.aspect_ratio : '1:1',
        RESOLUTION[body.resolution ?? '1K'],
      );
      [w, h] = [d.width, d.height];
    }
    const width = Math.max(8, Math.round(w * scale));
    const height = Math.max(8, Math.round(h * scale));
    const bytes = options.image
      ? await options.image({ width, height, format, model, body })
      : await productImage(width, height, format);
    const n = body.num_images ?? 1;
    core.pay(job.id);
    const images = Array.from({ length: n }, (_, i) => ({
      url: core.addFile(bytes, {
        mimeType: mimeOf(format),
        ext: format === 'jpeg' ? 'jpg' : format,
        ttlMs: options.resultTtlMs,
      }),
      width,
      height,
      content_type: mimeOf(format),
      file_name: `image-${i}.${format}`,
    }));
    return {
      images,
      seed: body.seed ?? 42,
      description: '',
      ...(family === 'Flux' ? { has_nsfw_concepts: images.map(() => false), prompt: body.prompt } : {}),
    };
  }

  async function route(ctx) {
    const path = ctx.url.pathname;
    if (ctx.req.method === 'GET' && path.startsWith('/files/')) return core.serveFile(ctx, script);
    const m = /^\/([^/]+\/[^/]+)\/requests\/([^/]+)(\/status|\/cancel)?$/.exec(path);
    const sc = m
      ? { op: m[3] === '/status' ? 'status' : m[3] === '/cancel' ? 'cancel' : 'result', requestId: m[2] }
      : {
          op: 'submit',
          model: path.slice(1),
          prompt: String(ctx.body?.prompt ?? ''),
          index: ctx.entry.index,
          body: ctx.body,
        };
    ctx.entry.op = sc.op;
    sc.attempt = core.count(`${sc.op}:${sc.requestId ?? `${sc.model}:${sc.prompt}`}`);
    const action = (await script(sc)) ?? { type: 'ok' };
    if (String(ctx.req.headers.authorization ?? '') !== `Key ${apiKey}`)
      return fail(ctx, { type: 'invalid-key', latencyMs: action.latencyMs });
    if (sc.op === 'submit') return submit(ctx, sc, action);
    if (falErrorFor(action) && action.type !== 'content-policy') return fail(ctx, action);
    const job = queue.jobs.get(sc.requestId);
    if (!job || job.data.app !== m[1]) return ctx.json(404, { detail: `Request ${sc.requestId} not found` });
    await queue.settle(job);
    if (sc.op === 'status') return reply(ctx, action, 200, statusBody(job));
    if (sc.op === 'cancel') {
      if (job.state === 'done') return reply(ctx, action, 400, { status: 'ALREADY_COMPLETED' });
      job.cancelled = true;
      return reply(ctx, action, 202, { status: 'CANCELLATION_REQUESTED' });
    }
    if (job.cancelled) return reply(ctx, action, 400, { detail: 'Request was cancelled' });
    if (job.state !== 'done') return reply(ctx, action, 400, { detail: 'Request is still in progress' });
    if (job.fate === 'content-policy')
      return reply(ctx, action, 422, CONTENT_POLICY(), { 'x-fal-retryable': 'false' });
    if (job.fate === 'job-error')
      return reply(ctx, action, 500, { detail: 'Internal Server Error' }, { 'x-fal-retryable': 'true' });
    return reply(ctx, action, 200, job.result);
  }

  async function submit(ctx, sc, action) {
    const family = FAL_MODELS[sc.model];
    if (!family) return ctx.json(404, { detail: `Application '${sc.model}' not found` });
    const v = validators[family];
    const body = ctx.entry.bodyKind === 'json' ? ctx.body : undefined;
    if (!body || !v(body)) {
      const errors = body
        ? v.errors
        : [{ instancePath: '', message: 'body must be a JSON object', keyword: 'type' }];
      core.violation(ctx.entry, describeErrors(errors));
      return ctx.json(422, { detail: errors.map(pydanticError) }, { 'x-fal-retryable': 'false' });
    }
    if (falErrorFor(action) && action.type !== 'content-policy') return fail(ctx, action);
    const app = sc.model.split('/').slice(0, 2).join('/');
    const never = action.type === 'never-finish';
    const jobMs = action.jobMs ?? options.jobMs ?? 0;
    const fate = action.type === 'content-policy' || action.type === 'job-error' ? action.type : 'ok';
    const job = queue.create({
      jobMs,
      never,
      fate,
      data: { model: sc.model, app, body, queueMs: action.queueMs ?? options.queueMs ?? jobMs / 2 },
    });
    return reply(ctx, action, 200, {
      request_id: job.id,
      status: 'IN_QUEUE',
      queue_position: 0,
      ...urls(job),
    });
  }

  function urls(job) {
    const base = `${core.origin}/${job.data.app}/requests/${job.id}`;
    return { status_url: `${base}/status`, response_url: base, cancel_url: `${base}/cancel` };
  }

  function statusBody(job) {
    if (job.state === 'done')
      return {
        status: 'COMPLETED',
        request_id: job.id,
        ...urls(job),
        logs: null,
        metrics: { inference_time: (job.completedAt - job.createdAt) / 1000 },
      };
    const queued = Date.now() - job.createdAt < job.data.queueMs;
    return queued
      ? { status: 'IN_QUEUE', request_id: job.id, queue_position: 0, ...urls(job) }
      : { status: 'IN_PROGRESS', request_id: job.id, ...urls(job), logs: null };
  }

  async function reply(ctx, action, status, body, headers = {}) {
    const text = JSON.stringify(body);
    if (
      await ctx.run(action, () => ({
        status,
        body: text,
        headers: { 'content-type': 'application/json', ...headers },
      }))
    )
      return;
    ctx.send(status, text, { 'content-type': 'application/json', ...headers });
  }

  async function fail(ctx, action) {
    const [status, body, headers] = falErrorFor(action) ?? [500, { detail: 'unscripted failure' }, {}];
    if (await ctx.run({ ...action, type: 'wait-only' })) return;
    ctx.json(status, body, headers);
  }

  return {
    url: core.origin,
    /** The queue base (https://queue.fal.run in production): submit to `${baseUrl}/${modelId}`. */
    baseUrl: core.origin,
    apiKey,
    requests: core.requests,
    stats: core.stats,
    /** Jobs by request_id: { state: 'running'|'done', cancelled, fate, data: { model, body } }. */
    jobs: queue.jobs,
    close: core.close,
  };
}

/** An ajv error in the pydantic shape fal returns: {loc, msg, type}. */
function pydanticError(e) {
  const loc = ['body', ...e.instancePath.split('/').filter(Boolean)];
  if (e.keyword === 'additionalProperties')
    return {
      loc: [...loc, e.params.additionalProperty],
      msg: 'Extra inputs are not permitted',
      type: 'extra_forbidden',
    };
  if (e.keyword === 'required')
    return { loc: [...loc, e.params.missingProperty], msg: 'Field required', type: 'missing' };
  if (e.keyword === 'enum')
    return {
      loc,
      msg: `Input should be ${e.params.allowedValues.map((v) => `'${v}'`).join(', ')}`,
      type: 'literal_error',
    };
  return { loc, msg: e.message, type: 'value_error' };
}
