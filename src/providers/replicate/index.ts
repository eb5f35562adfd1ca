import { routeByProviderModel, tierFor } from '../../domain/models.js';
import {
  JobBook,
  isLoopbackBase,
  hosted,
  withCancel,
  type ProviderContext,
  type ProviderDefinition,
} from '../http/adapter.js';
import { REFERENCE_STRENGTH, dataUri, jsonHeaders, joinUrl, promptWithNegative } from '../http/common.js';
import { downloadResult } from '../http/download.js';
import { apiFailure, commonErrorText, failedJobError, maybeJson } from '../http/errors.js';
import { JobClock, jobCheck, pollJob } from '../http/poll.js';
import { httpCall, type Headers } from '../http/request.js';
import { readJson, type JsonReader } from '../http/check.js';
import { ProviderError, type GenerateRequest, type GenerateResult, type ProviderJob } from '../types.js';

const API = 'Replicate';
const KEY_ENV = 'REPLICATE_API_TOKEN';
const STATUSES = ['starting', 'processing', 'succeeded', 'failed', 'canceled', 'aborted'] as const;

/** Replicate predictions: `Prefer: wait` answers fast jobs at once; slower ones are polled at urls.get. */
export const replicate: ProviderDefinition = {
  id: 'replicate',
  keyEnv: KEY_ENV,
  defaultBaseUrl: 'https://api.replicate.com/v1',
  capabilities: { async: true, cancel: true, idempotencyKey: false, reference: true },
  create: (ctx) => {
    const book = new JobBook();
    const clock = new JobClock({ maxMs: ctx.pollMaxMs ?? 5000 });
    return hosted({ id: 'replicate', generate: (req) => generate(ctx, book, clock, req) }, ctx);
  },
};

// Google's nano banana models on Replicate take their own inputs (image_input, resolution), not flux's.
const NANO_BANANA = new Set(['google/nano-banana', 'google/nano-banana-pro']);

export function replicateInput(req: GenerateRequest): Record<string, unknown> {
  const route = routeByProviderModel('replicate', req.providerModel);
  const reference = req.reference && route?.reference ? req.reference : undefined;
  if (NANO_BANANA.has(req.providerModel)) {
    const resolution = route ? tierFor(route, req.spec.size) : undefined;
    return {
      prompt: promptWithNegative(req.spec, false),
      aspect_ratio: req.aspect,
      output_format: 'png',
      ...(resolution ? { resolution } : {}),
      ...(reference ? { image_input: [dataUri(reference)] } : {}),
    };
  }
  return {
    prompt: promptWithNegative(req.spec, false),
    aspect_ratio: req.aspect,
    num_outputs: 1,
    output_format: 'png',
    ...(route?.seed ? { seed: req.spec.seed } : {}),
    // flux-dev's image-to-image: the product photo, with how far the prompt may move from it.
    ...(reference ? { image: dataUri(reference), prompt_strength: REFERENCE_STRENGTH } : {}),
  };
}

type Prediction = {
  id: string;
  status: (typeof STATUSES)[number];
  output?: string;
  error?: string;
  get?: string;
  cancel?: string;
};

function prediction(a: JsonReader): Prediction {
  const output = a.get('output');
  const first = Array.isArray(output.value) ? output.items()[0]?.optString() : output.optString();
  const urls = a.has('urls') ? a.get('urls') : undefined;
  const error = a.get('error').value;
  return {
    id: a.get('id').string(),
    status: a.get('status').oneOf(STATUSES),
    ...(first ? { output: first } : {}),
    ...(error ? { error: typeof error === 'string' ? error : JSON.stringify(error) } : {}),
    ...(urls?.get('get').optString() ? { get: urls.get('get').string() } : {}),
    ...(urls?.get('cancel').optString() ? { cancel: urls.get('cancel').string() } : {}),
  };
}

async function generate(
  ctx: ProviderContext,
  book: JobBook,
  clock: JobClock,
  req: GenerateRequest,
): Promise<GenerateResult> {
  const now = ctx.now ?? Date.now;
  const base = new URL(ctx.baseUrl);
  const headers = jsonHeaders({ authorization: `Bearer ${ctx.key}` });
  const call = (
    method: 'GET' | 'POST',
    url: string,
    extra: Record<string, string> = {},
    body?: unknown,
    signal = req.signal,
  ) => {
    if (new URL(url).origin !== base.origin)
      throw new ProviderError(
        'bad-output',
        `${API} named a prediction URL on another host (${new URL(url).host}); refusing to send the key there`,
      );
    return httpCall(API, url, {
      method,
      headers: { ...headers, ...extra },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal,
      maxBytes: ctx.maxBytes,
      timeoutMs: ctx.timeoutMs,
    });
  };
  let current: Prediction | undefined;
  let job = book.resumable(req);
  let submittedAt: number | undefined;
  if (!job) {
    const wait = Math.max(1, Math.min(60, Math.floor(ctx.timeoutMs / 1000) - 1));
    const sentAt = now();
    const res = await call(
      'POST',
      joinUrl(ctx.baseUrl, `models/${req.providerModel}/predictions`),
      { prefer: `wait=${wait}` },
      { input: replicateInput(req) },
    );
    const text = res.body.toString('utf8');
    if (res.status !== 200 && res.status !== 201 && res.status !== 202)
      throw replicateError(res.status, res.headers, text);
    current = prediction(readJson(API, text));
    job = {
      id: current.id,
      ...(current.get ? { pollUrl: current.get } : {}),
      ...(current.cancel ? { cancelUrl: current.cancel } : {}),
    };
    if (current.status === 'starting' || current.status === 'processing') {
      // Still running after `Prefer: wait`: it has run since the submit was sent.
      submittedAt = sentAt;
      await book.started(req, job);
    }
  }
  const ref: ProviderJob = job;
  const cancel = ref.cancelUrl
    ? async () => void (await call('POST', ref.cancelUrl!, {}, undefined, AbortSignal.timeout(10_000)))
    : undefined;
  return withCancel(req, book, cancel, async () => {
    const now = ctx.now ?? Date.now;
    const pollUrl = ref.pollUrl ?? joinUrl(ctx.baseUrl, `predictions/${encodeURIComponent(ref.id)}`);
    const done =
      current && !['starting', 'processing'].includes(current.status)
        ? current
        : await pollJob({
            api: API,
            signal: req.signal,
            deadline: now() + ctx.timeoutMs,
            initialMs: ctx.pollInitialMs ?? 500,
            maxMs: ctx.pollMaxMs ?? 5000,
            now,
            ...(submittedAt !== undefined
              ? { timing: { clock, model: req.providerModel, submittedAt } }
              : {}),
            check: jobCheck({
              api: API,
              noun: 'prediction',
              id: ref.id,
              get: () => call('GET', pollUrl),
              forget: () => book.finished(req),
              fail: replicateError,
              done: (body) => {
                const p = prediction(readJson(API, body));
                return p.status === 'starting' || p.status === 'processing' ? undefined : p;
              },
            }),
          });
    book.finished(req);
    return finish(ctx, req, done);
  });
}

async function finish(ctx: ProviderContext, req: GenerateRequest, p: Prediction): Promise<GenerateResult> {
  // A refusal is not an HTTP error here: the prediction fails with a model-specific text.
  if (p.status === 'failed')
    throw failedJobError(
      { api: API, noun: 'prediction', id: p.id, error: p.error },
      { pattern: /nsfw|safety|sensitive|flagged|content polic/i, reason: 'nsfw' },
    );
  if (p.status !== 'succeeded')
    throw new ProviderError(
      'transient',
      `${API} prediction ${p.id} ended ${p.status} without our asking; trying again`,
    );
  if (!p.output)
    throw new ProviderError('bad-output', `${API} prediction ${p.id} succeeded without an output URL`);
  const image = await downloadResult(p.output, {
    api: API,
    signal: req.signal,
    maxBytes: ctx.maxBytes,
    timeoutMs: ctx.timeoutMs,
    allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
  });
  return { images: [image], jobId: p.id };
}

/** `{title, detail, status}` problem bodies; 429's wait is in Retry-After. */
export function replicateError(status: number, headers: Headers, text: string): ProviderError {
  const body = maybeJson(text) as { title?: unknown } | undefined;
  const { message } = commonErrorText(body, text);
  const title = typeof body?.title === 'string' ? body.title : undefined;
  if (status === 404 && /model|version/i.test(message))
    return apiFailure(API, KEY_ENV, status, headers, {
      kind: 'unavailable',
      message,
      ...(title ? { reason: title } : {}),
    });
  return apiFailure(API, KEY_ENV, status, headers, { message, ...(title ? { reason: title } : {}) });
}
