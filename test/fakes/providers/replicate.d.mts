import type { FakeHandle } from './common.mjs';
export declare const REPLICATE_MODELS: Record<
  string,
  { input: string; output: 'array' | 'string'; format: string }
>;
export declare const NSFW_ERROR: string;
export interface ReplicateScriptContext {
  op: 'create' | 'get' | 'cancel' | 'download';
  model?: string;
  prompt?: string;
  predictionId?: string;
  url?: string;
  attempt: number;
  index?: number;
  body?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type ReplicateAction = { latencyMs?: number } & (
  | { type: 'ok'; jobMs?: number }
  | { type: 'nsfw' | 'never-finish' | 'invalid-key' | 'insufficient-credit' }
  | { type: 'failed'; error?: string }
  | { type: 'rate-limit'; retryAfter?: number | null }
  | { type: 'server-error'; status?: number }
  | { type: 'expired'; status?: number }
  | { type: 'http'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'hang' | 'reset' | 'truncate' }
);
export interface ReplicateJob {
  id: string;
  state: 'running' | 'done';
  cancelled: boolean;
  fate: string;
  data: { model?: string; version?: string; input: unknown };
}
export interface ReplicateFakeOptions {
  apiKey?: string;
  latencyMs?: number;
  jobMs?: number;
  maxWaitS?: number;
  scale?: number;
  outputTtlMs?: number;
  image?: (ctx: {
    width: number;
    height: number;
    format: string;
    model: string;
    input: unknown;
  }) => Buffer | Promise<Buffer>;
  script?: (
    ctx: ReplicateScriptContext,
  ) => ReplicateAction | undefined | Promise<ReplicateAction | undefined>;
}
export declare function startReplicateFake(
  options?: ReplicateFakeOptions,
): Promise<FakeHandle & { jobs: Map<string, ReplicateJob> }>;
