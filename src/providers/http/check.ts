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

  private fail(expected: string): never {
    const found = this.value === null ? 'null' : Array.isArray(this.value) ? 'an array' : typeof this.value;
    throw new ProviderError(
      'bad-output',
      `${this.api} answered an unexpected shape: expected ${expected} at ${this.path || 'the top level'}, found ${found}; the API may have changed, check for a shotlist update`,
    );
  }

  isObject(): boolean {
    return this.value !== null && typeof this.value === 'object' && !Array.isArray(this.value);
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
    return new JsonReader(this.api, (this.value as Record<string, unknown>)[name], `${this.path}.${name}`);
  }

  string(): string {
    if (typeof this.value !== 'string') this.fail('a string');
    return this.value;
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
    return this.value.map((v, i) => new JsonReader(this.api, v, `${this.path}[${i}]`));
  }

  /** One of `allowed`, for status fields: an unknown value is an API change, not a silent pass. */
  oneOf<T extends string>(allowed: readonly T[]): T {
    const s = this.string();
    if (!(allowed as readonly string[]).includes(s)) this.fail(`one of ${allowed.join(', ')} (got "${s}")`);
    return s as T;
  }
}

/** Parses a JSON body; anything else is `bad-output` naming the API. */
export function readJson(api: string, text: string): JsonReader {
  try {
    return new JsonReader(api, JSON.parse(text));
  } catch (error) {
    throw new ProviderError(
      'bad-output',
      `${api} answered something that is not JSON: ${text.slice(0, 120)}`,
      {
        cause: error,
      },
    );
  }
}
