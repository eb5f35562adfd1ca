import { ProviderError } from '../types.js';

/**
 * Reads an API's JSON answer where it enters, with messages naming the API, the field and what was
 * found: a changed or broken answer becomes a `bad-output` error, never an undefined deep inside.
 */
export class JsonReader {
  constructor(
    readonly api: string,
    readonly value: unknown,
    readonly path = '',
  ) {}

  private child(value: unknown, path: string): JsonReader {
    return new JsonReader(this.api, value, path);
  }

  private fail(expected: string): never {
    const found = this.value === null ? 'null' : Array.isArray(this.value) ? 'an array' : typeof this.value;
    throw new ProviderError(
      'bad-output',
      `${this.api} answered an unexpected shape: expected ${expected} at ${this.path || 'the top level'}, found ${found}; the API may have changed, check for a shotlist update`,
    );
  }

  isObject(): boolean {
    return (
      this.value !== null &&
      typeof this.value === 'object' &&
      !Array.isArray(this.value) &&
      !(this.value instanceof LiftedString)
    );
  }

  has(name: string): boolean {
    return (
      this.isObject() &&
      (this.value as Record<string, unknown>)[name] !== undefined &&
      (this.value as Record<string, unknown>)[name] !== null
    );
  }

  /** A field; missing fields read as undefined (check with the typed getters). */
  get(name: string): JsonReader {
    if (!this.isObject()) this.fail('an object');
    return this.child((this.value as Record<string, unknown>)[name], `${this.path}.${name}`);
  }

  string(): string {
    if (this.value instanceof LiftedString) return this.value.text();
    if (typeof this.value !== 'string') this.fail('a string');
    return this.value;
  }

  /** A base64 string field decoded, without making a JS string of a lifted (long) one. */
  base64(): Buffer {
    if (this.value instanceof LiftedString) return this.value.base64();
    return Buffer.from(this.string(), 'base64');
  }

  /** The image of a `data:image/…;base64,` string field, or undefined when it is not one. */
  dataUri(): Buffer | undefined {
    if (this.value instanceof LiftedString) return this.value.dataUri();
    return dataUriBytes(Buffer.from(this.string(), 'latin1'));
  }

  optString(): string | undefined {
    return this.value === undefined || this.value === null ? undefined : this.string();
  }

  optNumber(): number | undefined {
    if (this.value === undefined || this.value === null) return undefined;
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) this.fail('a number');
    return this.value;
  }

  optBoolean(): boolean | undefined {
    if (this.value === undefined || this.value === null) return undefined;
    if (typeof this.value !== 'boolean') this.fail('true or false');
    return this.value;
  }

  /** The items of an array; a missing field reads as an empty array. */
  items(): JsonReader[] {
    if (this.value === undefined || this.value === null) return [];
    if (!Array.isArray(this.value)) this.fail('an array');
    return this.value.map((v, i) => this.child(v, `${this.path}[${i}]`));
  }

  /** One of `allowed`, for status fields: an unknown value is an API change, not a silent pass. */
  oneOf<T extends string>(allowed: readonly T[]): T {
    const s = this.string();
    if (!(allowed as readonly string[]).includes(s)) this.fail(`one of ${allowed.join(', ')} (got "${s}")`);
    return s as T;
  }
}

const DATA_URI = /^data:image\/[a-z0-9.+-]+;base64,/i;

/** The bytes of a `data:image/…;base64,` URI held as bytes, or undefined when it is not one. */
export function dataUriBytes(uri: Buffer): Buffer | undefined {
  const m = DATA_URI.exec(uri.toString('latin1', 0, Math.min(uri.length, 100)));
  return m ? decodeBase64(uri.subarray(m[0].length)) : undefined;
}

const DECODE_CHUNK = 64 * 1024;

/**
 * Base64 held as bytes, decoded in 64 KiB pieces (whole 4-character groups decode on their own)
 * into one buffer: no multi-megabyte JS string for the collector to move.
 */
export function decodeBase64(text: Buffer): Buffer {
  const out = Buffer.allocUnsafe(Math.ceil(text.length / 4) * 3);
  let written = 0;
  for (let at = 0; at < text.length; at += DECODE_CHUNK)
    written += out.write(
      text.toString('latin1', at, Math.min(text.length, at + DECODE_CHUNK)),
      written,
      'base64',
    );
  const pad = text[text.length - 1] === 0x3d ? (text[text.length - 2] === 0x3d ? 2 : 1) : 0;
  // Anything but clean base64 (spaces, line breaks) shifts the groups: decode it whole, leniently.
  if (text.length % 4 !== 0 || written !== (text.length / 4) * 3 - pad)
    return Buffer.from(text.toString('latin1'), 'base64');
  return out.subarray(0, written);
}

/**
 * A long JSON string (a base64 image) kept as the answer's bytes: decoding base64 from them skips
 * the UTF-8 decode and the parse of megabytes, and the multi-megabyte JS string (see readJson).
 */
class LiftedString {
  constructor(private readonly bytes: Buffer) {}

  text(): string {
    return this.bytes.toString('utf8');
  }

  base64(): Buffer {
    return decodeBase64(this.bytes);
  }

  dataUri(): Buffer | undefined {
    return dataUriBytes(this.bytes);
  }
}

// The placeholder as JSON text (`\u0000` escaped) and as the parsed string.
const MARKER_JSON = `\\u0000lifted-${Math.random().toString(36).slice(2, 10)}:`;
const MARKER = JSON.parse(`"${MARKER_JSON}"`) as string;

/** Strings at least this long, without escapes, are lifted out before JSON.parse. */
const LIFT_MIN_BYTES = 16 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote closing the JSON string opened at `open`, or -1. */
function stringEnd(body: Buffer, open: number): number {
  let end = body.indexOf(QUOTE, open + 1);
  for (; end !== -1; end = body.indexOf(QUOTE, end + 1)) {
    let slashes = 0;
    while (body[end - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
  }
  return -1;
}

/**
 * Parses a JSON answer held as bytes with its long escape-free strings lifted out: the parser sees
 * a placeholder (a marker no API sends, as it holds a per-process random part) and the reader the
 * bytes. Jumping from quote to quote with indexOf keeps the scan native; quotes outside strings
 * only ever open one.
 */
function parseLifting(body: Buffer): unknown {
  const lifted: LiftedString[] = [];
  const pieces: Buffer[] = [];
  let from = 0;
  for (let open = body.indexOf(QUOTE); open !== -1;) {
    const end = stringEnd(body, open);
    if (end === -1) break;
    const long = end - open - 1 >= LIFT_MIN_BYTES;
    const slash = long ? body.indexOf(BACKSLASH, open + 1) : -1;
    if (long && (slash === -1 || slash > end)) {
      pieces.push(body.subarray(from, open), Buffer.from(`"${MARKER_JSON}${lifted.length}"`));
      lifted.push(new LiftedString(body.subarray(open + 1, end)));
      from = end + 1;
    }
    open = body.indexOf(QUOTE, end + 1);
  }
  if (lifted.length === 0) return JSON.parse(body.toString('utf8'));
  pieces.push(body.subarray(from));
  return JSON.parse(Buffer.concat(pieces).toString('utf8'), (_k, v: unknown) =>
    typeof v === 'string' && v.startsWith(MARKER) ? lifted[Number(v.slice(MARKER.length))] : v,
  );
}

/**
 * Parses a JSON body (as bytes: long strings are lifted, see parseLifting); anything else is
 * `bad-output` naming the API.
 */
export function readJson(api: string, body: string | Buffer): JsonReader {
  try {
    return new JsonReader(api, typeof body === 'string' ? JSON.parse(body) : parseLifting(body));
  } catch (error) {
    const text = typeof body === 'string' ? body : body.toString('utf8', 0, 120);
    throw new ProviderError(
      'bad-output',
      `${api} answered something that is not JSON: ${text.slice(0, 120)}`,
      {
        cause: error,
      },
    );
  }
}
