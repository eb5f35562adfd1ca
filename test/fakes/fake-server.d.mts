export interface FakeContext {
  key: string;
  idempotencyKey: string;
  seed: number;
  attempt: number;
  size: number;
  aspect: string;
  body: Record<string, unknown>;
}
export type FakeAction =
  | { type: 'ok'; latencyMs?: number }
  | {
      type: 'status';
      status: number;
      kind?: string;
      message?: string;
      retryAfter?: string | number;
      retryAfterMs?: number;
      latencyMs?: number;
    }
  | { type: 'reset'; afterMs?: number }
  | { type: 'hang' }
  | { type: 'oversize'; bytes: number }
  | { type: 'bogus' };
export interface FakeStats {
  requests: number;
  attemptsByIdem: Map<string, number>;
  attemptsByKey: Map<string, number>;
  successesByKey: Map<string, number>;
  successesByIdem: Map<string, number>;
  log: { key: string; idem: string; attempt: number; type: string; status?: number }[];
}
export interface FakeServer {
  url: string;
  stats: FakeStats;
  statsJson(): {
    requests: number;
    successes: number;
    successesByKey: Record<string, number>;
    attemptsByKey: Record<string, number>;
  };
  reset(): void;
  close(): Promise<void>;
}
export function makeTestImage(
  width: number,
  height: number,
  options?: { background?: string; fill?: number; color?: string },
): Promise<Buffer>;
export function startFakeServer(options?: {
  latencyMs?: number;
  script?: (ctx: FakeContext) => FakeAction | undefined | Promise<FakeAction | undefined>;
  image?: (ctx: FakeContext) => Buffer | Promise<Buffer>;
}): Promise<FakeServer>;
