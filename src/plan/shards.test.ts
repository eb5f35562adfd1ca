import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignShards, parseShard, shardCapacity, shardMatrix } from './shards.js';

const keysOf = (n: number, prefix = 'sku') => Array.from({ length: n }, (_, i) => `${prefix}-${i}/pdp-main`);

describe('assignShards', () => {
  it('balances: no shard exceeds capacity and every key has exactly one shard', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 9 }), (total, n) => {
        const keys = keysOf(total);
        const shards = assignShards(keys, n);
        expect(shards.size).toBe(total);
        const counts = new Array<number>(n).fill(0);
        for (const s of shards.values()) counts[s - 1]!++;
        expect(Math.max(...counts)).toBeLessThanOrEqual(shardCapacity(total, n));
      }),
      { numRuns: 60 },
    );
  });

  it('is stable: adding shots leaves the existing ones in their shard', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 3000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2, max: 6 }),
        (total, added, n) => {
          const before = keysOf(total);
          const after = [...before, ...keysOf(added, 'new')];
          const a = assignShards(before, n);
          const b = assignShards(after, n);
          let moved = 0;
          for (const k of before) if (a.get(k) !== b.get(k)) moved++;
          // Balancing may push a few shots aside: at most one per added shot, plus the shots that go
          // back to their own shard because every shard's capacity grew with the total (a bound
          // "never more than were added" failed about once in 1,000 cases, e.g. 2,400 shots + 1 in 4).
          const grown = shardCapacity(total + added, n) - shardCapacity(total, n);
          expect(moved).toBeLessThanOrEqual(added + n * grown);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('moves nothing when shots are added to a large plan', () => {
    const before = keysOf(20_000);
    const after = [...before, ...keysOf(500, 'extra')];
    const a = assignShards(before, 4);
    const b = assignShards(after, 4);
    expect(before.filter((k) => a.get(k) !== b.get(k))).toEqual([]);
  });

  it('does not depend on the order of the keys', () => {
    const keys = keysOf(500);
    expect([...assignShards(keys, 3)].sort()).toEqual([...assignShards([...keys].reverse(), 3)].sort());
  });

  it('builds the CI matrix and parses i/N', () => {
    expect(shardMatrix(3)).toEqual({ include: [{ shard: '1/3' }, { shard: '2/3' }, { shard: '3/3' }] });
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('4/3')).toBeUndefined();
    expect(parseShard('0/3')).toBeUndefined();
    expect(() => assignShards([], 0)).toThrow(/whole number/);
  });
});
