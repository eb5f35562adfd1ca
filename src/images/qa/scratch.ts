/**
 * Working arrays reused from one image to the next. Allocating several megabytes per image kept
 * the garbage collector busy for about a sixth of the QA time (measured). Only for synchronous
 * code: an array handed out here must not be held across an await, since the next image (QA runs
 * concurrently in a run) takes the same one.
 */
type Kind = 'u8' | 'i32' | 'f64';
type ArrayOf<K extends Kind> = K extends 'u8' ? Uint8Array : K extends 'i32' ? Int32Array : Float64Array;

const pool = new Map<string, Uint8Array | Int32Array | Float64Array>();

/** An array of `length` elements for `use`, with arbitrary contents. */
export function scratch<K extends Kind>(use: string, kind: K, length: number): ArrayOf<K> {
  const key = `${use}:${kind}`;
  let array = pool.get(key);
  if (!array || array.length < length) {
    array =
      kind === 'u8'
        ? new Uint8Array(length)
        : kind === 'i32'
          ? new Int32Array(length)
          : new Float64Array(length);
    pool.set(key, array);
  }
  return array.subarray(0, length) as ArrayOf<K>;
}
