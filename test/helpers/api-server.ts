// A small loopback HTTP server for adapter unit tests: each test scripts the answers it needs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import type { ShotSpec } from '../../src/domain/spec.js';
import type { GenerateRequest } from '../../src/providers/types.js';

export interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  json: () => Record<string, unknown>;
}

export type Handler = (req: Seen, res: ServerResponse, server: ApiServer) => void | Promise<void>;

export interface ApiServer {
  url: string;
  seen: Seen[];
  handle: Handler;
  close(): Promise<void>;
}

export async function startApiServer(handle: Handler): Promise<ApiServer> {
  const server: ApiServer = { url: '', seen: [], handle, close: async () => undefined };
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const seen: Seen = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        json: () => JSON.parse(body.toString('utf8')) as Record<string, unknown>,
      };
      server.seen.push(seen);
      Promise.resolve(server.handle(seen, res, server)).catch((error: unknown) => {
        res.writeHead(599);
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.close = () =>
    new Promise((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return server;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

let png: Promise<Buffer> | undefined;
/** A real 64x48 PNG. */
export function testPng(): Promise<Buffer> {
  png ??= sharp({ create: { width: 64, height: 48, channels: 3, background: '#7a8899' } })
    .png()
    .toBuffer();
  return png;
}

export function testSpec(over: Partial<ShotSpec> = {}): ShotSpec {
  return {
    key: 'mug-01/pdp',
    sku: 'mug-01',
    variant: 'pdp',
    placement: 'pdp',
    promptId: 'studio',
    promptVersion: 1,
    templateHash: 't',
    prompt: 'studio photo of a white mug',
    negative: 'text, watermark',
    style: 'realistic',
    model: 'nano-banana-2',
    aspect: '1:1',
    size: 1600,
    format: 'webp',
    quality: 90,
    background: '#FFFFFF',
    seed: 42,
    contract: 1,
    genHash: 'g',
    specHash: 's',
    qaHash: 'q',
    ...over,
  };
}

export function testRequest(over: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    spec: testSpec(),
    providerModel: 'gemini-3.1-flash-image',
    aspect: '1:1',
    idempotencyKey: 'idem-0123456789abcdef',
    signal: AbortSignal.timeout(10_000),
    ...over,
  };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection, got a result');
}
