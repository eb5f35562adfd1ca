import type { QaCheckResult } from '../../domain/manifest-record.js';
import type { Analysed } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** Fill ratio and centring of the product's bounding box (pixels off the background). */
export function checkFraming(a: Analysed, p: QaProfile): QaCheckResult[] {
  const { bbox, width, height } = a.small;
  const [lo, hi] = p.thresholds.fill;
  if (!bbox) {
    return [
      judged('fill', false, p.severity.fill, 0, [lo, hi], 'no product found: every pixel is background'),
      judged('centring', false, p.severity.centring, null, p.thresholds.maxOffCentre, 'no product found'),
    ];
  }
  const bw = (bbox.x1 - bbox.x0 + 1) / width;
  const bh = (bbox.y1 - bbox.y0 + 1) / height;
  const fill = Math.max(bw, bh);
  const cx = (bbox.x0 + bbox.x1 + 1) / 2 / width - 0.5;
  const cy = (bbox.y0 + bbox.y1 + 1) / 2 / height - 0.5;
  const off = Math.max(Math.abs(cx), Math.abs(cy));
  const maxOff = p.thresholds.maxOffCentre;
  const fillOk = fill >= lo && fill <= hi;
  return [
    judged(
      'fill',
      fillOk,
      p.severity.fill,
      round(fill),
      [lo, hi],
      fillOk
        ? `product spans ${(fill * 100).toFixed(0)}% of the frame`
        : fill < lo
          ? `product spans ${(fill * 100).toFixed(0)}% of the frame, below ${(lo * 100).toFixed(0)}%: too small`
          : `product spans ${(fill * 100).toFixed(0)}% of the frame, above ${(hi * 100).toFixed(0)}%: too tight or cut off`,
    ),
    judged(
      'centring',
      off <= maxOff,
      p.severity.centring,
      round(off),
      maxOff,
      `product centre is ${(cx * 100).toFixed(1)}% / ${(cy * 100).toFixed(1)}% of the frame off centre (x / y)`,
    ),
  ];
}
