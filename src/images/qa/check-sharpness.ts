import type { QaCheckResult } from '../../domain/manifest-record.js';
import type { Analysed, Plane } from './analyse.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/**
 * Half-width in px of the luminance profile taken across an edge: the step height is read at
 * +-REACH. A blur wider than that is under-measured (part of the step lies outside) but still
 * scores far below any threshold.
 */
const REACH = 3;
/**
 * The Laplacian is read this far either side of the edge: its two lobes lie about one blur sigma
 * out, so a wider blur is under-measured, which only lowers its score further.
 */
const LOBE_REACH = 2;
/** Smallest luminance step that counts as an edge: below it JPEG/WEBP ripple passes for detail. */
const MIN_STEP = 16;
/** Smallest gradient (levels/px) worth looking at; a step of MIN_STEP blurred flat falls below it. */
const MIN_GRADIENT = 3;
/**
 * The profile must be a step, not a ridge or texture: the end-to-end change must be nearly the
 * whole range seen along it. Thin lines and speckle have a strong Laplacian without being in focus.
 */
const MONOTONE = 0.97;
/** Pixels within this distance of background colour are the outline; the rest is the inside. */
const OUTLINE_BAND = 2;
/** The score is this quantile of edge sharpness: focus shows in the crispest edges, not the average. */
const QUANTILE = 0.97;
/** Fewer outline edges than this and the outline is not judged on its own. */
const MIN_OUTLINE_EDGES = 32;
/** The inside is judged only with this many edges of its own (a plain product has none to judge). */
const MIN_INTERIOR_EDGES = 200;
/**
 * Inside edges of good products score nearly as high as their cut-out outline (measured on the
 * corpus: at least 0.94 of it); an inside below this share of the outline sets the score, so a
 * blurred photo behind a crisp cut-out edge still scores low.
 */
const INTERIOR_SCALE = 0.85;
const BINS = 256;
const MAX_SHARPNESS = 1.5;

export interface EdgeSharpness {
  /** The score: sqrt(Laplacian lobe / step height) at the crispest edges, 0 (none) to about 1. */
  value: number;
  /** QUANTILE of edge sharpness against the background, and how many edges were measured. */
  outline: number | undefined;
  outlineEdges: number;
  /** The same inside the product, away from background-coloured pixels. */
  interior: number | undefined;
  interiorEdges: number;
  /** True when the inside, not the outline, set the score. */
  byInterior: boolean;
}

/**
 * Laplacian sharpness at step edges on the analysis plane, normalised by each step's height. At
 * each luminance edge on the product (a local maximum of the gradient along its own direction,
 * one of 8) the isotropic 3x3 Laplacian is read across the edge (+-LOBE_REACH px); the mean size
 * of its two lobes, divided by the height of the step across +-REACH px, is the edge's curvature.
 * For a step of height H blurred by a Gaussian of sigma px that is about 1 / (sigma^2 sqrt(2 pi e));
 * its square root scales like 1 / sigma. A crisp drawn step scores about 0.78-0.92 (corpus photos
 * in focus 0.64-1.02); blurred by 1 px about 0.49, by 1.2 px 0.40, by 2 px 0.29, by 3 px 0.22.
 * Dividing by the step's own height makes it independent of the product's contrast and colour;
 * reading it only at step-like edges keeps texture, grain and noise out (the Laplacian over the
 * whole product, even divided by the spread of luminance, let a blurred shoe pass on its
 * texture); taking a high quantile judges the crispest edges, so soft shading, shadows and smooth
 * products do not count against it; working on the fixed-size plane makes it mean the same at
 * any pixel size. A quarter of the pixels are looked at (it runs on every image: ~1 ms).
 */
export function measureEdgeSharpness(plane: Plane): EdgeSharpness | undefined {
  const { width: w, height: h, luma: L, solid, mask, bbox } = plane;
  if (!bbox) return undefined;
  const outlineHist = new Uint32Array(BINS);
  const interiorHist = new Uint32Array(BINS);
  let nOutline = 0;
  let nInterior = 0;
  const margin = Math.max(REACH, OUTLINE_BAND) + 1;
  const y0 = Math.max(margin, bbox.y0 - 2);
  const y1 = Math.min(h - 1 - margin, bbox.y1 + 2);
  const x0 = Math.max(margin, bbox.x0 - 2);
  const x1 = Math.min(w - 1 - margin, bbox.x1 + 2);
  // Central differences are left undivided (2x the gradient) until the end.
  const g2min = 4 * MIN_GRADIENT * MIN_GRADIENT;
  const binScale = BINS / MAX_SHARPNESS;
  // A quarter of the pixels: every other row, every other column, alternating by row pair.
  for (let y = y0; y <= y1; y += 2) {
    const end = y * w + x1;
    for (let i = y * w + x0 + ((y >> 1) & 1); i <= end; i += 2) {
      const gx = L[i + 1]! - L[i - 1]!;
      const gy = L[i + w]! - L[i - w]!;
      const g2 = gx * gx + gy * gy;
      if (g2 < g2min) continue;
      // The product and the pixels right next to it, so its outline counts.
      if (!(solid[i]! | solid[i - 1]! | solid[i + 1]! | solid[i - w]! | solid[i + w]!)) continue;
      const ax = gx < 0 ? -gx : gx;
      const ay = gy < 0 ? -gy : gy;
      let o = 1;
      if (ay > 0.4142 * ax) {
        if (ax <= 0.4142 * ay) o = w;
        else o = gx * gy > 0 ? w + 1 : w - 1;
      }
      // Only the steepest point across the edge.
      let j = i + o;
      let a = L[j + 1]! - L[j - 1]!;
      let b = L[j + w]! - L[j - w]!;
      if (a * a + b * b > g2) continue;
      j = i - o;
      a = L[j + 1]! - L[j - 1]!;
      b = L[j + w]! - L[j - w]!;
      if (a * a + b * b >= g2) continue;
      const e = L[i + REACH * o]! - L[i - REACH * o]!;
      const step = e < 0 ? -e : e;
      if (step < MIN_STEP) continue;
      let lo = L[i]!;
      let hi = lo;
      for (let k = 1; k <= REACH; k++) {
        const u = L[i + k * o]!;
        const v = L[i - k * o]!;
        if (u < lo) lo = u;
        else if (u > hi) hi = u;
        if (v < lo) lo = v;
        else if (v > hi) hi = v;
      }
      if (step < MONOTONE * (hi - lo)) continue;
      // Both lobes of the Laplacian across the edge: their mean is steadier than either alone.
      // The kernel's 1/6 is applied once, at the end.
      let top = -Infinity;
      let bottom = Infinity;
      for (let k = -LOBE_REACH; k <= LOBE_REACH; k++) {
        const c = i + k * o;
        const lap6 =
          4 * (L[c + 1]! + L[c - 1]! + L[c + w]! + L[c - w]!) +
          (L[c + w + 1]! + L[c + w - 1]! + L[c - w + 1]! + L[c - w - 1]!) -
          20 * L[c]!;
        if (lap6 > top) top = lap6;
        if (lap6 < bottom) bottom = lap6;
      }
      const sharpness = Math.sqrt((top - bottom) / (12 * step));
      let bin = (sharpness * binScale) | 0;
      if (bin >= BINS) bin = BINS - 1;
      if (nearBackground(mask, i, w)) {
        outlineHist[bin]!++;
        nOutline++;
      } else {
        interiorHist[bin]!++;
        nInterior++;
      }
    }
  }
  const outline = quantile(outlineHist, nOutline, binScale);
  const interior = quantile(interiorHist, nInterior, binScale);
  let value: number;
  if (nOutline >= MIN_OUTLINE_EDGES) value = outline!;
  else if (nOutline + nInterior > 0) {
    const pooled = new Uint32Array(BINS);
    for (let k = 0; k < BINS; k++) pooled[k] = outlineHist[k]! + interiorHist[k]!;
    value = quantile(pooled, nOutline + nInterior, binScale)!;
  } else value = 0;
  let byInterior = false;
  if (nInterior >= MIN_INTERIOR_EDGES && interior! / INTERIOR_SCALE < value) {
    value = interior! / INTERIOR_SCALE;
    byInterior = true;
  }
  return { value, outline, outlineEdges: nOutline, interior, interiorEdges: nInterior, byInterior };
}

/** Any background-coloured pixel within OUTLINE_BAND (holes in the product included). */
function nearBackground(mask: Uint8Array, i: number, w: number): boolean {
  for (let dy = -OUTLINE_BAND; dy <= OUTLINE_BAND; dy++) {
    const row = i + dy * w;
    for (let dx = -OUTLINE_BAND; dx <= OUTLINE_BAND; dx++) if (!mask[row + dx]) return true;
  }
  return false;
}

function quantile(hist: Uint32Array, n: number, binScale: number): number | undefined {
  if (n === 0) return undefined;
  const target = QUANTILE * n;
  let acc = 0;
  for (let k = 0; k < hist.length; k++) {
    acc += hist[k]!;
    if (acc > target) return (k + 0.5) / binScale;
  }
  return MAX_SHARPNESS;
}

export function measureSharpness(a: Analysed): number | undefined {
  return measureEdgeSharpness(a.small)?.value;
}

export function checkSharpness(a: Analysed, p: QaProfile): QaCheckResult {
  const min = p.thresholds.minSharpness;
  const m = measureEdgeSharpness(a.small);
  if (!m) return judged('sharpness', false, p.severity.sharpness, null, min, 'no product to judge');
  const s = round(m.value);
  const ok = m.value >= min;
  let message: string;
  if (ok) message = `sharpness ${s} >= ${min}`;
  else if (m.outlineEdges + m.interiorEdges === 0)
    message = `sharpness 0 is below ${min}: no crisp edge on the product; blurred, or too faint to judge`;
  else if (m.byInterior)
    message = `sharpness ${s} is below ${min}: the product's inside is blurred behind a crisp cut-out edge`;
  else message = `sharpness ${s} is below ${min}: blurred or upscaled (its crispest edges are soft)`;
  return judged('sharpness', ok, p.severity.sharpness, s, min, message);
}
