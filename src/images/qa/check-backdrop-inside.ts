import type { QaCheckResult } from '../../domain/manifest-record.js';
import { PRODUCT_TOLERANCE, type Analysed } from './analyse.js';
import { components, countOn, type Component } from './mask-ops.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** A backdrop panel is flat: each pixel within this many levels of its 4-neighbours (every channel). */
const FLAT = 3;
/** ...pale: its darkest channel at least this light... */
const PALE = 110;
/** ...and not vivid: its channels within this many levels of each other. */
const MAX_SPREAD = 90;
/** How far past a panel's flat pixels the backdrop may begin (its edge is anti-aliased, so not flat). */
const REACH = 4;
/** Panels smaller than this share of the product region are too small to see. */
const MIN_PART = 0.004;
/** A panel sits between product parts: on this share of its rows (or columns) there is product on both sides. */
const BETWEEN = 0.6;

function flatPale(rgb: Uint8Array | Buffer, i: number, x: number, y: number, w: number, h: number): boolean {
  const j = i * 3;
  const r = rgb[j]!;
  const g = rgb[j + 1]!;
  const b = rgb[j + 2]!;
  if (Math.min(r, g, b) < PALE || Math.max(r, g, b) - Math.min(r, g, b) > MAX_SPREAD) return false;
  // The 4-neighbours inside the image, without an array per pixel (this runs over the product's box).
  const near = (k: number): boolean => {
    const o = k * 3;
    return (
      Math.abs(rgb[o]! - r) <= FLAT && Math.abs(rgb[o + 1]! - g) <= FLAT && Math.abs(rgb[o + 2]! - b) <= FLAT
    );
  };
  return (
    (x === 0 || near(i - 1)) &&
    (x === w - 1 || near(i + 1)) &&
    (y === 0 || near(i - w)) &&
    (y === h - 1 || near(i + w))
  );
}

/** Share of a panel's pixels whose row (or, better, column) has other product on both sides of the panel. */
function betweenShare(c: Component, inC: Uint8Array, mask: Uint8Array, w: number): number {
  const rows = new Map<number, number[]>();
  const cols = new Map<number, number[]>();
  for (const i of c.pixels) {
    const x = i % w;
    const y = (i - x) / w;
    let r = rows.get(y);
    if (!r) rows.set(y, (r = []));
    r.push(x);
    let col = cols.get(x);
    if (!col) cols.set(x, (col = []));
    col.push(y);
  }
  const sided = (line: Map<number, number[]>, at: (line: number, pos: number) => number, len: number) => {
    let hits = 0;
    for (const [l, ps] of line) {
      let lo = len;
      let hi = -1;
      for (const p of ps) {
        if (p < lo) lo = p;
        if (p > hi) hi = p;
      }
      let before = false;
      let after = false;
      for (let p = 0; p < lo && !before; p++) before = mask[at(l, p)] === 1 && !inC[at(l, p)];
      for (let p = hi + 1; p < len && !after; p++) after = mask[at(l, p)] === 1 && !inC[at(l, p)];
      if (before && after) hits += ps.length;
    }
    return hits / c.pixels.length;
  };
  const h = mask.length / w;
  return Math.max(
    sided(rows, (y, x) => y * w + x, w),
    sided(cols, (x, y) => y * w + x, h),
  );
}

function reachesBackdrop(region: Uint8Array, w: number, h: number, i: number): boolean {
  const x = i % w;
  const y = (i - x) / w;
  for (let d = 1; d <= REACH; d++) {
    if ((x - d >= 0 && !region[i - d]) || (x + d < w && !region[i + d])) return true;
    if ((y - d >= 0 && !region[i - d * w]) || (y + d < h && !region[i + d * w])) return true;
  }
  return false;
}

/**
 * Backdrop left inside the product: flat, pale, uniform regions that reach the clean backdrop
 * through an opening (between legs, under a handle) and lie between product parts. A printed
 * label is flat too, but never reaches the backdrop; a light body reaches it but has no product
 * beyond it on both sides. Returns the panels' area as a share of the product region.
 */
export function measureBackdropInside(a: Analysed): { share: number; parts: number } | undefined {
  const { width: w, height: h, rgb, region, diff, mask, bbox } = a.small;
  if (!bbox) return undefined;
  const n = w * h;
  const cand = new Uint8Array(n);
  for (let y = bbox.y0; y <= bbox.y1; y++) {
    for (let x = bbox.x0; x <= bbox.x1; x++) {
      const i = y * w + x;
      if (region[i] && diff[i]! > PRODUCT_TOLERANCE && flatPale(rgb, i, x, y, w, h)) cand[i] = 1;
    }
  }
  const area = countOn(region);
  let panels = 0;
  let parts = 0;
  const comps = components(cand, w, h, Math.max(12, MIN_PART * area));
  // One membership array for every panel, cleared after each (not a fresh megabyte per panel).
  const inC = new Uint8Array(n);
  for (const c of comps) {
    for (const i of c.pixels) inC[i] = 1;
    // Reaches the backdrop: a pixel outside the product region within REACH px (past the panel's
    // own anti-aliased, not flat, edge).
    const opens = c.pixels.some((i) => reachesBackdrop(region, w, h, i));
    const between = opens && betweenShare(c, inC, mask, w) >= BETWEEN;
    for (const i of c.pixels) inC[i] = 0;
    if (!between) continue;
    panels += c.pixels.length;
    parts++;
  }
  return { share: area ? panels / area : 0, parts };
}

export function checkBackdropInside(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxBackdropInside;
  const sev = p.severity['backdrop-inside'];
  const m = measureBackdropInside(a);
  if (!m) return judged('backdrop-inside', false, sev, null, max, 'no product to judge');
  const ok = m.share <= max;
  const seen = `${(m.share * 100).toFixed(1)}% of the product is a flat pale panel between its parts, open to the backdrop (${m.parts} panel${m.parts === 1 ? '' : 's'}), allowed ${(max * 100).toFixed(1)}%`;
  return judged(
    'backdrop-inside',
    ok,
    sev,
    round(m.share, 4),
    max,
    ok
      ? seen
      : `${seen}: backdrop seen through an opening (between legs, inside a handle) was kept as product. Re-cut the photo so the openings are cleared, or use a cut-out with them transparent`,
  );
}
