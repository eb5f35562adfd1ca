import type { QaCheckResult } from '../../store/manifest-record.js';
import { PRODUCT_TOLERANCE, type Analysed } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';
import { scratch } from './scratch.js';

/** Ring widths in analysis pixels (the analysis image is at most 1024 px on its long edge). */
const RING = 4;
const DEEP = 10;
/** A ring pixel must be this many luminance levels beyond both neighbours to be a halo. */
const CONTRAST = 24;
/** ...or, below the anti-aliased first pixel, this far from the product towards the background. */
const WASHED = 48;

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
 * background and the product just inside it. The outline is that of the product region (Plane.region:
 * what the border cannot reach through clean backdrop), so a light product's own near-white body is product, not a ring: a ring whose
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
  const { width: w, height: h, diff, luma, bbox, region, outline } = a.small;
  if (!bbox) return undefined;
  const n = w * h;
  // Depth into the product region (city-block steps from the outline), found breadth-first from
  // the outline only as deep as the layers below reach: the queue then lists the band round the
  // outline in order of depth, and nothing else is visited.
  const cap = DEEP + RING + 3;
  const inside = scratch('halo-depth', 'u8', n).fill(cap);
  const queue = scratch('halo-queue', 'i32', n);
  let tail = 0;
  for (let s = 0; s < outline.length; s++) {
    const i = outline[s]!;
    inside[i] = 0;
    queue[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    const d = inside[i]! + 1;
    if (d >= cap) continue;
    const x = i % w;
    let k = i - 1;
    if (x > 0 && region[k] && inside[k]! > d) {
      inside[k] = d;
      queue[tail++] = k;
    }
    k = i + 1;
    if (x < w - 1 && region[k] && inside[k]! > d) {
      inside[k] = d;
      queue[tail++] = k;
    }
    k = i - w;
    if (k >= 0 && region[k] && inside[k]! > d) {
      inside[k] = d;
      queue[tail++] = k;
    }
    k = i + w;
    if (k < n && region[k] && inside[k]! > d) {
      inside[k] = d;
      queue[tail++] = k;
    }
  }
  // The product's deeper layer near the outline (depth RING+3 .. DEEP+RING+2) and its box.
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let q = outline.length; q < tail; q++) {
    const i = queue[q]!;
    const d = inside[i]!;
    if (d <= RING + 2) continue;
    const x = i % w;
    const y = (i - x) / w;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x1 < 0) return { share: 0, fringe: 0, ring: 0 };
  // Summed-area tables of the deeper layer's pixel count, luminance and background difference,
  // over 2x2 cells of that box: the layer is scattered in, then summed in place. Cells make the
  // tables a quarter of the size (they were most of the check's time); the box round a ring pixel
  // then spans 22 px instead of 21, which moves the layer's mean by a fraction of a level.
  const cw = (x1 - x0 + 2) >> 1;
  const ch = (y1 - y0 + 2) >> 1;
  const c1 = cw + 1;
  // Counts and difference sums are integers well below 2^31, so Int32 keeps them exact.
  const dCount = scratch('halo-count', 'i32', c1 * (ch + 1)).fill(0);
  const dSum = scratch('halo-luma', 'f64', c1 * (ch + 1)).fill(0);
  const dDiff = scratch('halo-diff', 'i32', c1 * (ch + 1)).fill(0);
  for (let q = outline.length; q < tail; q++) {
    const i = queue[q]!;
    if (inside[i]! <= RING + 2) continue;
    const x = i % w;
    const y = (i - x) / w;
    const t = (((y - y0) >> 1) + 1) * c1 + ((x - x0) >> 1) + 1;
    dCount[t]!++;
    dSum[t]! += luma[i]!;
    dDiff[t]! += diff[i]!;
  }
  for (let y = 1; y <= ch; y++) {
    let rc = 0;
    let rl = 0;
    let rd = 0;
    for (let x = 1, t = y * c1 + 1; x <= cw; x++, t++) {
      rc += dCount[t]!;
      rl += dSum[t]!;
      rd += dDiff[t]!;
      dCount[t] = dCount[t - c1]! + rc;
      dSum[t] = dSum[t - c1]! + rl;
      dDiff[t] = dDiff[t - c1]! + rd;
    }
  }
  const yb = 0.2126 * a.bg[0] + 0.7152 * a.bg[1] + 0.0722 * a.bg[2];
  const yCut = bbox.y1 - Math.round((bbox.y1 - bbox.y0) * 0.15);
  let count = 0;
  let fringeHit = 0;
  let ringHit = 0;
  for (let q = outline.length; q < tail; q++) {
    const i = queue[q]!;
    const depth = inside[i]!;
    // Skip the first pixel: that is the anti-aliased edge of any cut-out. The queue is in order of
    // depth, so the ring ends where depth passes RING + 1.
    if (depth < 2) continue;
    if (depth > RING + 1) break;
    const x = i % w;
    const y = (i - x) / w;
    // The band under the product, where a contact shadow legitimately darkens the background.
    if (y >= yCut) continue;
    // The cells of the DEEP box round (x, y), clipped to the layer's box.
    const xa = Math.max(0, (x - x0 - DEEP) >> 1);
    const ya = Math.max(0, (y - y0 - DEEP) >> 1);
    const xb = Math.min(cw, ((x - x0 + DEEP) >> 1) + 1);
    const ybb = Math.min(ch, ((y - y0 + DEEP) >> 1) + 1);
    if (xa >= xb || ya >= ybb) continue;
    const tl = ya * c1 + xa;
    const tr = ya * c1 + xb;
    const bl = ybb * c1 + xa;
    const br = ybb * c1 + xb;
    const layer = dCount[br]! - dCount[tr]! - dCount[bl]! + dCount[tl]!;
    if (layer < 4) continue;
    const sum = dSum[br]! - dSum[tr]! - dSum[bl]! + dSum[tl]!;
    const dsum = dDiff[br]! - dDiff[tr]! - dDiff[bl]! + dDiff[tl]!;
    const yp = sum / layer;
    const dp = dsum / layer;
    count++;
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
  const fringe = count ? fringeHit / count : 0;
  const ring = count ? ringHit / count : 0;
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
