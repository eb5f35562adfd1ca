import type { FakeHandle } from './common.mjs';
export interface OpenAIScriptContext {
  op: 'generate' | 'edit';
  model: string | undefined;
  prompt: string;
  attempt: number;
  index: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type OpenAIAction = { latencyMs?: number } & (
  | { type: 'ok' }
  | { type: 'invalid-key' | 'missing-key' | 'quota' | 'overloaded' }
  | { type: 'moderation'; categories?: string[] }
  | { type: 'rate-limit'; retryAfterMs?: number; retryAfter?: string | number }
  | { type: 'server-error'; status?: number; shouldRetry?: boolean }
  | { type: 'http'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'hang' | 'reset' | 'truncate' }
);
export interface OpenAIFakeOptions {
  apiKey?: string;
  latencyMs?: number;
  scale?: number;
  image?: (ctx: {
    width: number;
    height: number;
    format: string;
    model: string;
    body: unknown;
  }) => Buffer | Promise<Buffer>;
  script?: (ctx: OpenAIScriptContext) => OpenAIAction | undefined | Promise<OpenAIAction | undefined>;
}
export declare function startOpenAIFake(options?: OpenAIFakeOptions): Promise<FakeHandle>;
