import type { QaCheckResult } from '../../domain/manifest-record.js';
import { PRODUCT_TOLERANCE, type Analysed } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';
import { scratch } from './scratch.js';

/**
 * Depths in analysis pixels (the analysis image is at most 1024 px on its long edge): the product
 * nearby is the layer from RING + 3 to RING + DEEP + 2 deep, within DEEP px of the profile.
 */
const RING = 4;
const DEEP = 10;
/** How far inward each outline point's profile is walked. */
const CHAIN = 8;
/** A ring must be this many luminance levels beyond both the product and the background... */
const CONTRAST = 24;
/** ...or, as left-over backdrop, within this share of the product's difference from the background. */
const NEAR = 0.3;
/** A faint ring is this many levels darker than the background and the product inside it... */
const FAINT = 8;
/** ...and flat: its two full pixels within this many levels of each other. */
const FLAT = 4;
/** One profile at a time, and measureHalo is synchronous, so one buffer serves every call. */
const CHAIN_BUF = new Int32Array(CHAIN);

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
 * Halo: the share of the product's outline where a band round the product differs from both the
 * background and the product inside it. Judged per outline point, on the profile walked inward
 * from it (one step deeper each time), so a halo 2.5 px wide scores as one 10 px wide (measured:
 * narrower fringes, 2 px of a soft-edged product, are indistinguishable from its own soft edge).
 * The outline is that of the product region (Plane.region: what the border cannot reach through
 * clean backdrop), so a light product's near-white body is product. On the profile, the first
 * pixel is the faint outer edge (just above clean backdrop) and the second the anti-aliased one;
 * a clean cut-out is product from the third. Three kinds of fault there:
 * - fringe: left-over backdrop, the second and third pixels still near the background while the
 *   product nearby is clearly not;
 * - ring: the third pixel lighter or darker than both the product nearby and the background;
 * - faint: a flat band a few levels darker than the background with lighter product inside it
 *   (a light-grey ring round a white product), where a light product's own shading is a slope.
 * The band under the product is left out, where a contact shadow legitimately darkens the background.
 */
export function measureHalo(
  a: Analysed,
  /** When given, gets 1, 2 or 3 at the second pixel of fringe, ring and faint hits. */
  marks?: Uint8Array,
): { share: number; fringe: number; ring: number; faint: number } | undefined {
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
  if (x1 < 0) return { share: 0, fringe: 0, ring: 0, faint: 0 };
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
  const chain = CHAIN_BUF;
  let count = 0;
  let fringeHit = 0;
  let ringHit = 0;
  let faintHit = 0;
  for (let s = 0; s < outline.length; s++) {
    const o = outline[s]!;
    const ox = o % w;
    const oy = (o - ox) / w;
    // The band under the product, where a contact shadow legitimately darkens the background.
    if (oy >= yCut) continue;
    // Walk inward from this outline point, one step deeper each time.
    let len = 0;
    for (let c = o, d = 0; d < CHAIN; d++) {
      c = inward(inside, region, w, h, c, d);
      if (c < 0) break;
      chain[len++] = c;
    }
    if (len < 4) continue;
    const c2 = chain[1]!;
    const x = c2 % w;
    const y = (c2 - x) / w;
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
    const yp = (dSum[br]! - dSum[tr]! - dSum[bl]! + dSum[tl]!) / layer;
    const dp = (dDiff[br]! - dDiff[tr]! - dDiff[bl]! + dDiff[tl]!) / layer;
    count++;
    // Left-over backdrop: the first full pixels in (past the faint first one and the anti-aliased
    // second) much nearer the background than the product is. A clean edge is product by the third.
    const near = Math.max(PRODUCT_TOLERANCE, dp * NEAR);
    if (dp > 2 * PRODUCT_TOLERANCE && diff[c2]! <= near && diff[chain[2]!]! <= near) {
      fringeHit++;
      if (marks) marks[c2] = 1;
      continue;
    }
    const l3 = luma[chain[2]!]!;
    if (l3 < Math.min(yp, yb) - CONTRAST || l3 > Math.max(yp, yb) + CONTRAST) {
      ringHit++;
      if (marks) marks[c2] = 2;
      continue;
    }
    const l4 = luma[chain[3]!]!;
    if (l3 < yb - FAINT && Math.abs(l3 - l4) <= FLAT) {
      let inner = 0;
      for (let k = 4; k < len; k++) inner = Math.max(inner, luma[chain[k]!]!);
      if (inner >= Math.max(l3, l4) + FAINT) {
        faintHit++;
        if (marks) marks[c2] = 3;
      }
    }
  }
  const fringe = count ? fringeHit / count : 0;
  const ring = count ? ringHit / count : 0;
  const faint = count ? faintHit / count : 0;
  return { share: fringe + ring + faint, fringe, ring, faint };
}

export function checkHalo(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxHalo;
  const m = measureHalo(a);
  if (!m) return judged('halo', false, p.severity.halo, null, max, 'no product to judge');
  const detail = `${(m.fringe * 100).toFixed(0)}% of the outline has a fringe of backdrop, ${(m.ring * 100).toFixed(0)}% a ring lighter or darker than product and background, ${(m.faint * 100).toFixed(0)}% a faint darker ring`;
  return judged(
    'halo',
    m.share <= max,
    p.severity.halo,
    round(m.share),
    max,
    m.share <= max ? detail : `${detail}: cut-out halo`,
  );
}
