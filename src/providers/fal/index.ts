import { routeByProviderModel, tierFor } from '../../domain/models.js';
import {
  JobBook,
  isLoopbackBase,
  hosted,
  withCancel,
  type ProviderContext,
  type ProviderDefinition,
} from '../http/adapter.js';
import { dataUri, jsonHeaders, joinUrl, promptWithNegative } from '../http/common.js';
import { downloadResult } from '../http/download.js';
import { apiFailure, commonErrorText, maybeJson } from '../http/errors.js';
import { JobClock, pollJob } from '../http/poll.js';
import { headerValue, httpCall, type Headers } from '../http/request.js';
import { readJson } from '../http/check.js';
import { ProviderError, type GenerateRequest, type GenerateResult, type ProviderJob } from '../types.js';

const API = 'fal';
const KEY_ENV = 'FAL_KEY';

/** fal.ai's queue: submit, poll the returned status_url, fetch response_url, download the image. */
export const fal: ProviderDefinition = {
  id: 'fal',
  keyEnv: KEY_ENV,
  defaultBaseUrl: 'https://queue.fal.run',
  capabilities: { async: true, cancel: true, idempotencyKey: false, reference: true },
  create: (ctx) => {
    const book = new JobBook();
    const clock = new JobClock({ maxMs: ctx.pollMaxMs ?? 5000 });
    return hosted({ id: 'fal', generate: (req) => generate(ctx, book, clock, req) }, ctx);
  },
};

const FLUX_SIZES: Record<string, string> = {
  '1:1': 'square_hd',
  '4:3': 'landscape_4_3',
  '3:4': 'portrait_4_3',
  '16:9': 'landscape_16_9',
  '9:16': 'portrait_16_9',
};

/** The endpoint and inputs: nano-banana takes aspect_ratio/resolution (and image_urls on /edit), flux image_size. */
export function falInput(req: GenerateRequest): { endpoint: string; input: Record<string, unknown> } {
  const route = routeByProviderModel('fal', req.providerModel);
  const input: Record<string, unknown> = {
    prompt: promptWithNegative(req.spec, false),
    num_images: 1,
    output_format: 'png',
  };
  if (route?.seed) input.seed = req.spec.seed;
  let endpoint = req.providerModel;
  if (route?.tiers) {
    input.aspect_ratio = req.aspect;
    const resolution = tierFor(route, req.spec.size);
    if (resolution) input.resolution = resolution;
  } else {
    const size = FLUX_SIZES[req.aspect];
    if (!size)
      throw new ProviderError(
        'validation',
        `${API} ${req.providerModel} has no image_size for aspect ${req.aspect}; pick another model for this placement`,
      );
    input.image_size = size;
  }
  if (req.reference && route?.reference && route.editModel) {
    endpoint = route.editModel;
    input.image_urls = [dataUri(req.reference)];
  }
  return { endpoint, input };
}

async function generate(
  ctx: ProviderContext,
  book: JobBook,
  clock: JobClock,
  req: GenerateRequest,
): Promise<GenerateResult> {
  const now = ctx.now ?? Date.now;
  const auth = { authorization: `Key ${ctx.key}` };
  const base = new URL(ctx.baseUrl);
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, signal = req.signal) => {
    // The key goes only to the API's own host, whatever URL an answer names.
    if (new URL(url).origin !== base.origin)
      throw new ProviderError(
        'bad-output',
        `${API} named a job URL on another host (${new URL(url).host}); refusing to send the key there`,
      );
    return httpCall(API, url, {
      method,
      headers: jsonHeaders(auth),
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal,
      maxBytes: ctx.maxBytes,
      timeoutMs: ctx.timeoutMs,
    });
  };
  let job = book.resumable(req);
  let submittedAt: number | undefined;
  if (!job) {
    const { endpoint, input } = falInput(req);
    const sentAt = now();
    const res = await call('POST', joinUrl(ctx.baseUrl, endpoint), input);
    const text = res.body.toString('utf8');
    if (res.status !== 200 && res.status !== 201 && res.status !== 202)
      throw falError(res.status, res.headers, text);
    const a = readJson(API, text);
    job = {
      id: a.get('request_id').string(),
      pollUrl: a.get('status_url').string(),
      resultUrl: a.get('response_url').string(),
      ...(a.get('cancel_url').optString() ? { cancelUrl: a.get('cancel_url').string() } : {}),
    };
    submittedAt = sentAt;
    await book.started(req, job);
  }
  const ref = jobUrls(job, ctx.baseUrl, req.providerModel);
  const cancel = ref.cancelUrl
    ? async () => void (await call('PUT', ref.cancelUrl!, undefined, AbortSignal.timeout(10_000)))
    : undefined;
  return withCancel(req, book, cancel, async () => {
    await pollJob({
      api: API,
      signal: req.signal,
      deadline: now() + ctx.timeoutMs,
      initialMs: ctx.pollInitialMs ?? 500,
      maxMs: ctx.pollMaxMs ?? 5000,
      now,
      ...(submittedAt !== undefined ? { timing: { clock, model: req.providerModel, submittedAt } } : {}),
      check: async () => {
        const res = await call('GET', ref.pollUrl);
        const text = res.body.toString('utf8');
        if (res.status !== 200 && res.status !== 202) throw jobGone(res.status, res.headers, text, book, req);
        const status = readJson(API, text).get('status').oneOf(['IN_QUEUE', 'IN_PROGRESS', 'COMPLETED']);
        return status === 'COMPLETED' ? true : undefined;
      },
    });
    const res = await call('GET', ref.resultUrl);
    const text = res.body.toString('utf8');
    // The job is over either way: a retry after this point submits a new one.
    book.finished(req);
    if (res.status !== 200) throw falError(res.status, res.headers, text);
    const first = readJson(API, text).get('images').items()[0];
    if (!first) throw new ProviderError('bad-output', `${API} job ${ref.id} completed without an image`);
    const image = await downloadResult(first.get('url').string(), {
      api: API,
      signal: req.signal,
      maxBytes: ctx.maxBytes,
      timeoutMs: ctx.timeoutMs,
      allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
    });
    return { images: [image], jobId: ref.id };
  });
}

/**
 * A resumed job may carry only some URLs (the journal keeps id, status and cancel URL): the rest
 * follow fal's queue layout, `{base}/{owner}/{app}/requests/{id}` (sub-paths of the model id dropped).
 */
export function jobUrls(
  job: ProviderJob,
  baseUrl: string,
  providerModel: string,
): Required<Omit<ProviderJob, 'cancelUrl'>> & ProviderJob {
  const app = providerModel.split('/').slice(0, 2).join('/');
  const requestUrl = joinUrl(baseUrl, `${app}/requests/${encodeURIComponent(job.id)}`);
  const pollUrl = job.pollUrl ?? `${requestUrl}/status`;
  return {
    ...job,
    pollUrl,
    resultUrl:
      job.resultUrl ?? (pollUrl.endsWith('/status') ? pollUrl.slice(0, -'/status'.length) : requestUrl),
  };
}

function jobGone(
  status: number,
  headers: Headers,
  text: string,
  book: JobBook,
  req: GenerateRequest,
): ProviderError {
  // A job the queue no longer knows (expired, or from another account) cannot be resumed: submit anew.
  if (status === 404 || status === 410) {
    book.finished(req);
    return new ProviderError(
      'transient',
      `${API} no longer knows the job (HTTP ${status}); submitting it again`,
      { status },
    );
  }
  return falError(status, headers, text);
}

/** 422 `{detail:[{loc,msg,type}]}`; `content_policy_violation` is a safety block; X-Fal-Retryable decides. */
export function falError(status: number, headers: Headers, text: string): ProviderError {
  const body = maybeJson(text) as { detail?: unknown } | undefined;
  const items = Array.isArray(body?.detail) ? (body.detail as Record<string, unknown>[]) : [];
  const type = items.map((d) => d.type).find((t): t is string => typeof t === 'string');
  const message = items.length
    ? items.map((d) => String(d.msg ?? '')).join('; ')
    : commonErrorText(body, text).message;
  const detail = { ...(type ? { reason: type } : {}), message };
  if (type === 'content_policy_violation')
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'safety' });
  if (status === 401 || status === 403)
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'auth' });
  if (status === 504 && headerValue(headers, 'x-fal-request-timeout-type') === 'user')
    return apiFailure(API, KEY_ENV, status, headers, {
      ...detail,
      reason: 'request timeout set by the caller',
      kind: 'validation',
    });
  const retryable = headerValue(headers, 'x-fal-retryable');
  const failure = apiFailure(API, KEY_ENV, status, headers, detail);
  if (retryable === 'false' && failure.retryable)
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
  if (retryable === 'true' && !failure.retryable)
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'transient' });
  return failure;
}
