import type { FakeHandle } from './common.mjs';
export declare const FAL_MODELS: Record<string, string>;
export interface FalScriptContext {
  op: 'submit' | 'status' | 'result' | 'cancel' | 'download';
  model?: string;
  prompt?: string;
  requestId?: string;
  url?: string;
  attempt: number;
  index?: number;
  body?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type FalAction = { latencyMs?: number } & (
  | { type: 'ok'; jobMs?: number; queueMs?: number }
  | { type: 'never-finish' | 'content-policy' | 'job-error' | 'invalid-key' | 'user-timeout' }
  | { type: 'rate-limit'; retryAfter?: string | number }
  | { type: 'server-error'; status?: number; retryable?: boolean }
  | { type: 'expired'; status?: number }
  | { type: 'http'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'hang' | 'reset' | 'truncate' }
);
export interface FalJob {
  id: string;
  state: 'running' | 'done';
  cancelled: boolean;
  fate: string;
  data: { model: string; app: string; body: unknown };
}
export interface FalFakeOptions {
  apiKey?: string;
  latencyMs?: number;
  jobMs?: number;
  queueMs?: number;
  scale?: number;
  resultTtlMs?: number;
  image?: (ctx: {
    width: number;
    height: number;
    format: string;
    model: string;
    body: unknown;
  }) => Buffer | Promise<Buffer>;
  script?: (ctx: FalScriptContext) => FalAction | undefined | Promise<FalAction | undefined>;
}
export declare function startFalFake(
  options?: FalFakeOptions,
): Promise<FakeHandle & { jobs: Map<string, FalJob> }>;
