import type { QaCheckResult } from '../../store/manifest-record.js';
import { PRODUCT_TOLERANCE, type Analysed } from './analyse.js';
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
 * The product region: every pixel the border cannot reach through clean background (within
 * FRINGE_MIN levels of it). Unlike the product mask this takes in a light product's near-white
 * body, and any faint fringe round the product, so its outer layer is the true outline and a
 * near-white band that goes on inward is judged as the body it is.
 */
function productRegion(diff: Uint8Array, w: number, h: number): Uint8Array {
  const n = w * h;
  const region = new Uint8Array(n).fill(1);
  const stack = new Int32Array(n);
  let top = 0;
  const push = (i: number) => {
    if (region[i] && diff[i]! < FRINGE_MIN) {
      region[i] = 0;
      stack[top++] = i;
    }
  };
  for (let x = 0; x < w; x++) {
    push(x);
    push((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    push(y * w);
    push(y * w + w - 1);
  }
  // Neighbours inline rather than through push(): the flood visits most of the image.
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % w;
    let k = i - 1;
    if (x > 0 && region[k] && diff[k]! < FRINGE_MIN) {
      region[k] = 0;
      stack[top++] = k;
    }
    k = i + 1;
    if (x < w - 1 && region[k] && diff[k]! < FRINGE_MIN) {
      region[k] = 0;
      stack[top++] = k;
    }
    k = i - w;
    if (k >= 0 && region[k] && diff[k]! < FRINGE_MIN) {
      region[k] = 0;
      stack[top++] = k;
    }
    k = i + w;
    if (k < n && region[k] && diff[k]! < FRINGE_MIN) {
      region[k] = 0;
      stack[top++] = k;
    }
  }
  return region;
}

/** A 4-neighbour one step deeper into the product region than `i`, or -1. */
function inward(
  inside: Uint8Array,
  region: Uint8Array,
  w: number,
  h: number,
  i: number,
  depth: number,
): number {
  const x = i % w;
  if (x > 0 && region[i - 1] && inside[i - 1] === depth + 1) return i - 1;
  if (x < w - 1 && region[i + 1] && inside[i + 1] === depth + 1) return i + 1;
  if (i >= w && region[i - w] && inside[i - w] === depth + 1) return i - w;
  if (i < w * (h - 1) && region[i + w] && inside[i + w] === depth + 1) return i + w;
  return -1;
}

/**
 * Halo: the share of the product's outline where a thin ring (RING px) differs from both the
 * background and the product just inside it. The outline is that of the product region (see
 * productRegion), so a light product's own near-white body is product, not a ring: a ring whose
 * colour goes on inward is the body. Two kinds: a faint fringe (near-background colour at the
 * outline while the product inside is not), and a ring lighter or darker than both the product
 * inside and the background, or washed several pixels deep towards the background. The band under
 * the product is left out, where a contact shadow legitimately darkens the background.
 */
export function measureHalo(
  a: Analysed,
  /** When given, gets 1 at fringe hits and 2 at ring hits (for looking at what was counted). */
  marks?: Uint8Array,
): { share: number; fringe: number; ring: number } | undefined {
  const { width: w, height: h, diff, luma, bbox } = a.small;
  if (!bbox) return undefined;
  const region = productRegion(diff, w, h);
  const inside = distanceTo(region, w, h, 1, DEEP + RING + 3); // depth into the product region
  const yb = 0.2126 * a.bg[0] + 0.7152 * a.bg[1] + 0.0722 * a.bg[2];
  // Everything below happens inside the product region's box: outside it there is no outline.
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < h; y++) {
    const o = y * w;
    let first = -1;
    let last = -1;
    for (let x = 0; x < w; x++) {
      if (region[o + x]) {
        if (first < 0) first = x;
        last = x;
      }
    }
    if (first >= 0) {
      if (first < x0) x0 = first;
      if (last > x1) x1 = last;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  if (x1 < 0) return undefined;
  const ww = x1 - x0 + 1;
  const wh = y1 - y0 + 1;
  // Summed-area tables, over that box, of the product's deeper layer near each edge pixel: its
  // pixel count, luminance and background difference (one pass, no intermediate maps).
  const w1 = ww + 1;
  // Counts and difference sums are integers well below 2^31, so Int32 keeps them exact.
  const dCount = new Int32Array(w1 * (wh + 1));
  const dSum = new Float64Array(w1 * (wh + 1));
  const dDiff = new Int32Array(w1 * (wh + 1));
  for (let y = 0; y < wh; y++) {
    let rc = 0;
    let rl = 0;
    let rd = 0;
    const o = (y + y0) * w + x0;
    for (let x = 0; x < ww; x++) {
      const i = o + x;
      const d = inside[i]!;
      if (region[i] && d > RING + 2 && d <= DEEP + RING + 2) {
        rc++;
        rl += luma[i]!;
        rd += diff[i]!;
      }
      const t = (y + 1) * w1 + x + 1;
      dCount[t] = dCount[t - w1]! + rc;
      dSum[t] = dSum[t - w1]! + rl;
      dDiff[t] = dDiff[t - w1]! + rd;
    }
  }
  const yCut = bbox.y1 - Math.round((bbox.y1 - bbox.y0) * 0.15);
  let n = 0;
  let fringeHit = 0;
  let ringHit = 0;
  for (let y = y0; y < Math.min(y1 + 1, yCut); y++) {
    for (let x = x0; x <= x1; x++) {
      const i = y * w + x;
      const depth = inside[i]!;
      // Skip the first pixel: that is the anti-aliased edge of any cut-out.
      if (!region[i] || depth < 2 || depth > RING + 1) continue;
      // The DEEP box round (x, y), clipped to the region's box (boxSum, inlined: it runs per edge pixel).
      const xa = Math.max(0, x - x0 - DEEP);
      const ya = Math.max(0, y - y0 - DEEP);
      const xb = Math.min(ww, x - x0 + DEEP + 1);
      const ybb = Math.min(wh, y - y0 + DEEP + 1);
      const tl = ya * w1 + xa;
      const tr = ya * w1 + xb;
      const bl = ybb * w1 + xa;
      const br = ybb * w1 + xb;
      const count = dCount[br]! - dCount[tr]! - dCount[bl]! + dCount[tl]!;
      if (count < 4) continue;
      const sum = dSum[br]! - dSum[tr]! - dSum[bl]! + dSum[tl]!;
      const dsum = dDiff[br]! - dDiff[tr]! - dDiff[bl]! + dDiff[tl]!;
      const yp = sum / count;
      const dp = dsum / count;
      n++;
      const v = luma[i]!;
      // A halo is a band, not the ramp of a soft edge: the pixel one step further in must share
      // the fault (a feathered edge goes from background to product within a pixel or two).
      const deeper = inward(inside, region, w, h, i, depth);
      // Near-background at the outline while the product inside is clearly not: left-over backdrop.
      if (
        diff[i]! <= PRODUCT_TOLERANCE &&
        dp > 2 * PRODUCT_TOLERANCE &&
        deeper >= 0 &&
        diff[deeper]! <= PRODUCT_TOLERANCE
      ) {
        fringeHit++;
        if (marks) marks[i] = 1;
        continue;
      }
      const beyond = v < Math.min(yp, yb) - CONTRAST || v > Math.max(yp, yb) + CONTRAST;
      // A light ring round a dark product (or the reverse): its outer pixels sit well towards the
      // background, several pixels deep, where a clean edge is product colour one pixel in.
      const isWashed = (u: number) => Math.abs(u - yp) > WASHED && (u - yp) * (yb - yp) > 0;
      // Two pixels in, past a feathered edge's ramp, and one more beyond that.
      const washed = depth >= 3 && deeper >= 0 && isWashed(v) && isWashed(luma[deeper]!);
      if (beyond || washed) {
        ringHit++;
        if (marks) marks[i] = beyond ? 2 : 3;
      }
    }
  }
  const fringe = n ? fringeHit / n : 0;
  const ring = n ? ringHit / n : 0;
  return { share: fringe + ring, fringe, ring };
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
