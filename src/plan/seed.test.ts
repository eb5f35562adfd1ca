import { describe, expect, it } from 'vitest';
import { deriveSeed } from './seed.js';

describe('deriveSeed', () => {
  it('is a fixed function of key and prompt version (changing it would regenerate every shot)', () => {
    expect(deriveSeed('shoe-4812/pdp-main', 'studio-white', 2)).toBe(
      deriveSeed('shoe-4812/pdp-main', 'studio-white', 2),
    );
    expect([
      deriveSeed('a/b', 'p', 1),
      deriveSeed('a/b', 'p', 2),
      deriveSeed('a/c', 'p', 1),
    ]).toMatchSnapshot();
  });

  it('spreads seeds over 31 bits with no collisions among 100,000 shots', () => {
    const seen = new Set<number>();
    let high = 0;
    for (let i = 0; i < 100_000; i++) {
      const s = deriveSeed(`sku-${i}/pdp-main`, 'studio-white', 2);
      expect(Number.isInteger(s) && s >= 0 && s < 2 ** 31).toBe(true);
      seen.add(s);
      if (s >= 2 ** 30) high++;
    }
    // Birthday bound: ~2.3 expected collisions in 100k draws from 2^31; allow a few.
    expect(seen.size).toBeGreaterThan(100_000 - 10);
    expect(high / 100_000).toBeGreaterThan(0.48);
    expect(high / 100_000).toBeLessThan(0.52);
  });
});
