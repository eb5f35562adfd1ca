import type { QaCheckResult } from '../../domain/manifest-record.js';
import { CLEAN, type Analysed } from './analyse.js';
import { components, countOn } from './mask-ops.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** A cast shadow multiplies the backdrop by a factor in this range (darker is product, not shadow). */
const K_MIN = 0.45;
/** ...and darkens it by at least this many levels, or it is the faint tail every soft shadow has. */
const MIN_DARKEN = 14;
/** Its channels keep the backdrop's proportions within this share: grey on white, tinted on a colour. */
const NEUTRAL = 0.05;
/** A remnant is smaller than this share of the product region: a larger grey part is the product. */
const MAX_PART = 0.35;
/** ...reaches the product's lowest tenth... */
const BASE = 0.9;
/** ...lies mostly (this share) under the product proper: below its lowest non-shadow pixel in each column... */
const UNDER = 0.6;
/** ...and is thicker there than this share of the product's height (a thin grey rim is the product's own). */
const THICK = 0.02;
/** ...and steps up in lightness along at least this share of its outline (where the matte cut it)... */
const HARD = 0.25;
/** ...by this many levels from one pixel to the next... */
const STEP = 12;
/** ...onto backdrop: a pixel within this many levels of it (codec noise allowed). */
const BACKDROP = 2 * CLEAN;

function shadowTone(rgb: Uint8Array | Buffer, j: number, bg: readonly number[]): boolean {
  const k0 = rgb[j]! / Math.max(1, bg[0]!);
  const k1 = rgb[j + 1]! / Math.max(1, bg[1]!);
  const k2 = rgb[j + 2]! / Math.max(1, bg[2]!);
  const k = (k0 + k1 + k2) / 3;
  const darken = ((1 - k) * (bg[0]! + bg[1]! + bg[2]!)) / 3;
  if (k < K_MIN || darken < MIN_DARKEN) return false;
  return Math.max(Math.abs(k0 - k), Math.abs(k1 - k), Math.abs(k2 - k)) <= NEUTRAL;
}

/**
 * Of a component's outline pixels (those with a neighbour outside it), the share where the pixel
 * beside it outside is at least STEP levels lighter: a cut edge, where a soft shadow lightens by a
 * level or two per pixel.
 */
function hardShare(pixels: number[], inC: Uint8Array, a: Analysed): number {
  const { width: w, height: h, luma, diff } = a.small;
  let edge = 0;
  let hard = 0;
  for (const i of pixels) {
    const x = i % w;
    const y = (i - x) / w;
    // The 4-neighbours outside the component, without arrays per pixel.
    let outside = 0;
    let stepUp = false;
    const look = (k: number): void => {
      if (inC[k]) return;
      outside++;
      // A step up to the backdrop itself (a light product part beside it is no cut).
      if (luma[k]! - luma[i]! >= STEP && diff[k]! <= BACKDROP) stepUp = true;
    };
    if (x > 0) look(i - 1);
    if (x < w - 1) look(i + 1);
    if (y > 0) look(i - w);
    if (y < h - 1) look(i + w);
    if (!outside) continue;
    edge++;
    if (stepUp) hard++;
  }
  return edge ? hard / edge : 0;
}

/**
 * Source-shadow remnants: backdrop-toned, darker-than-backdrop parts at the product's base, lying
 * mostly under the product proper (below its lowest other pixel in each column), thick there, and
 * stepping up onto the backdrop where they lie under it. A light-grey frame or rim is the
 * product's own: it runs up its sides, or is thin. The studio's own contact shadow fades to exactly the
 * background at its rim (no step), so it never counts; nor does a grey product, which is most of
 * its own region. Returns the remnants' area as a share of the product region.
 */
export function measureShadowRemnant(a: Analysed): { share: number; parts: number } | undefined {
  const { width: w, height: h, rgb, region, bbox } = a.small;
  if (!bbox) return undefined;
  const n = w * h;
  const tone = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (region[i] && shadowTone(rgb, i * 3, a.bg)) tone[i] = 1;
  const area = countOn(region);
  // The lowest row of the product proper (product, not shadow-toned) in each column.
  const lowest = new Int32Array(w).fill(-1);
  let bottom = -1;
  for (let i = 0; i < n; i++) {
    if (a.small.mask[i] && !tone[i]) bottom = lowest[i % w] = Math.floor(i / w);
  }
  // Beside the product, "under" means below its bottom.
  for (let x = 0; x < w; x++) if (lowest[x]! < 0) lowest[x] = bottom;
  const baseY = bbox.y0 + BASE * (bbox.y1 - bbox.y0);
  const midY = (bbox.y0 + bbox.y1) / 2;
  let remnant = 0;
  let parts = 0;
  for (const c of components(tone, w, h, Math.max(8, area * 0.002))) {
    if (c.pixels.length > MAX_PART * area) continue;
    // At the base: reaching the product's lowest rows, and mostly below its middle.
    let sy = 0;
    for (const i of c.pixels) sy += Math.floor(i / w);
    if (c.y1 < baseY || sy / c.pixels.length < midY) continue;
    const under: number[] = [];
    const cols = new Set<number>();
    for (const i of c.pixels) {
      const x = i % w;
      if (Math.floor(i / w) > lowest[x]!) {
        under.push(i);
        cols.add(x);
      }
    }
    if (under.length < UNDER * c.pixels.length || under.length < THICK * (bbox.y1 - bbox.y0) * cols.size)
      continue;
    const inC = new Uint8Array(n);
    for (const i of c.pixels) inC[i] = 1;
    // Judged where it lies under the product: the studio's own shadow there fades out softly.
    if (hardShare(under, inC, a) < HARD) continue;
    remnant += c.pixels.length;
    parts++;
  }
  return { share: area ? remnant / area : 0, parts };
}

export function checkShadowRemnant(a: Analysed, p: QaProfile): QaCheckResult {
  const max = p.thresholds.maxShadowRemnant;
  const m = measureShadowRemnant(a);
  const sev = p.severity['shadow-remnant'];
  if (!m) return judged('shadow-remnant', false, sev, null, max, 'no product to judge');
  const ok = m.share <= max;
  const seen = `${(m.share * 100).toFixed(1)}% of the product is a hard-edged, backdrop-toned shadow at its base (${m.parts} part${m.parts === 1 ? '' : 's'}), allowed ${(max * 100).toFixed(1)}%`;
  return judged(
    'shadow-remnant',
    ok,
    sev,
    round(m.share, 4),
    max,
    ok
      ? seen
      : `${seen}: a piece of the source photo's cast shadow is left on the product. Re-cut the photo (or shoot it with a softer shadow) so the shadow goes with the backdrop; the studio draws its own contact shadow`,
  );
}
