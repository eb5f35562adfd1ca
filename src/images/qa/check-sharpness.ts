import type { QaCheckResult } from '../../store/manifest-record.js';
import type { Analysed } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/**
 * Sharpness: standard deviation of the 4-neighbour Laplacian over the product (and its outline),
 * divided by the standard deviation of luminance there. Working on the fixed-size downscale makes
 * it independent of pixel size; dividing by contrast makes a dark shoe and a bright mug comparable.
 */
export function measureSharpness(a: Analysed): number | undefined {
  const { width: w, height: h, luma, solid, bbox } = a.small;
  if (!bbox) return undefined;
  let n = 0;
  let sl = 0;
  let sl2 = 0;
  let sy = 0;
  let sy2 = 0;
  const y0 = Math.max(1, bbox.y0 - 2);
  const y1 = Math.min(h - 2, bbox.y1 + 2);
  const x0 = Math.max(1, bbox.x0 - 2);
  const x1 = Math.min(w - 2, bbox.x1 + 2);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = y * w + x;
      // The product and the pixels right next to it, so its outline counts.
      if (!(solid[i] || solid[i - 1] || solid[i + 1] || solid[i - w] || solid[i + w])) continue;
      const c = luma[i]!;
      const lap = 4 * c - luma[i - 1]! - luma[i + 1]! - luma[i - w]! - luma[i + w]!;
      n++;
      sl += lap;
      sl2 += lap * lap;
      sy += c;
      sy2 += c * c;
    }
  }
  if (n < 16) return undefined;
  const lapStd = Math.sqrt(Math.max(0, sl2 / n - (sl / n) ** 2));
  const lumaStd = Math.sqrt(Math.max(0, sy2 / n - (sy / n) ** 2));
  return lumaStd < 1 ? 0 : lapStd / lumaStd;
}

export function checkSharpness(a: Analysed, p: QaProfile): QaCheckResult {
  const min = p.thresholds.minSharpness;
  const s = measureSharpness(a);
  if (s === undefined)
    return judged('sharpness', false, p.severity.sharpness, null, min, 'no product to judge');
  return judged(
    'sharpness',
    s >= min,
    p.severity.sharpness,
    round(s),
    min,
    s >= min
      ? `sharpness ${round(s)} >= ${min}`
      : `sharpness ${round(s)} is below ${min}: blurred or upscaled`,
  );
}
