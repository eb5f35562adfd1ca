import type { QaCheckResult } from '../../domain/manifest-record.js';
import { judged } from './result.js';
import type { QaProfile } from './profiles.js';

/** The placement's exact pixel size: `size` is the long edge, the aspect gives the short one. */
export function expectedDimensions(aspect: string, size: number): { width: number; height: number } {
  const m = /^(\d+):(\d+)$/.exec(aspect.trim());
  if (!m) throw new Error(`aspect must be "w:h" with small integers, found "${aspect}"`);
  const w = Number(m[1]);
  const h = Number(m[2]);
  if (!w || !h) throw new Error(`aspect must be "w:h" with non-zero integers, found "${aspect}"`);
  return w >= h
    ? { width: size, height: Math.round((size * h) / w) }
    : { width: Math.round((size * w) / h), height: size };
}

export function checkDimensions(
  width: number,
  height: number,
  aspect: string,
  size: number,
  p: QaProfile,
): QaCheckResult {
  const want = expectedDimensions(aspect, size);
  const ok = width === want.width && height === want.height;
  const message = ok
    ? `${width}x${height} as the placement asks (${aspect}, ${size} px)`
    : `expected ${want.width}x${want.height} (${aspect}, long edge ${size}), found ${width}x${height}`;
  return judged(
    'dimensions',
    ok,
    p.severity.dimensions,
    `${width}x${height}`,
    `${want.width}x${want.height}`,
    message,
  );
}

export function checkResolution(width: number, height: number, p: QaProfile): QaCheckResult {
  const long = Math.max(width, height);
  const min = p.thresholds.minLongEdge;
  const ok = long >= min;
  return judged(
    'resolution',
    ok,
    p.severity.resolution,
    long,
    min,
    ok ? `long edge ${long} px >= ${min}` : `long edge ${long} px is below ${min} px (too small to zoom)`,
  );
}
