// Shared machinery for the per-API fakes in this folder: a loopback HTTP server that records every
// request (auth value redacted), lets a test script each answer, serves result files on its own
// origin, validates request bodies with ajv and counts paid generations. Plain ESM so benches can
// import it. The protocol of each API lives in its own file; nothing here knows an API's shapes.
import { Buffer } from 'node:buffer';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL } from 'node:url';
import { Ajv } from 'ajv';
import sharp from 'sharp';
import { Request } from 'undici';
import { makeTestImage } from '../fake-server.mjs';

const AUTH_HEADERS = new Set(['authorization', 'x-goog-api-key', 'x-api-key']);

/** Compile the JSON Schema in schemas/<file> (draft-07, OpenAPI `nullable` understood). */
export function loadSchema(file, ref) {
  const doc = JSON.parse(readFileSync(new URL(`./schemas/${file}`, import.meta.url), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(doc, file);
  return ajv.getSchema(`${file}#/definitions/${ref}`);
}

/** Ajv errors as short readable lines: `/generationConfig/imageConfig: must NOT have additional properties (personGeneration)`. */
export function describeErrors(errors) {
  return (errors ?? []).map((e) => {
    const extra =
      e.params?.additionalProperty ?? e.params?.allowedValues?.join('|') ?? e.params?.missingProperty;
    return `${e.instancePath || '/'}: ${e.message}${extra ? ` (${extra})` : ''}`;
  });
}

/** Pixel size for a ratio `W:H` whose long side is `longSide`. */
export function dimsForAspect(aspect, longSide) {
  const [w, h] = String(aspect).split(':').map(Number);
  if (!(w > 0 && h > 0)) return { width: longSide, height: longSide };
  return w >= h
    ? { width: longSide, height: Math.max(1, Math.round((longSide * h) / w)) }
    : { width: Math.max(1, Math.round((longSide * w) / h)), height: longSide };
}

const imageCache = new Map();
/** A product-like picture (dark box on white) in png, jpeg or webp; cached per size and format. */
export function productImage(width, height, format = 'png') {
  const key = `${width}x${height}.${format}`;
  let p = imageCache.get(key);
  if (!p) {
    p = makeTestImage(width, height).then((png) => {
      if (format === 'jpeg' || format === 'jpg') return sharp(png).jpeg({ quality: 85 }).toBuffer();
      if (format === 'webp') return sharp(png).webp({ quality: 85 }).toBuffer();
      return png;
    });
    imageCache.set(key, p);
  }
  return p;
}

/** An incompressible PNG of about `bytes` bytes (noise), for benches that need big answers. */
export async function heavyImage(bytes = 2_000_000) {
  const side = Math.ceil(Math.sqrt(bytes / 3));
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

const base64Cache = new WeakMap();
/** Base64 of an image, cached per buffer: the fakes answer the same picture many times in a bench. */
export function toBase64(bytes) {
  let b64 = base64Cache.get(bytes);
  if (b64 === undefined) {
    b64 = Buffer.from(bytes).toString('base64');
    if (typeof bytes === 'object') base64Cache.set(bytes, b64);
  }
  return b64;
}

const dataUriCache = new WeakMap();
/** A `data:image/png;base64,` URI of an image, cached per buffer like toBase64. */
export function pngDataUri(bytes) {
  let uri = dataUriCache.get(bytes);
  if (uri === undefined) {
    uri = `data:image/png;base64,${toBase64(bytes)}`;
    if (typeof bytes === 'object') dataUriCache.set(bytes, uri);
  }
  return uri;
}

const LONG = 16 * 1024;
const SAFE = /^[A-Za-z0-9+/=:;,._-]*$/;
/** Long escape-free strings (base64 images, data URIs) as bytes, for the last few answered. */
const longBytes = new Map();

/**
 * JSON of an answer as bytes, its long base64 strings spliced in from cached bytes instead of
 * escaped and encoded again each time: the same text as JSON.stringify, at a fraction of the CPU,
 * so a bench measures the client rather than this fake.
 */
export function jsonBytes(value) {
  const pieces = jsonPieces(value);
  return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
}

/** jsonBytes as the buffers to write one after another (no copy of the image bytes). */
export function jsonPieces(value) {
  const longs = [];
  const text = JSON.stringify(value, (_k, v) => {
    if (typeof v !== 'string' || v.length < LONG) return v;
    let bytes = longBytes.get(v);
    if (bytes === undefined) {
      if (!SAFE.test(v)) return v;
      bytes = Buffer.from(v, 'latin1');
      if (longBytes.size >= 8) longBytes.delete(longBytes.keys().next().value);
      longBytes.set(v, bytes);
    }
    longs.push(bytes);
    return `\u0000long:${longs.length - 1}`;
  });
  if (longs.length === 0) return [Buffer.from(text)];
  const pieces = [];
  let from = 0;
  for (const [i, bytes] of longs.entries()) {
    const token = `"\\u0000long:${i}"`;
    const at = text.indexOf(token, from);
    pieces.push(Buffer.from(text.slice(from, at + 1)), bytes);
    from = at + token.length - 1;
  }
  pieces.push(Buffer.from(text.slice(from)));
  return pieces;
}

export function mimeOf(format) {
  return format === 'jpeg' || format === 'jpg'
    ? 'image/jpeg'
    : format === 'webp'
      ? 'image/webp'
      : 'image/png';
}

function redactHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    if (!AUTH_HEADERS.has(k)) out[k] = v;
    else {
      const s = String(v);
      const space = s.indexOf(' ');
      // Keep the scheme (Bearer, Key) so tests can assert it; never the secret.
      out[k] = k === 'authorization' && space > 0 ? `${s.slice(0, space)} <redacted>` : '<redacted>';
    }
  }
  return out;
}

async function parseBody(req, raw) {
  const type = String(req.headers['content-type'] ?? '');
  if (raw.length === 0) return { kind: 'empty', body: undefined };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const fields = {};
    const files = [];
    for (const [name, value] of form) {
      if (typeof value === 'string') fields[name] = value;
      else {
        const bytes = Buffer.from(await value.arrayBuffer());
        files.push({ field: name, filename: value.name, type: value.type, size: bytes.length, bytes });
      }
    }
    return { kind: 'multipart', body: { fields, files } };
  }
  const text = raw.toString('utf8');
  try {
    return { kind: 'json', body: JSON.parse(text) };
  } catch {
    return { kind: 'text', body: text };
  }
}

/**
 * Start a loopback server. `route(ctx)` answers one request; ctx has req/res, the recorded entry,
 * helpers (json, text, send, files) and `run(action)` for the generic actions every fake shares:
 *   { type: 'http', status, body, headers }  a literal answer (body: object = JSON, string = text)
 *   { type: 'hang' }                        never answer
 *   { type: 'reset' }                       destroy the socket without answering
 *   { type: 'truncate' }                    Content-Length of the real answer, half the bytes, socket destroyed
 *   any action may carry latencyMs (a slow answer).
 */
export async function startServer({ name, route, latencyMs = 0, basePath = '' }) {
  const requests = [];
  const stats = {
    requests: 0,
    paid: 0,
    paidByKey: new Map(),
    schemaViolations: [],
    downloads: 0,
  };
  const files = new Map();
  const sockets = new Set();
  const counters = new Map();
  let origin = '';

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks)).catch((error) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`${name} fake crashed: ${error?.stack ?? error}`);
        } else res.destroy();
      });
    });
  });
  // Idle keep-alive sockets stay open long enough that a loaded machine never races the server's
  // close against a client reusing the socket (an artifact of the fake, not of any API).
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 35_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req, res, raw) {
    const url = new URL(req.url ?? '/', origin);
    const parsed = await parseBody(req, raw);
    const entry = {
      index: requests.length,
      op: 'unknown',
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: redactHeaders(req.headers),
      bodyKind: parsed.kind,
      body: parsed.body,
      bytes: raw.length,
      schemaErrors: [],
      status: undefined,
    };
    requests.push(entry);
    stats.requests++;
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    const ctx = {
      req,
      res,
      url,
      entry,
      body: parsed.body,
      auth: req.headers,
      json: (status, body, headers = {}) =>
        send(res, status, jsonBytes(body), { 'content-type': 'application/json', ...headers }),
      text: (status, body, headers = {}) =>
        send(res, status, body, { 'content-type': 'text/plain; charset=utf-8', ...headers }),
      send: (status, body, headers) => send(res, status, body, headers),
      run: (action, fallback) => runGeneric(req, res, action, fallback),
    };
    await route(ctx);
  }

  /** `body`: a string, a Buffer, or Buffers to write in turn (jsonPieces). */
  function send(res, status, body, headers = {}) {
    const bufs = Array.isArray(body)
      ? body
      : [Buffer.isBuffer(body) ? body : Buffer.from(String(body ?? ''))];
    const length = bufs.reduce((n, b) => n + b.length, 0);
    res.writeHead(status, { 'content-length': String(length), ...headers });
    res.cork();
    for (const b of bufs) res.write(b);
    res.end();
  }

  /**
   * Handle the generic actions; returns true when the answer was given (or deliberately withheld).
   * `fallback()` produces the answer a `truncate` cuts short: { status, body, headers }.
   */
  async function runGeneric(req, res, action, fallback) {
    const ms = action?.latencyMs ?? latencyMs;
    if (ms) await sleep(ms);
    if (req.socket.destroyed) return true;
    switch (action?.type) {
      case 'hang':
        return true;
      case 'reset':
        req.socket.destroy();
        return true;
      case 'http': {
        const body = action.body;
        const isText = typeof body === 'string' || Buffer.isBuffer(body);
        send(res, action.status, isText ? body : JSON.stringify(body ?? {}), {
          'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json',
          ...action.headers,
        });
        return true;
      }
      case 'truncate': {
        const full = await fallback();
        const buf = Array.isArray(full.body)
          ? Buffer.concat(full.body)
          : Buffer.isBuffer(full.body)
            ? full.body
            : Buffer.from(full.body);
        res.writeHead(full.status ?? 200, { ...full.headers, 'content-length': String(buf.length) });
        res.write(buf.subarray(0, Math.floor(buf.length / 2)));
        setTimeout(() => res.destroy(), 20);
        return true;
      }
      default:
        return false;
    }
  }

  /** Store bytes and return the loopback URL that serves them. */
  function addFile(bytes, { mimeType = 'image/png', ext = 'png', ttlMs } = {}) {
    const id = randomUUID();
    files.set(id, { bytes, mimeType, expiresAt: ttlMs === undefined ? Infinity : Date.now() + ttlMs });
    return `${origin}${basePath}/files/${id}.${ext}`;
  }

  /** Serve GET /files/<id>.<ext>; `script` may answer `{type:'expired', status}` or a generic action. */
  async function serveFile(ctx, script, expiredStatus = 404) {
    const id = ctx.url.pathname
      .split('/')
      .pop()
      .replace(/\.[a-z]+$/, '');
    ctx.entry.op = 'download';
    stats.downloads++;
    const file = files.get(id);
    const action = (await script?.({ op: 'download', url: ctx.url.href, attempt: count(`dl:${id}`) })) ?? {
      type: 'ok',
    };
    const answer = () => ({
      status: 200,
      body: file?.bytes ?? Buffer.alloc(0),
      headers: { 'content-type': file?.mimeType },
    });
    if (action.type === 'expired' || !file || file.expiresAt <= Date.now()) {
      const status = action.status ?? expiredStatus;
      return ctx.text(status, status === 403 ? 'Request has expired' : 'Not Found');
    }
    if (await ctx.run(action, answer)) return;
    const a = answer();
    ctx.send(200, a.body, a.headers);
  }

  function count(key) {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  }

  function pay(key) {
    stats.paid++;
    stats.paidByKey.set(key, (stats.paidByKey.get(key) ?? 0) + 1);
  }

  function violation(entry, errors) {
    entry.schemaErrors = errors;
    stats.schemaViolations.push({ index: entry.index, path: entry.path, errors });
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    stats,
    files,
    addFile,
    serveFile,
    count,
    pay,
    violation,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Parse `Prefer: wait=N` (or bare `wait`, which means the server's maximum). */
export function preferWaitSeconds(header, max) {
  if (!header) return 0;
  const m = /(?:^|[,;\s])wait(?:=(\d+))?/.exec(String(header));
  if (!m) return 0;
  return Math.min(max, m[1] ? Number(m[1]) : max);
}

/** Bearer token from an Authorization header, or undefined. */
export function bearer(headers, scheme = 'Bearer') {
  const v = String(headers.authorization ?? '');
  return v.startsWith(`${scheme} `) ? v.slice(scheme.length + 1) : undefined;
}

/**
 * Asynchronous jobs for the queue APIs (fal, Replicate, Pixelmuse). A job finishes `jobMs` after it
 * was created unless `never` is set or it was cancelled first; its outcome (`fate`) is decided at
 * submit time by the test's script. `settle(job)` must be called before reading a job: it moves the
 * job to done when its time has come and runs `onDone` once (where the fake makes images and pays).
 */
export function createJobs({ onDone }) {
  const jobs = new Map();
  return {
    jobs,
    create({ id = randomUUID(), jobMs = 0, never = false, fate = 'ok', data = {} }) {
      const job = {
        id,
        createdAt: Date.now(),
        doneAt: never ? Infinity : Date.now() + jobMs,
        fate,
        state: 'running',
        cancelled: false,
        result: undefined,
        data,
        polls: 0,
      };
      jobs.set(id, job);
      return job;
    },
    async settle(job) {
      if (job.state === 'running' && !job.cancelled && Date.now() >= job.doneAt) {
        job.state = 'done';
        job.completedAt = Date.now();
        job.result = await onDone(job);
      }
      return job;
    },
    /** Wait (at most maxMs) for the job to finish, or until `gone()` (the client left); for `Prefer: wait`. */
    async waitFor(job, maxMs, gone = () => false) {
      const until = Date.now() + maxMs;
      while (job.state === 'running' && !job.cancelled && Date.now() < until && !gone()) {
        await sleep(Math.max(1, Math.min(job.doneAt, until, Date.now() + 200) - Date.now()));
        await this.settle(job);
      }
      return this.settle(job);
    },
  };
}
