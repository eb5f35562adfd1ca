import { kindForStatus, parseRetryAfter } from '../http-errors.js';
import { ProviderError, type ProviderErrorKind } from '../types.js';
import type { Headers } from './request.js';

export interface FailureDetail {
  /** Overrides the kind the status implies (a 400 that is really an invalid key, a 422 safety block). */
  kind?: ProviderErrorKind;
  /** The API's own reason code. */
  reason?: string;
  /** The API's own message (redacted later by the adapter wrapper). */
  message?: string;
  /** A wait the body asked for (Gemini RetryInfo); headers are read when absent. */
  retryAfterMs?: number;
}

const HINTS: Partial<Record<ProviderErrorKind, (keyEnv: string) => string>> = {
  auth: (keyEnv) => `the API refused the key: check the ${keyEnv} secret`,
  credits: () => 'the account is out of credits or over its quota: top it up or raise the limit',
  unavailable: () =>
    'the API no longer serves this model: route it through another provider in shotlist.yaml (routing) or pick another model',
};

/** A ProviderError for an API's failed answer: the kind, the API's own reason and message, and the fix. */
export function apiFailure(
  api: string,
  keyEnv: string,
  status: number,
  headers: Headers,
  detail: FailureDetail,
): ProviderError {
  const kind = detail.kind ?? kindForStatus(status);
  const retryAfterMs = detail.retryAfterMs ?? parseRetryAfter(headers);
  const said = (detail.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
  const hint = HINTS[kind]?.(keyEnv);
  const message =
    `${api} answered HTTP ${status}${detail.reason ? ` ${detail.reason}` : ''}${said ? `: ${said}` : ''}` +
    (hint ? ` (${hint})` : '');
  return new ProviderError(kind, message, {
    status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(detail.reason ? { reason: detail.reason } : {}),
  });
}

/** Parses text that may be JSON (error bodies are not always JSON: Recraft's 401 is plain text). */
export function maybeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads `{error:"msg"}`, `{error:{message,code}}`, `{message}`, `{detail}`: the common error envelopes. */
export function commonErrorText(body: unknown, text: string): { message: string; code?: string } {
  const o = (body ?? {}) as Record<string, unknown>;
  const err = o.error;
  if (typeof err === 'string') return { message: err };
  if (err && typeof err === 'object') {
    const e = err as Record<string, unknown>;
    const code = typeof e.code === 'string' ? e.code : typeof e.type === 'string' ? e.type : undefined;
    return {
      message: typeof e.message === 'string' ? e.message : JSON.stringify(e),
      ...(code ? { code } : {}),
    };
  }
  if (typeof o.message === 'string')
    return { message: o.message, ...(typeof o.code === 'string' ? { code: o.code } : {}) };
  if (typeof o.detail === 'string') return { message: o.detail };
  return { message: text.slice(0, 300) };
}

/**
 * A job that ended `failed` with the API's free text. APIs that refuse unsafe content by failing
 * the job (not with an HTTP error) say so only in that text, so `safety` matches it; anything else
 * is a bad output of that job.
 */
export function failedJobError(
  job: { api: string; noun: string; id: string; error: string | undefined },
  safety: { pattern: RegExp; reason: string },
): ProviderError {
  const error = job.error ?? 'no error text';
  const unsafe = safety.pattern.test(error);
  return new ProviderError(
    unsafe ? 'safety' : 'bad-output',
    `${job.api} ${job.noun} ${job.id} failed: ${error.slice(0, 300)}`,
    { reason: unsafe ? safety.reason : 'failed' },
  );
}
