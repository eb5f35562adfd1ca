export interface RecordedRequest {
  index: number;
  /** What the fake took the request for: 'generate', 'edit', 'submit', 'status', 'result', 'cancel', 'poll', 'download', 'unknown'. */
  op: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased request headers; auth values replaced ('Bearer <redacted>', 'Key <redacted>', '<redacted>'). */
  headers: Record<string, string | string[] | undefined>;
  bodyKind: 'empty' | 'json' | 'text' | 'multipart';
  /** Parsed JSON, text, or for multipart { fields, files: [{ field, filename, type, size, bytes }] }. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  bytes: number;
  /** Schema errors found in this request (empty when it validated). */
  schemaErrors: string[];
  /** Status the fake answered with (undefined while pending, or when it hung or reset). */
  status: number | undefined;
}
export interface FakeStats {
  requests: number;
  /** Generations the fake would have billed (a result actually produced). */
  paid: number;
  /** Paid generations per idempotency key, job id, or model:prompt for synchronous APIs. */
  paidByKey: Map<string, number>;
  schemaViolations: { index: number; path: string; errors: string[] }[];
  downloads: number;
}
export interface FakeHandle {
  /** The fake's origin, http://127.0.0.1:<port>. */
  url: string;
  /** The base URL an adapter should be configured with (the API's documented base on this origin). */
  baseUrl: string;
  apiKey: string;
  requests: RecordedRequest[];
  stats: FakeStats;
  close(): Promise<void>;
}
export declare function productImage(width: number, height: number, format?: string): Promise<Buffer>;
export declare function heavyImage(bytes?: number): Promise<Buffer>;
export declare function dimsForAspect(aspect: string, longSide: number): { width: number; height: number };
/** JSON of an answer as bytes, long base64 strings spliced in from cached bytes (same text as JSON.stringify). */
export declare function jsonBytes(value: unknown): Buffer;
export declare function pngDataUri(bytes: Buffer): string;
/** jsonBytes as the buffers to write in turn (the image bytes not copied). */
export declare function jsonPieces(value: unknown): Buffer[];
