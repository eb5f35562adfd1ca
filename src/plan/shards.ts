import { createHash } from 'node:crypto';
import { compareCodeUnits } from '../domain/canonical.js';

/** murmur3's 32-bit finaliser: a cheap, well-mixed function of a 32-bit input. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Rendezvous (highest random weight) scores of a key for each shard. One sha256 per key, then a
 * per-shard mix, so 200,000 keys x 20 shards cost 200,000 hashes, not 4 million. A key's scores
 * depend on the key and the shard count only, never on the other keys: that is what keeps a shot
 * in its shard when others are added.
 */
function scores(key: string, n: number): Uint32Array {
  const d = createHash('sha256').update(key).digest();
  const a = d.readUInt32BE(0);
  const b = d.readUInt32BE(4);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fmix32(a ^ fmix32(b + Math.imul(i + 1, 0x9e3779b9)));
  return out;
}

/** Room allowed above an even split before shots move, so small changes in size move nothing. */
export function shardCapacity(total: number, n: number): number {
  const even = Math.ceil(total / n);
  return even + Math.max(1, Math.ceil(even * 0.05));
}

/**
 * Splits keys into `n` groups: each key goes to its highest-scoring shard; a shard over capacity
 * hands its least-attached keys (lowest score) to their next-best shard with room. Returns the
 * 1-based shard of each key.
 */
export function assignShards(keys: readonly string[], n: number): Map<string, number> {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`shard count must be a whole number >= 1, got ${n}`);
  const out = new Map<string, number>();
  if (n === 1) {
    for (const k of keys) out.set(k, 1);
    return out;
  }
  const cap = shardCapacity(keys.length, n);
  const all = keys.map((key) => ({ key, s: scores(key, n), shard: 0 }));
  const members: (typeof all)[] = Array.from({ length: n }, () => []);
  for (const item of all) {
    let best = 0;
    for (let i = 1; i < n; i++) if (item.s[i]! > item.s[best]!) best = i;
    item.shard = best;
    members[best]!.push(item);
  }
  const size = members.map((m) => m.length);
  const evicted: typeof all = [];
  for (let i = 0; i < n; i++) {
    if (size[i]! <= cap) continue;
    const list = members[i]!.sort((x, y) => x.s[i]! - y.s[i]! || compareCodeUnits(x.key, y.key));
    evicted.push(...list.slice(0, size[i]! - cap));
    size[i] = cap;
  }
  evicted.sort((x, y) => compareCodeUnits(x.key, y.key));
  for (const item of evicted) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (i === item.shard || size[i]! >= cap) continue;
      if (best < 0 || item.s[i]! > item.s[best]!) best = i;
    }
    item.shard = best;
    size[best]!++;
  }
  for (const item of all) out.set(item.key, item.shard + 1);
  return out;
}

/** The GitHub Actions matrix for `generate --shard i/N`. */
export function shardMatrix(n: number): { include: { shard: string }[] } {
  return { include: Array.from({ length: n }, (_, i) => ({ shard: `${i + 1}/${n}` })) };
}

/** Parses `i/N` (1-based), for `generate --shard`. */
export function parseShard(text: string): { index: number; count: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}
