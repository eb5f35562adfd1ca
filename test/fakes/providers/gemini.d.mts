import type { FakeHandle, RecordedRequest } from './common.mjs';
export declare const GEMINI_LIVE_MODELS: string[];
export interface GeminiScriptContext {
  op: 'generate';
  model: string;
  prompt: string;
  attempt: number;
  index: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type GeminiAction = { latencyMs?: number } & (
  | { type: 'ok' }
  | {
      type:
        | 'invalid-key'
        | 'missing-key'
        | 'quota-daily'
        | 'model-not-found'
        | 'unavailable'
        | 'deadline'
        | 'text-only';
    }
  | { type: 'rate-limit'; retryDelay?: string | null }
  | { type: 'server-error'; status?: number }
  | { type: 'block-prompt'; reason?: string }
  | { type: 'block-finish'; reason?: string }
  | { type: 'http'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'hang' | 'reset' | 'truncate' }
);
export interface GeminiFakeOptions {
  apiKey?: string;
  latencyMs?: number;
  liveModels?: string[];
  scale?: number;
  thoughtParts?: boolean;
  image?: (ctx: { width: number; height: number; model: string; body: unknown }) => Buffer | Promise<Buffer>;
  script?: (ctx: GeminiScriptContext) => GeminiAction | undefined | Promise<GeminiAction | undefined>;
}
export declare function startGeminiFake(options?: GeminiFakeOptions): Promise<FakeHandle>;
export type { RecordedRequest };
