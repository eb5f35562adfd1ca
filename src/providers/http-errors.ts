import { ProviderError, type ProviderErrorKind } from './types.js';

/** The longest wait a server may ask for; longer hints are capped (the shot deadline caps it again). */
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;

type HeaderValue = string | string[] | undefined;

function first(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The delay a response asks for: `retry-after-ms` (OpenAI-style, milliseconds), else `Retry-After`
 * as delta-seconds or an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Record<string, HeaderValue>, now = Date.now()): number | undefined {
  const ms = first(headers['retry-after-ms']);
  if (ms !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.min(Number(ms), MAX_RETRY_AFTER_MS);
  const ra = first(headers['retry-after']);
  if (ra === undefined) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(ra)) return Math.min(Number(ra) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(ra);
  if (Number.isFinite(date)) return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
  return undefined;
}

/** The error kind an HTTP status means, before any body hint. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 429) return 'rate-limit';
  if (status === 408 || status === 409 || status === 425 || status >= 500) return 'transient';
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'credits';
  return 'validation';
}

const BODY_KINDS = new Set<ProviderErrorKind>(['safety', 'credits', 'auth', 'validation', 'refused']);

/**
 * A ProviderError for a failed HTTP response. A JSON body `{ "error": { "kind", "message" } }` may
 * narrow a 4xx to safety/credits/auth; a body never turns a permanent status into a retryable one.
 */
export function errorFromResponse(
  status: number,
  headers: Record<string, HeaderValue>,
  bodyText: string,
  what: string,
): ProviderError {
  let kind = kindForStatus(status);
  let detail = '';
  try {
    const parsed = JSON.parse(bodyText) as { error?: { kind?: string; message?: string } | string };
    const err = parsed.error;
    if (typeof err === 'string') detail = err;
    else if (err) {
      detail = err.message ?? '';
      if (
        err.kind &&
        BODY_KINDS.has(err.kind as ProviderErrorKind) &&
        status >= 400 &&
        status < 500 &&
        status !== 429
      )
        kind = err.kind as ProviderErrorKind;
    }
  } catch {
    detail = bodyText.slice(0, 200);
  }
  const retryAfterMs = parseRetryAfter(headers);
  const message = `${what} answered HTTP ${status}${detail ? `: ${detail}` : ''}`;
  return new ProviderError(kind, message, retryAfterMs === undefined ? { status } : { status, retryAfterMs });
}
