import { PIXELMUSE_USD_PER_CREDIT, routeByProviderModel } from '../../domain/models.js';
import {
  JobBook,
  isLoopbackBase,
  hosted,
  withCancel,
  type ProviderContext,
  type ProviderDefinition,
} from '../http/adapter.js';
import { dataUri, jsonHeaders, joinUrl } from '../http/common.js';
import { downloadResult } from '../http/download.js';
import { checkImage } from '../http/image.js';
import { apiFailure, commonErrorText, failedJobError, maybeJson } from '../http/errors.js';
import { JobClock, jobCheck, pollJob } from '../http/poll.js';
import { httpCall, type Headers } from '../http/request.js';
import { readJson, type JsonReader } from '../http/check.js';
import { ProviderError, type GenerateRequest, type GenerateResult } from '../types.js';

const API = 'Pixelmuse';
const KEY_ENV = 'PIXELMUSE_API_KEY';
const STATUSES = ['pending', 'processing', 'succeeded', 'failed'] as const;
const STYLES = new Set(['realistic', 'anime', 'artistic']);

/** Pixelmuse (the seed's service): one POST with `Prefer: wait`, 202 + polling for slow models. */
export const pixelmuse: ProviderDefinition = {
  id: 'pixelmuse',
  keyEnv: KEY_ENV,
  // www: the bare host redirects and drops the Authorization header.
  defaultBaseUrl: 'https://www.pixelmuse.studio/api/v1',
  capabilities: { async: true, cancel: false, idempotencyKey: true, reference: true },
  create: (ctx) => {
    const book = new JobBook();
    const clock = new JobClock({ maxMs: ctx.pollMaxMs ?? 5000 });
    return hosted({ id: 'pixelmuse', generate: (req) => generate(ctx, book, clock, req) }, ctx);
  },
};

export function pixelmuseBody(req: GenerateRequest): Record<string, unknown> {
  const route = routeByProviderModel('pixelmuse', req.providerModel);
  const { spec } = req;
  return {
    prompt: spec.prompt,
    model: req.providerModel,
    aspect_ratio: req.aspect,
    ...(spec.style && STYLES.has(spec.style) ? { style: spec.style } : {}),
    ...(spec.negative && route?.negativePrompt !== false ? { negative_prompt: spec.negative } : {}),
    ...(req.reference && route?.reference ? { image_input: [dataUri(req.reference)] } : {}),
  };
}

interface Generation {
  id: string;
  status: (typeof STATUSES)[number];
  /** Data URIs or https URLs (read lazily: a data URI is megabytes). */
  output: JsonReader[];
  credits?: number;
  error?: string;
}

function generation(a: JsonReader): Generation {
  const error = a.get('error').value;
  const credits = a.get('credits_charged').optNumber();
  return {
    id: a.get('id').string(),
    status: a.get('status').oneOf(STATUSES),
    output: a.get('output').items(),
    ...(credits !== undefined ? { credits } : {}),
    ...(error ? { error: typeof error === 'string' ? error : commonErrorText({ error }, '').message } : {}),
  };
}

async function generate(
  ctx: ProviderContext,
  book: JobBook,
  clock: JobClock,
  req: GenerateRequest,
): Promise<GenerateResult> {
  const now = ctx.now ?? Date.now;
  const headers = jsonHeaders({ authorization: `Bearer ${ctx.key}` });
  const call = (method: 'GET' | 'POST', path: string, extra: Record<string, string> = {}, body?: unknown) =>
    httpCall(API, joinUrl(ctx.baseUrl, path), {
      method,
      headers: { ...headers, ...extra },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: req.signal,
      maxBytes: ctx.maxBytes,
      timeoutMs: ctx.timeoutMs,
    });
  let current: Generation | undefined;
  let job = book.resumable(req);
  let submittedAt: number | undefined;
  if (!job) {
    const wait = Math.max(1, Math.min(60, Math.floor(ctx.timeoutMs / 1000) - 1));
    // The key is derived from the shot: a submit repeated after a lost answer is not paid twice.
    const sentAt = now();
    const res = await call(
      'POST',
      'images',
      { prefer: `wait=${wait}`, 'idempotency-key': req.idempotencyKey.slice(0, 255) },
      pixelmuseBody(req),
    );
    if (res.status !== 200 && res.status !== 201 && res.status !== 202)
      throw pixelmuseError(res.status, res.headers, res.body.toString('utf8'));
    current = generation(readJson(API, res.body));
    job = {
      id: current.id,
      pollUrl: joinUrl(ctx.baseUrl, `images/${encodeURIComponent(current.id)}`),
    };
    if (current.status === 'pending' || current.status === 'processing') {
      // Still running after `Prefer: wait`: it has run since the submit was sent.
      submittedAt = sentAt;
      await book.started(req, job);
    }
  }
  const id = job.id;
  // Pixelmuse documents no cancel: a cancelled run leaves the job to finish (the journal keeps its id).
  return withCancel(req, book, undefined, async () => {
    const done =
      current && (current.status === 'succeeded' || current.status === 'failed')
        ? current
        : await pollJob({
            api: API,
            signal: req.signal,
            deadline: now() + ctx.timeoutMs,
            initialMs: ctx.pollInitialMs ?? 2000,
            maxMs: ctx.pollMaxMs ?? 5000,
            now,
            ...(submittedAt !== undefined
              ? { timing: { clock, model: req.providerModel, submittedAt } }
              : {}),
            check: jobCheck({
              api: API,
              noun: 'generation',
              id,
              get: () => call('GET', `images/${encodeURIComponent(id)}`),
              forget: () => book.finished(req),
              fail: pixelmuseError,
              done: (body) => {
                const g = generation(readJson(API, body));
                return g.status === 'succeeded' || g.status === 'failed' ? g : undefined;
              },
            }),
          });
    book.finished(req);
    return finish(ctx, req, done);
  });
}

async function finish(ctx: ProviderContext, req: GenerateRequest, g: Generation): Promise<GenerateResult> {
  if (g.status === 'failed')
    throw failedJobError(
      { api: API, noun: 'generation', id: g.id, error: g.error },
      { pattern: /nsfw|safety|moderat|content polic|inappropriate/i, reason: 'safety' },
    );
  const out = g.output[0];
  if (!out) throw new ProviderError('bad-output', `${API} generation ${g.id} succeeded with no output`);
  const inline = out.dataUri();
  const image = inline
    ? { bytes: inline, mimeType: await checkImage(API, inline) }
    : await downloadResult(out.string(), {
        api: API,
        signal: req.signal,
        maxBytes: ctx.maxBytes,
        timeoutMs: ctx.timeoutMs,
        allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
      });
  const cost =
    g.credits !== undefined ? Math.round(g.credits * PIXELMUSE_USD_PER_CREDIT * 10_000) / 10_000 : undefined;
  return { images: [image], jobId: g.id, ...(cost !== undefined ? { costUsd: cost } : {}) };
}

/** `{error:"msg"}`, `{error:{message,code}}` or `{message}`; 402 is out of credits. */
export function pixelmuseError(status: number, headers: Headers, text: string): ProviderError {
  const { message, code } = commonErrorText(maybeJson(text), text);
  const detail = { message, ...(code ? { reason: code } : {}) };
  if (status === 402) return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'credits' });
  if (status === 404 && /model/i.test(message))
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
  if (status === 400 && /nsfw|safety|moderat|content polic/i.test(message))
    return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'safety' });
  return apiFailure(API, KEY_ENV, status, headers, detail);
}
