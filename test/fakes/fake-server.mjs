// A scriptable fake image API on 127.0.0.1 for tests and benches. Plain ESM so benches can import it.
//
// Protocol (what src/providers/fake-http.ts speaks):
//   POST /generate   headers: Content-Type: application/json, Idempotency-Key: <key>
//                    body: { key, model, prompt, negative?, seed, aspect, size, reference }
//     200  image bytes (Content-Type image/png), X-Job-Id, X-Cost-Usd
//     4xx/5xx JSON { "error": { "kind": "validation"|"safety"|"auth"|"credits"|..., "message" } }
//     429  with Retry-After (seconds or HTTP date) or retry-after-ms
//   GET /stats       the counters below as JSON
//
// The script decides each response from { key, idempotencyKey, seed, attempt, size, aspect }:
//   { type: 'ok', latencyMs? }             image after latencyMs (default: server latency)
//   { type: 'status', status, kind?, message?, retryAfter?, retryAfterMs?, latencyMs? }
//   { type: 'reset', afterMs? }            destroy the socket without answering
//   { type: 'hang' }                       never answer (the client's timeout fires)
//   { type: 'oversize', bytes }            200 with that many junk bytes
//   { type: 'bogus' }                      200 with bytes that are not an image
// Counters: `successes` per shot key and per idempotency key count 200 image responses fully sent.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { setTimeout } from 'node:timers';
import sharp from 'sharp';

function dims(aspect, size) {
  const [w, h] = String(aspect).split(':').map(Number);
  const s = Math.max(8, Math.min(Number(size) || 64, 4096));
  return w >= h
    ? { width: s, height: Math.max(1, Math.round((s * h) / w)) }
    : { width: Math.max(1, Math.round((s * w) / h)), height: s };
}

/** A product-like test image: a dark rounded box centred on a plain background. */
export async function makeTestImage(
  width,
  height,
  { background = '#FFFFFF', fill = 0.7, color = '#2A2A2A' } = {},
) {
  const bw = Math.round(width * fill);
  const bh = Math.round(height * fill);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${background}"/>
    <rect x="${(width - bw) / 2}" y="${(height - bh) / 2}" width="${bw}" height="${bh}" rx="${Math.round(bw / 10)}" fill="${color}"/>
    <rect x="${width / 2 - bw / 4}" y="${height / 2 - bh / 4}" width="${bw / 2}" height="${bh / 8}" fill="#8A5A3A"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
}

export async function startFakeServer(options = {}) {
  const latencyMs = options.latencyMs ?? 0;
  const script = options.script ?? (() => ({ type: 'ok' }));
  const imageCache = new Map();
  const imageFor =
    options.image ??
    (async (ctx) => {
      const { width, height } = dims(ctx.aspect, ctx.size);
      const k = `${width}x${height}`;
      let p = imageCache.get(k);
      if (!p) imageCache.set(k, (p = makeTestImage(width, height)));
      return p;
    });
  const stats = {
    requests: 0,
    attemptsByIdem: new Map(),
    attemptsByKey: new Map(),
    successesByKey: new Map(),
    successesByIdem: new Map(),
    log: [],
  };
  const sockets = new Set();
  let jobs = 0;

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(statsJson()));
      return;
    }
    if (req.method !== 'POST' || req.url !== '/generate') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { kind: 'validation', message: 'no such endpoint' } }));
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks)).catch((error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { kind: 'transient', message: String(error) } }));
      });
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req, res, raw) {
    let body;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { kind: 'validation', message: 'body is not JSON' } }));
      return;
    }
    const idem = String(req.headers['idempotency-key'] ?? '');
    const key = String(body.key ?? '');
    stats.requests++;
    const attempt = (stats.attemptsByIdem.get(idem) ?? 0) + 1;
    stats.attemptsByIdem.set(idem, attempt);
    stats.attemptsByKey.set(key, (stats.attemptsByKey.get(key) ?? 0) + 1);
    const ctx = {
      key,
      idempotencyKey: idem,
      seed: body.seed,
      attempt,
      size: body.size,
      aspect: body.aspect,
      body,
    };
    const action = (await script(ctx)) ?? { type: 'ok' };
    stats.log.push({ key, idem, attempt, type: action.type, status: action.status });
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    switch (action.type) {
      case 'reset':
        if (action.afterMs) await wait(action.afterMs);
        req.socket.destroy();
        return;
      case 'hang':
        return; // the client gives up; the socket closes with it
      case 'status': {
        if (action.latencyMs) await wait(action.latencyMs);
        const headers = { 'content-type': 'application/json' };
        if (action.retryAfter !== undefined) headers['retry-after'] = String(action.retryAfter);
        if (action.retryAfterMs !== undefined) headers['retry-after-ms'] = String(action.retryAfterMs);
        res.writeHead(action.status, headers);
        res.end(
          JSON.stringify({
            error: { kind: action.kind, message: action.message ?? `scripted ${action.status}` },
          }),
        );
        return;
      }
      case 'oversize':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.alloc(action.bytes, 0x41));
        return;
      case 'bogus':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from('this is not an image at all'));
        return;
      default: {
        const ms = action.latencyMs ?? latencyMs;
        if (ms) await wait(ms);
        if (req.socket.destroyed) return;
        const bytes = await imageFor(ctx);
        res.writeHead(200, {
          'content-type': 'image/png',
          'x-job-id': `job-${++jobs}`,
          'x-cost-usd': '0.003',
        });
        res.on('finish', () => {
          stats.successesByKey.set(key, (stats.successesByKey.get(key) ?? 0) + 1);
          stats.successesByIdem.set(idem, (stats.successesByIdem.get(idem) ?? 0) + 1);
        });
        res.end(bytes);
      }
    }
  }

  function statsJson() {
    return {
      requests: stats.requests,
      successes: [...stats.successesByKey.values()].reduce((a, b) => a + b, 0),
      successesByKey: Object.fromEntries(stats.successesByKey),
      attemptsByKey: Object.fromEntries(stats.attemptsByKey),
    };
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    statsJson,
    reset() {
      stats.requests = 0;
      stats.attemptsByIdem.clear();
      stats.attemptsByKey.clear();
      stats.successesByKey.clear();
      stats.successesByIdem.clear();
      stats.log.length = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
