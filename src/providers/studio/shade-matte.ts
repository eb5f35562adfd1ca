/**
 * A second backdrop matte for a coloured, textured surface with a hard cast shadow (a tennis ball
 * on a dark-green court). There the smooth Coons patch of matte.ts fails twice: the surface's grain
 * stops its growth at every speck, and a hard black shadow is darker than any shadow allowance.
 * Both are the backdrop's own colour at another brightness: in RGB they lie on the ray from black
 * through the backdrop's colour. This matte measures each pixel's distance from that ray (so any
 * shade of the backdrop, from its grain's highlights down to black, is close) and grows the backdrop
 * from the border over close pixels, without an edge stop: texture does not stop it, and a product
 * of another colour does. It is tried only when the first matte is unsure, and is judged by the
 * same kind of measures, so a neutral backdrop (whose ray is the grey axis, where a white or black
 * product also lies) or a cluttered scene still fails.
 */
import type { Rgb } from './colour.js';
import { dilate } from './dilate.js';
import { components, floodFromBorder } from './regions.js';
import type { Matte, MatteMeasures } from './matte.js';

/**
 * `first` (matte.ts) when it is confident; otherwise the shade matte when that one is; otherwise
 * `first`, whose concerns then explain the refusal.
 */
export function withShadeFallback(
  first: Matte,
  rgb: Uint8Array,
  channels: number,
  minConfidence: number,
): Matte {
  if (first.confidence >= minConfidence) return first;
  const shade = computeShadeMatte(rgb, channels, first.width, first.height);
  return shade.confidence >= minConfidence ? shade : first;
}

/** Brightest shade of the backdrop (times its median colour) still on the ray: its lit grain. */
const MAX_SHADE = 1.6;
/** Least distance threshold (RGB units): JPEG noise around a dark backdrop. */
const MIN_THRESHOLD = 8;
/** The threshold, as a multiple of the 90th percentile of the border's distances. */
const THRESHOLD_SCALE = 2.5;
/**
 * Least angle (degrees) between the backdrop's colour and the grey axis. Nearer grey, the ray is
 * the grey axis itself, on which white, grey and black products lie too: the ray cannot tell them
 * from the backdrop.
 */
const MIN_HUE_ANGLE = 12;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort((x, y) => x - y);
  return s[s.length >> 1]!;
}

/** 1 when value <= good, 0 when value >= bad, linear between (works for good > bad too). */
function ramp(value: number, good: number, bad: number): number {
  const t = (value - good) / (bad - good);
  return Math.min(1, Math.max(0, 1 - t));
}

/** Indices of the border strips `depth` pixels deep. */
function borderIndices(w: number, h: number, depth: number): number[] {
  const out: number[] = [];
  for (let y = 0; y < h; y++) {
    const inner = y >= depth && y < h - depth;
    for (let x = 0; x < w; x++) {
      if (inner && x === depth) x = w - depth;
      out.push(y * w + x);
    }
  }
  return out;
}

/**
 * How far (RGB, per unit of the backdrop's own length) a shade may leave the ray: the surface lit by
 * the sun is warmer than where only the sky lights it (the court beside the ball, 14 RGB off the ray
 * of its shaded border at 1.3 times its brightness).
 */
const TINT = 0.2;

/** Distance (RGB) of each pixel from the ray through `b` (shades 0..MAX_SHADE), less the tint allowed at its shade. */
function rayDistance(rgb: Uint8Array, channels: number, n: number, b: Rgb): Float32Array {
  const bb = Math.max(1, b[0] * b[0] + b[1] * b[1] + b[2] * b[2]);
  const tint = TINT * Math.sqrt(bb);
  const out = new Float32Array(n);
  for (let i = 0, p = 0; i < n; i++, p += channels) {
    const r = rgb[p]!;
    const g = rgb[p + 1]!;
    const bl = rgb[p + 2]!;
    const s = Math.min(MAX_SHADE, Math.max(0, (r * b[0] + g * b[1] + bl * b[2]) / bb));
    out[i] = Math.max(0, Math.hypot(r - s * b[0], g - s * b[1], bl - s * b[2]) - tint * s);
  }
  return out;
}

/** Rim steps peeled at most: the fuzz of a felt ball mixes about two work pixels of backdrop in. */
const RIM_STEPS = 4;
/** Least share of product colour a rim pixel must hold to stay (alpha, unmixed along the normal). */
const MIN_ALPHA = 0.5;

/**
 * Peels outline pixels that are more backdrop than product: each is unmixed as P = aF + (1 - a)B, F
 * the product's colour four pixels inside along the outline's normal, B the backdrop's two pixels
 * outside, and goes when a < MIN_ALPHA. The flood stops at the first pixel off the ray, which on a
 * fuzzy or blurred outline still holds mostly backdrop: a dark ring round the product otherwise.
 */
function peelMixedRim(mask: Uint8Array, rgb: Uint8Array, channels: number, w: number, h: number): void {
  const colour = (i: number, c: number): number => rgb[i * channels + c]!;
  for (let step = 0; step < RIM_STEPS; step++) {
    const peel: number[] = [];
    for (let y = 4; y < h - 4; y++)
      for (let x = 4; x < w - 4; x++) {
        const i = y * w + x;
        if (!mask[i]) continue;
        const dx = (mask[i - 1] ? 0 : 1) - (mask[i + 1] ? 0 : 1);
        const dy = (mask[i - w] ? 0 : 1) - (mask[i + w] ? 0 : 1);
        if (dx === 0 && dy === 0) continue;
        const inside = i + 4 * (dy * w + dx);
        const outside = i - 2 * (dy * w + dx);
        if (!mask[inside] || mask[outside]) continue;
        let num = 0;
        let den = 0;
        for (let c = 0; c < 3; c++) {
          const fb = colour(inside, c) - colour(outside, c);
          num += (colour(i, c) - colour(outside, c)) * fb;
          den += fb * fb;
        }
        if (den > 0 && num / den < MIN_ALPHA) peel.push(i);
      }
    if (peel.length === 0) break;
    for (const i of peel) mask[i] = 0;
  }
  // A single fibre of fuzz standing off the outline (a work pixel wide) would be a spike at output
  // size: open the mask by one pixel. Peeling can also cut a fibre off: drop such specks.
  const outside = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) outside[i] = mask[i] ? 0 : 1;
  const eroded = dilate(outside, w, h, 1);
  for (let i = 0; i < w * h; i++) eroded[i] = eroded[i] ? 0 : 1;
  mask.set(largestParts(dilate(eroded, w, h, 1, mask), w, h).mask);
}

/** Parts of `set` (8-connected) of at least 15% of the largest one's area, and the pixels dropped. */
function largestParts(
  set: Uint8Array,
  w: number,
  h: number,
): { mask: Uint8Array; kept: number; dropped: number } {
  const parts = components(set, w, h, 1);
  const largest = Math.max(0, ...parts.areas);
  const mask = new Uint8Array(w * h);
  let kept = 0;
  let dropped = 0;
  for (let i = 0; i < w * h; i++) {
    const id = parts.label[i]!;
    if (!id) continue;
    if (parts.areas[id]! >= largest * 0.15) {
      mask[i] = 1;
      kept++;
    } else dropped++;
  }
  return { mask, kept, dropped };
}

/**
 * Median distance from the ray two pixels inside the product's outline, in thresholds. The outline
 * itself mixes product and backdrop (the ball's fuzz); just inside it is product.
 */
function outlineContrast(
  mask: Uint8Array,
  bg: Uint8Array,
  dist: Float32Array,
  threshold: number,
  w: number,
  h: number,
): number {
  const outline: number[] = [];
  for (let y = 3; y < h - 3; y++)
    for (let x = 3; x < w - 3; x++) {
      const i = y * w + x;
      if (!mask[i] || !(bg[i - 1] || bg[i + 1] || bg[i - w] || bg[i + w])) continue;
      const dx = (bg[i - 1] ? 1 : 0) - (bg[i + 1] ? 1 : 0);
      const dy = (bg[i - w] ? 1 : 0) - (bg[i + w] ? 1 : 0);
      outline.push(dist[i + 2 * dy * w + 2 * dx]! / threshold);
    }
  return outline.length ? median(outline) : 0;
}

function hueAngle(b: Rgb): number {
  const len = Math.hypot(b[0], b[1], b[2]);
  if (len === 0) return 0;
  const cos = (b[0] + b[1] + b[2]) / (Math.sqrt(3) * len);
  return (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
}

/**
 * The matte by distance from the backdrop's shading ray. Same shape as computeMatte's result; its
 * measures are in RGB distance units, its concerns name this model.
 */
export function computeShadeMatte(rgb: Uint8Array, channels: number, w: number, h: number): Matte {
  const n = w * h;
  const depth = Math.max(3, Math.round(Math.max(w, h) * 0.01));
  const border = borderIndices(w, h, depth);
  const backdrop = [0, 1, 2].map((c) => median(border.map((i) => rgb[i * channels + c]!))) as Rgb;
  const dist = rayDistance(rgb, channels, n, backdrop);
  const borderDist = border.map((i) => dist[i]!).sort((x, y) => x - y);
  const p90 = borderDist[Math.floor(borderDist.length * 0.9)] ?? 0;
  const threshold = Math.max(MIN_THRESHOLD, THRESHOLD_SCALE * p90);
  const near = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (dist[i]! < threshold) near[i] = 1;
  const bg = new Uint8Array(n);
  floodFromBorder(bg, near, w, h);

  // What the backdrop did not reach is product (holes filled); specks under 15% of the largest go.
  const rest = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (!bg[i]) rest[i] = 1;
  const { mask, kept: productArea, dropped: strayArea } = largestParts(rest, w, h);
  const edgeContrast = outlineContrast(mask, bg, dist, threshold, w, h);
  peelMixedRim(mask, rgb, channels, w, h);
  const measures: MatteMeasures = {
    borderNoise: p90,
    borderBackdropShare: borderDist.filter((d) => d < threshold).length / Math.max(1, border.length),
    productShare: productArea / n,
    edgeContrast,
    strayShare: strayArea / Math.max(1, productArea + strayArea),
    threshold,
  };
  const angle = hueAngle(backdrop);
  const scores = shadeScores(measures, angle);
  scores.sort((x, y) => x.score - y.score);
  const removable = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (dist[i]! < threshold * 1.5) removable[i] = 1;
  return {
    width: w,
    height: h,
    mask,
    removable,
    backdrop,
    confidence: scores[0]!.score,
    measures,
    concerns: scores.filter((s) => s.score < 1).map((s) => s.why),
  };
}

function shadeScores(m: MatteMeasures, angle: number): { score: number; why: string }[] {
  return [
    {
      score: ramp(-angle, -MIN_HUE_ANGLE, -MIN_HUE_ANGLE * 0.75),
      why: `the backdrop is nearly neutral (${angle.toFixed(0)} degrees from grey, the shade model needs ${MIN_HUE_ANGLE}), so its shades cannot be told from a white, grey or black product`,
    },
    {
      score: ramp(m.borderNoise, 6, 12),
      why: `the border is not one colour in different shades (nine in ten border pixels within ${m.borderNoise.toFixed(1)} RGB of its shading ray, a plain surface stays under 6)`,
    },
    {
      score: ramp(m.borderBackdropShare, 0.95, 0.8),
      why: `only ${(m.borderBackdropShare * 100).toFixed(0)}% of the border is a shade of the backdrop's colour (needs 95%)`,
    },
    {
      score: m.productShare < 0.01 ? ramp(m.productShare, 0.01, 0.002) : ramp(m.productShare, 0.75, 0.9),
      why: `the separated product covers ${(m.productShare * 100).toFixed(1)}% of the photo (expected 1% to 75%)`,
    },
    {
      score: ramp(m.edgeContrast, 3, 2),
      why: `the product's colour is close to a shade of the backdrop's at its outline (contrast ${m.edgeContrast.toFixed(2)}, the shade model needs 3)`,
    },
    {
      score: ramp(m.strayShare, 0.05, 0.4),
      why: `${(m.strayShare * 100).toFixed(0)}% of the non-backdrop area is scattered clutter (allowed 5%)`,
    },
  ];
}

/**
 * Drops what the graph cut added outside the shade matte's product where the colour is a shade of
 * the backdrop: its product model, learnt from the ball's dark seam and shaded side, also claims
 * the black of the cast shadow under the ball.
 */
export function dropShadeAdditions(cut: Uint8Array, matte: Matte): void {
  for (let i = 0; i < cut.length; i++) if (cut[i] && !matte.mask[i] && matte.removable[i]) cut[i] = 0;
}
