import { hash } from 'node:crypto';

/**
 * A reproducible seed for a shot: the same key and prompt version give the same seed on every
 * machine, and a new prompt version gives a fresh one. 31 bits, so every provider's seed field
 * (some are signed 32-bit) accepts it.
 */
export function deriveSeed(key: string, promptId: string, promptVersion: number): number {
  const digest = hash('sha256', `${key}\n${promptId}@${promptVersion}`, 'buffer');
  return digest.readUInt32BE(0) >>> 1;
}
