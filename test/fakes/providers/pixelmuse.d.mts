import type { FakeHandle } from './common.mjs';
export declare const PIXELMUSE_CREDITS: Record<string, number>;
export declare const PIXELMUSE_ASYNC_MODELS: string[];
export type PixelmuseErrorShape = 'object' | 'string' | 'message';
export interface PixelmuseScriptContext {
  op: 'create' | 'get' | 'download';
  model?: string;
  prompt?: string;
  idempotencyKey?: string;
  generationId?: string;
  url?: string;
  attempt: number;
  index?: number;
  body?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type PixelmuseAction = { latencyMs?: number; shape?: PixelmuseErrorShape } & (
  | { type: 'ok'; jobMs?: number; output?: 'data-uri' | 'url' }
  | { type: 'failed'; error?: string }
  | { type: 'never-finish' | 'invalid-key' | 'out-of-credits' | 'server-error' | 'unavailable' }
  | { type: 'rate-limit'; retryAfter?: number | null }
  | { type: 'expired'; status?: number }
  | { type: 'http'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'hang' | 'reset' | 'truncate' }
);
export interface PixelmuseJob {
  id: string;
  state: 'running' | 'done';
  fate: string;
  data: { model: string; body: unknown; idempotencyKey?: string };
}
export interface PixelmuseFakeOptions {
  apiKey?: string;
  latencyMs?: number;
  jobMs?: number;
  asyncModels?: string[];
  maxWaitS?: number;
  output?: 'data-uri' | 'url';
  errorShape?: PixelmuseErrorShape;
  scale?: number;
  outputTtlMs?: number;
  image?: (ctx: { width: number; height: number; model: string; body: unknown }) => Buffer | Promise<Buffer>;
  script?: (
    ctx: PixelmuseScriptContext,
  ) => PixelmuseAction | undefined | Promise<PixelmuseAction | undefined>;
}
export declare function startPixelmuseFake(
  options?: PixelmuseFakeOptions,
): Promise<FakeHandle & { jobs: Map<string, PixelmuseJob> }>;
