import type { FakeHandle } from './common.mjs';
export interface RecraftScriptContext {
  op: 'generate' | 'edit' | 'download';
  model?: string;
  prompt?: string;
  url?: string;
  attempt: number;
  index?: number;
  body?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type RecraftAction = { latencyMs?: number } & (
  | { type: 'ok' }
  | { type: 'invalid-key' }
  | { type: 'rate-limit'; retryAfter?: string | number }
  | { type: 'bad-request'; code?: string; message?: string }
  | { type: 'server-error'; status?: number }
  | { type: 'expired'; status?: 404 | 403 }
  | { type: 'http'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'hang' | 'reset' | 'truncate' }
);
export interface RecraftFakeOptions {
  apiKey?: string;
  latencyMs?: number;
  scale?: number;
  urlTtlMs?: number;
  image?: (ctx: {
    width: number;
    height: number;
    format: string;
    model: string;
    body: unknown;
  }) => Buffer | Promise<Buffer>;
  script?: (ctx: RecraftScriptContext) => RecraftAction | undefined | Promise<RecraftAction | undefined>;
}
export declare function startRecraftFake(options?: RecraftFakeOptions): Promise<FakeHandle>;
