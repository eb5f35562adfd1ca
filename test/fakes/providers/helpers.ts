// Helpers for the fakes' own tests: plain undici calls, no adapter involved.
import sharp from 'sharp';
import { FormData, request } from 'undici';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const isJson = init.body !== undefined && typeof init.body !== 'string' && !(init.body instanceof FormData);
  const res = await request(url, {
    method: (init.method ?? (init.body === undefined ? 'GET' : 'POST')) as 'GET',
    headers: { ...(isJson ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: isJson ? JSON.stringify(init.body) : (init.body as string | FormData | undefined),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** Decode base64 or bytes with sharp: proves the fake served a real image. */
export async function decode(
  data: string | Buffer,
): Promise<{ width: number; height: number; format: string }> {
  const bytes = typeof data === 'string' ? Buffer.from(data.replace(/^data:[^,]+,/, ''), 'base64') : data;
  const meta = await sharp(bytes).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0, format: meta.format ?? '' };
}

export async function download(url: string): Promise<{ status: number; bytes: Buffer; type?: string }> {
  const res = await request(url);
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, bytes, type: res.headers['content-type'] as string | undefined };
}
