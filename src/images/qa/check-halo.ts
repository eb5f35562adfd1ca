import type { QaCheckResult } from '../../store/manifest-record.js';
import { boxSum, integral, PRODUCT_TOLERANCE, type Analysed } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** Ring widths in analysis pixels (the analysis image is at most 1024 px on its long edge). */
const RING = 4;
const DEEP = 10;
/** Near-background fringe: visibly off the background but too faint to be product. */
const FRINGE_MIN = 4;
/** A ring pixel must be this many luminance levels beyond both neighbours to be a halo. */
const CONTRAST = 24;
/** ...or, below the anti-aliased first pixel, this far from the product towards the background. */
const WASHED = 48;

/** City-block distance to the nearest pixel where `inside` differs, capped at `cap`. */
function distanceTo(mask: Uint8Array, w: number, h: number, inside: 0 | 1, cap: number): Uint8Array {
  const n = w * h;
  const dist = new Uint8Array(n).fill(cap);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  // Every pixel on the other side is at distance 0, but only those touching this side can
  // spread: seeding just them halves the work.
  for (let i = 0; i < n; i++) {
    if (mask[i] === inside) continue;
    dist[i] = 0;
    const x = i % w;
    if (
      (x > 0 && mask[i - 1] === inside) ||
      (x < w - 1 && mask[i + 1] === inside) ||
      (i >= w && mask[i - w] === inside) ||
      (i < n - w && mask[i + w] === inside)
    ) {
      queue[tail++] = i;
    }
  }
  while (head < tail) {
    const i = queue[head++]!;
    const d = dist[i]! + 1;
    if (d >= cap) continue;
    const x = i % w;
    if (x > 0 && dist[i - 1]! > d) {
      dist[i - 1] = d;
      queue[tail++] = i - 1;
    }
    if (x < w - 1 && dist[i + 1]! > d) {
      dist[i + 1] = d;
      queue[tail++] = i + 1;
    }
    if (i >= w && dist[i - w]! > d) {
      dist[i - w] = d;
      queue[tail++] = i - w;
    }
    if (i < n - w && dist[i + w]! > d) {
      dist[i + w] = d;
      queue[tail++] = i + w;
    }
  }
  return dist;
}

/**
 * Halo: the share of the product's outline ringed by pixels that are neither product nor
 * background. Two kinds: a faint fringe just outside the product (left-over backdrop: off the
 * background but below the product threshold), and a ring at the product's edge that is lighter
 * or darker than both the product just inside it and the background, or a band 2+ pixels deep
 * washed towards the background. The band under the product
 * is left out, where a contact shadow legitimately darkens the background.
 */
export function measureHalo(a: Analysed): { share: number; fringe: number; ring: number } | undefined {
  const { width: w, height: h, diff, luma, mask, bbox } = a.small;
  if (!bbox) return undefined;
  const outside = distanceTo(mask, w, h, 0, 2 * RING + 2); // distance from the product, for background pixels
  const inside = distanceTo(mask, w, h, 1, DEEP + RING + 2); // distance from the background, for product pixels
  const yb = 0.2126 * a.bg[0] + 0.7152 * a.bg[1] + 0.0722 * a.bg[2];
  // Mean luminance of the product's deeper layer near each edge pixel.
  const deep = new Uint8Array(w * h);
  const deepLuma = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) {
    if (mask[i] && inside[i]! > RING + 2 && inside[i]! <= DEEP + RING) {
      deep[i] = 1;
      deepLuma[i] = luma[i]!;
    }
  }
  const dCount = integral(deep, w, h);
  const dSum = integral(deepLuma, w, h);
  const yCut = bbox.y1 - Math.round((bbox.y1 - bbox.y0) * 0.15);
  let fringeN = 0;
  let fringeHit = 0;
  let ringN = 0;
  let ringHit = 0;
  for (let y = 0; y < Math.min(h, yCut); y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!mask[i]) {
        const d = outside[i]!;
        // Skip the first pixel outside: that is the anti-aliased edge of any cut-out.
        if (d >= 2 && d <= RING + 1) {
          fringeN++;
          if (diff[i]! >= FRINGE_MIN && diff[i]! <= PRODUCT_TOLERANCE) fringeHit++;
        }
      } else if (inside[i]! <= RING) {
        const [count] = boxSum(dCount, w, h, x, y, DEEP);
        if (count < 4) continue;
        const [sum] = boxSum(dSum, w, h, x, y, DEEP);
        const yp = sum / count;
        ringN++;
        const v = luma[i]!;
        const beyond = v < Math.min(yp, yb) - CONTRAST || v > Math.max(yp, yb) + CONTRAST;
        // A light ring round a dark product (or the reverse): its outer pixels sit well towards the
        // background, several pixels deep, where a clean edge is product colour one pixel in.
        const washed = inside[i]! >= 2 && Math.abs(v - yp) > WASHED && (v - yp) * (yb - yp) > 0;
        if (beyond || washed) ringHit++;
      }
    }
  }
  const fringe = fringeN ? fringeHit / fringeN : 0;
  const ring = ringN ? ringHit / ringN : 0;
  return { share: Math.max(fringe, ring), fringe, ring };
}

export function checkHalo(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxHalo;
  const m = measureHalo(a);
  if (!m) return judged('halo', false, p.severity.halo, null, max, 'no product to judge');
  const detail = `${(m.fringe * 100).toFixed(0)}% of the outline has a faint fringe, ${(m.ring * 100).toFixed(0)}% a ring lighter or darker than product and background`;
  return judged(
    'halo',
    m.share <= max,
    p.severity.halo,
    round(m.share),
    max,
    m.share <= max ? detail : `${detail}: cut-out halo`,
  );
}
