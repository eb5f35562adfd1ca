/**
 * A reproducible seed for a shot: the same key and prompt version give the same seed on every
 * machine, and a new prompt version gives a fresh one. 31 bits, so every provider's seed field
 * (some are signed 32-bit) accepts it.
 *
 * FNV-1a over the UTF-16 code units, not sha256: a seed needs spread, not secrecy, and this runs
 * 200,000 times per plan. Changing this function changes every derived seed (and so every genHash):
 * never change it without a contract version bump.
 */
export function deriveSeed(key: string, promptId: string, promptVersion: number): number {
  const text = `${key}\n${promptId}@${promptVersion}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche so keys differing in the last character still differ in the high bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) >>> 1;
}
