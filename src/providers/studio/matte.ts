/**
 * Separates a product from a plain (possibly graded or two-tone) backdrop at a reduced resolution.
 * The backdrop is modelled from the four border strips (a Coons patch, so a wall+table seam or a
 * light falloff is part of the model), the background grows from the border by Lab distance to
 * that model (darkening within an allowance counts as shadow, i.e. backdrop), and everything the
 * growth cannot reach is product (which fills holes). Stray specks are dropped.
 */
import type { LabImage, Rgb } from './colour.js';
import { dilate } from './dilate.js';
import { floodFromBorder } from './regions.js';

export interface MatteMeasures {
  /** Median Lab distance of border pixels to the backdrop model: texture of the backdrop. */
  borderNoise: number;
  /** Share of border pixels the backdrop model explains. */
  borderBackdropShare: number;
  /** Share of the frame that is product. */
  productShare: number;
  /** Median distance-to-backdrop on the product's outline, in units of the threshold (1 = barely separable). */
  edgeContrast: number;
  /** Share of non-backdrop area in components dropped as strays (clutter). */
  strayShare: number;
  /** The Lab distance threshold used. */
  threshold: number;
  /** Share of this matte's product the graph-cut refinement gave to the backdrop (set by compose). */
  cutAway?: number;
  /** Area the refinement added outside this matte's product, as a share of it (set by compose). */
  cutAdded?: number;
}

export interface Matte {
  width: number;
  height: number;
  /** 1 = product, 0 = backdrop, one byte per pixel. */
  mask: Uint8Array;
  /**
   * 1 where the colour alone could be backdrop or its shadow (within 1.5 thresholds of the model,
   * darkening allowed): the only pixels a refinement may take from the product. A light product
   * part brighter than the backdrop (a silver top on grey) is never among them.
   */
  removable: Uint8Array;

  /** Median sRGB colour of the backdrop, for white balance. */
  backdrop: Rgb;
  confidence: number;
  measures: MatteMeasures;
  /** Why confidence is low, weakest first; empty when all measures are fine. */
  concerns: string[];
}

/** Lab distance under which nine in ten border pixels lie on an exactly flat (rendered) backdrop. */
const FLAT_NOISE = 0.1;
/** Scale of a clear outline step on an exactly flat backdrop, against a photographed one. */
const FLAT_SCALE = 0.5;

/** How much darker than the backdrop a pixel may be (Lab L) and still count as backdrop: soft shadows. */
const SHADOW_ALLOWANCE = 40;
/**
 * Largest local colour change (Lab per work pixel) the backdrop may grow across. Backdrops and soft
 * shadows change slowly; a product's outline, even a pale one against a pale backdrop, changes fast.
 */
const EDGE_STOP = 2;
/** How many work pixels of backdrop-coloured rim to peel off behind an edge stop. */
const PEEL = 1;
/** How far (work pixels) a darker-than-backdrop rim (shadow, table reflection) is peeled. */
const SHADOW_PEEL = 6;
/** Darkest (Lab L below the backdrop) a rim may be and still be peeled as shadow. */
const SHADOW_PEEL_DEPTH = 18;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort((x, y) => x - y);
  return s[s.length >> 1]!;
}

type Profile = [Float32Array, Float32Array, Float32Array];

/** Median over the strip's depth at each position along one side. */
function sideProfile(lab: LabImage, side: 'top' | 'bottom' | 'left' | 'right', depth: number): Profile {
  const { width: w, height: h } = lab;
  const horizontal = side === 'top' || side === 'bottom';
  const len = horizontal ? w : h;
  const out: Profile = [new Float32Array(len), new Float32Array(len), new Float32Array(len)];
  const planes = [lab.L, lab.a, lab.b];
  const tmp: number[] = new Array<number>(depth);
  for (let i = 0; i < len; i++) {
    for (let c = 0; c < 3; c++) {
      const plane = planes[c]!;
      for (let d = 0; d < depth; d++) {
        const x = horizontal ? i : side === 'left' ? d : w - 1 - d;
        const y = horizontal ? (side === 'top' ? d : h - 1 - d) : i;
        tmp[d] = plane[y * w + x]!;
      }
      out[c]![i] = median(tmp);
    }
  }
  return out;
}

/** Median of 17 samples spread over a window around each position: robust and cheap. */
function wideMedian(values: Float32Array, window: number): Float32Array {
  const out = new Float32Array(values.length);
  const step = Math.max(1, Math.round(window / 16));
  const buf: number[] = [];
  for (let i = 0; i < values.length; i++) {
    buf.length = 0;
    for (let k = -8; k <= 8; k++) {
      const j = i + k * step;
      if (j >= 0 && j < values.length) buf.push(values[j]!);
    }
    out[i] = median(buf);
  }
  return out;
}

/**
 * Where the product (or anything else) reaches the border for a stretch, the raw profile would
 * make that object part of the backdrop model; replace such stretches by a wide running median.
 * Thin features (a table edge crossing the side) stay: they are backdrop.
 */
function removeIntrusions(p: Profile, limit: number): number {
  const len = p[0].length;
  const wide = p.map((c) => wideMedian(c, Math.max(9, Math.round(len * 0.12)))) as Profile;
  const minRun = Math.max(4, Math.round(len * 0.04));
  let intruded = 0;
  let start = -1;
  for (let i = 0; i <= len; i++) {
    const dev =
      i < len ? Math.hypot(p[0][i]! - wide[0][i]!, p[1][i]! - wide[1][i]!, p[2][i]! - wide[2][i]!) : 0;
    if (dev > limit) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= minRun) {
        for (let j = start; j < i; j++) for (let c = 0; c < 3; c++) p[c]![j] = wide[c]![j]!;
        intruded += i - start;
      }
      start = -1;
    }
  }
  return intruded;
}

/** Backdrop model: Coons patch through the four border profiles. Returns Lab planes. */
function backdropModel(lab: LabImage, depth: number): { model: Profile; intruded: number } {
  const { width: w, height: h } = lab;
  const top = sideProfile(lab, 'top', depth);
  const bottom = sideProfile(lab, 'bottom', depth);
  const left = sideProfile(lab, 'left', depth);
  const right = sideProfile(lab, 'right', depth);
  let intruded = 0;
  for (const p of [top, bottom, left, right]) intruded += removeIntrusions(p, 12);
  const model: Profile = [new Float32Array(w * h), new Float32Array(w * h), new Float32Array(w * h)];
  for (let c = 0; c < 3; c++) {
    const T = top[c]!;
    const B = bottom[c]!;
    const Lp = left[c]!;
    const R = right[c]!;
    const c00 = (T[0]! + Lp[0]!) / 2;
    const c10 = (T[w - 1]! + R[0]!) / 2;
    const c01 = (B[0]! + Lp[h - 1]!) / 2;
    const c11 = (B[w - 1]! + R[h - 1]!) / 2;
    const out = model[c]!;
    for (let y = 0; y < h; y++) {
      const v = h > 1 ? y / (h - 1) : 0;
      for (let x = 0; x < w; x++) {
        const u = w > 1 ? x / (w - 1) : 0;
        out[y * w + x] =
          (1 - v) * T[x]! +
          v * B[x]! +
          (1 - u) * Lp[y]! +
          u * R[y]! -
          ((1 - u) * (1 - v) * c00 + u * (1 - v) * c10 + (1 - u) * v * c01 + u * v * c11);
      }
    }
  }
  return { model, intruded };
}

/** 1 when value <= good, 0 when value >= bad, linear between (works for good > bad too). */
function ramp(value: number, good: number, bad: number): number {
  const t = (value - good) / (bad - good);
  return Math.min(1, Math.max(0, 1 - t));
}

/**
 * Half-width (work pixels) of the narrowest channel the backdrop grows through at first: a gap in
 * a light product's faint outline is narrower, the space between a stool's legs is wider.
 */
const GAP = 2;

/** Pixels of `set` whose whole (2r+1)-square is in `set` (outside the frame counts as in). */
function erode(set: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const tmp = new Uint8Array(w * h);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    // Run lengths of set pixels to the left and right give the row minimum over the window.
    let run = 0;
    const left = new Int32Array(w);
    for (let x = 0; x < w; x++) left[x] = run = set[y * w + x] ? run + 1 : 0;
    run = 0;
    for (let x = w - 1; x >= 0; x--) {
      run = set[y * w + x] ? run + 1 : 0;
      // A run that reaches the frame continues outside it.
      const l = left[x]! > x ? Infinity : left[x]!;
      const rr = run >= w - x ? Infinity : run;
      if (l > r && rr > r) tmp[y * w + x] = 1;
    }
  }
  for (let x = 0; x < w; x++) {
    let run = 0;
    const up = new Int32Array(h);
    for (let y = 0; y < h; y++) up[y] = run = tmp[y * w + x] ? run + 1 : 0;
    run = 0;
    for (let y = h - 1; y >= 0; y--) {
      run = tmp[y * w + x] ? run + 1 : 0;
      const u = up[y]! > y ? Infinity : up[y]!;
      const d = run >= h - y ? Infinity : run;
      if (u > r && d > r) out[y * w + x] = 1;
    }
  }
  return out;
}

/** Lab L of a backdrop light enough for a light product on it to have only a faint outline. */
const LIGHT_BACKDROP_L = 90;
/** Most a light part behind a narrow gap may be darker (median Lab L) than the backdrop; more is shadow. */
const SHADE = 15;
/** Least size of a light part behind a narrow gap, as a share of what the backdrop never reached. */
const MIN_PART = 0.005;

/** 4-connected regions of set pixels, as lists of indices. */
function regions(set: Uint8Array, w: number, h: number): number[][] {
  const seen = new Uint8Array(w * h);
  const out: number[][] = [];
  for (let s = 0; s < w * h; s++) {
    if (!set[s] || seen[s]) continue;
    seen[s] = 1;
    const part = [s];
    for (let k = 0; k < part.length; k++) {
      const i = part[k]!;
      const x = i % w;
      for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
        if (j < 0 || j >= w * h || !set[j] || seen[j]) continue;
        seen[j] = 1;
        part.push(j);
      }
    }
    out.push(part);
  }
  return out;
}

export function computeMatte(lab: LabImage, rgb: Uint8Array, channels: number): Matte {
  const { width: w, height: h } = lab;
  const n = w * h;
  const depth = Math.max(3, Math.round(Math.max(w, h) * 0.01));
  const { model } = backdropModel(lab, depth);

  // Distance to the backdrop; darkening within the allowance is shadow and costs nothing.
  const dist = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const dL = lab.L[i]! - model[0][i]!;
    const light = dL >= 0 ? dL : Math.max(0, -dL - SHADOW_ALLOWANCE);
    const da = lab.a[i]! - model[1][i]!;
    const db = lab.b[i]! - model[2][i]!;
    dist[i] = Math.sqrt(light * light + da * da + db * db);
  }

  // Local change: the largest squared Lab step to a 4-neighbour.
  const grad2 = new Float32Array(n);
  const { L, a, b } = lab;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (x + 1 < w) {
        const dl = L[i]! - L[i + 1]!;
        const da = a[i]! - a[i + 1]!;
        const db = b[i]! - b[i + 1]!;
        const d = dl * dl + da * da + db * db;
        if (d > grad2[i]!) grad2[i] = d;
        if (d > grad2[i + 1]!) grad2[i + 1] = d;
      }
      if (y + 1 < h) {
        const j = i + w;
        const dl = L[i]! - L[j]!;
        const da = a[i]! - a[j]!;
        const db = b[i]! - b[j]!;
        const d = dl * dl + da * da + db * db;
        if (d > grad2[i]!) grad2[i] = d;
        if (d > grad2[j]!) grad2[j] = d;
      }
    }
  }
  const edgeStop2 = EDGE_STOP * EDGE_STOP;
  const passable = (i: number): boolean => dist[i]! < threshold && grad2[i]! < edgeStop2;

  // Border texture: plain distance (shadow allowance off) of border pixels to the model.
  const border: number[] = [];
  let borderPassable = 0;
  for (let y = 0; y < h; y++) {
    const inner = y >= depth && y < h - depth;
    for (let x = 0; x < w; x++) {
      if (inner && x === depth) x = w - depth;
      const i = y * w + x;
      if (dist[i]! < 16 && grad2[i]! < edgeStop2) borderPassable++;
      const dl = L[i]! - model[0][i]!;
      const da = a[i]! - model[1][i]!;
      const db = b[i]! - model[2][i]!;
      border.push(Math.sqrt(dl * dl + da * da + db * db));
    }
  }
  const borderNoise = median(border);
  // A rendered or retouched backdrop is exactly flat (nine in ten border pixels on the model):
  // there any step off it is the product, so the outline's contrast is measured against steps
  // FLAT_SCALE times those made for photographed backdrops (the white bag's outline on white is
  // pure white pixels next to a 2.2 Lab per pixel step: contrast 1.08 for a photo, 2.2 here).
  const sorted = border.slice().sort((x, y) => x - y);
  const flat = (sorted[Math.floor(sorted.length * 0.9)] ?? 0) < FLAT_NOISE;
  const borderBackdropShare = borderPassable / Math.max(1, border.length);
  const threshold = Math.min(16, Math.max(7, 5 + 3 * borderNoise));

  // Grow the backdrop from the border, first only through channels at least 2 * GAP + 1 work
  // pixels wide: a white sleeve on white whose faint outline has a gap is reached by a plain flood
  // through that gap, but not by a wide one. What only the plain flood reaches is product by shape.
  const open = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (passable(i)) open[i] = 1;
  const core = erode(open, w, h, GAP);
  const wide = new Uint8Array(n);
  floodFromBorder(wide, core, w, h);
  const bg = dilate(wide, w, h, GAP, open);
  const plain = new Uint8Array(n);
  floodFromBorder(plain, open, w, h);
  const byShape = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (plain[i] && !bg[i]) byShape[i] = 1;
  // Only a light part on a light backdrop is kept by shape: there the outline is faint and a gap
  // in it is likely. Elsewhere what lies behind a narrow gap is backdrop: a shadow beside the
  // product (darker), the space between a bike's spokes or a cactus's spines (small, or on a
  // dark or coloured backdrop). Measured on photos-2: the polo's white sleeve (two regions of
  // 1% of the shirt each, 6-7 L darker than its white backdrop) and the coffee bag's crimped top
  // (1.4%, 12 L darker) are light parts; the TLR camera's floor shadow (0.5%, 19 L darker) is not.
  let solid = 0;
  for (let i = 0; i < n; i++) if (!open[i]) solid++;
  for (const part of regions(byShape, w, h)) {
    const backdropL = median(part.map((i) => model[0][i]!));
    const darkening = backdropL - median(part.map((i) => L[i]!));
    const light = backdropL >= LIGHT_BACKDROP_L && darkening <= SHADE && part.length >= solid * MIN_PART;
    if (!light) for (const i of part) bg[i] = 1;
  }
  for (let i = 0; i < n; i++) if (bg[i]) byShape[i] = 0;

  // The edge stop leaves a rim of backdrop-coloured pixels where the blurred outline ramps up;
  // peel it with the colour test alone, so no halo of old backdrop remains. Rims darker than the
  // backdrop (shadows, reflections on the table) are peeled deeper than bright ones, which may be
  // a glossy product mirroring the backdrop.
  for (let step = 1; step <= SHADOW_PEEL; step++) {
    // Pixels peeled in this step are marked 2 so they do not spread within the same step.
    for (let i = 0; i < n; i++) {
      if (bg[i] || dist[i]! >= threshold) continue;
      if (step > PEEL) {
        // Deeper peeling only for a mild darkening: a much darker rim is more likely product.
        const dl = L[i]! - model[0][i]!;
        if (dl >= 0 || dl < -SHADOW_PEEL_DEPTH) continue;
      }
      const x = i % w;
      const touches =
        (x > 0 && bg[i - 1] === 1) ||
        (x < w - 1 && bg[i + 1] === 1) ||
        (i >= w && bg[i - w] === 1) ||
        (i + w < n && bg[i + w] === 1);
      if (touches) bg[i] = 2;
    }
    for (let i = 0; i < n; i++) if (bg[i] === 2) bg[i] = 1;
  }

  // Label what the backdrop did not reach (8-connected); keep the main component(s).
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  const label = new Int32Array(n);
  const areas: number[] = [0];
  for (let s = 0; s < n; s++) {
    if (bg[s] || label[s]) continue;
    const id = areas.length;
    let area = 0;
    head = 0;
    tail = 0;
    queue[tail++] = s;
    label[s] = id;
    while (head < tail) {
      const i = queue[head++]!;
      area++;
      const x = i % w;
      const up = i >= w;
      const down = i + w < n;
      const l = x > 0;
      const r = x < w - 1;
      if (l && !bg[i - 1] && !label[i - 1]) {
        label[i - 1] = id;
        queue[tail++] = i - 1;
      }
      if (r && !bg[i + 1] && !label[i + 1]) {
        label[i + 1] = id;
        queue[tail++] = i + 1;
      }
      if (up) {
        const j = i - w;
        if (!bg[j] && !label[j]) {
          label[j] = id;
          queue[tail++] = j;
        }
        if (l && !bg[j - 1] && !label[j - 1]) {
          label[j - 1] = id;
          queue[tail++] = j - 1;
        }
        if (r && !bg[j + 1] && !label[j + 1]) {
          label[j + 1] = id;
          queue[tail++] = j + 1;
        }
      }
      if (down) {
        const j = i + w;
        if (!bg[j] && !label[j]) {
          label[j] = id;
          queue[tail++] = j;
        }
        if (l && !bg[j - 1] && !label[j - 1]) {
          label[j - 1] = id;
          queue[tail++] = j - 1;
        }
        if (r && !bg[j + 1] && !label[j + 1]) {
          label[j + 1] = id;
          queue[tail++] = j + 1;
        }
      }
    }
    areas.push(area);
  }
  const largest = Math.max(0, ...areas);
  const keep = areas.map((a) => a > 0 && a >= largest * 0.15);
  const mask = new Uint8Array(n);
  let productArea = 0;
  let strayArea = 0;
  for (let i = 0; i < n; i++) {
    const id = label[i]!;
    if (!id) continue;
    if (keep[id]) {
      mask[i] = 1;
      productArea++;
    } else strayArea++;
  }

  // Outline contrast: how clearly the kept product stands out where it meets the backdrop.
  const k = flat ? FLAT_SCALE : 1;
  const outline: number[] = [];
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      if (!mask[i]) continue;
      if (bg[i - 1] || bg[i + 1] || bg[i - w] || bg[i + w])
        outline.push(Math.max(dist[i]! / (threshold * k), Math.sqrt(grad2[i]!) / (EDGE_STOP * k)));
    }
  }
  const edgeContrast = outline.length ? median(outline) : 0;

  // Backdrop colour for white balance: per-channel median of reached backdrop pixels (histograms).
  const hist = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let reached = 0;
  for (let i = 0; i < n; i++) {
    if (!bg[i]) continue;
    reached++;
    hist[0]![rgb[i * channels]!]!++;
    hist[1]![rgb[i * channels + 1]!]!++;
    hist[2]![rgb[i * channels + 2]!]!++;
  }
  const histMedian = (hst: Uint32Array): number => {
    let acc = 0;
    for (let v = 0; v < 256; v++) if ((acc += hst[v]!) * 2 >= reached) return v;
    return 255;
  };
  const backdrop: Rgb = [histMedian(hist[0]!), histMedian(hist[1]!), histMedian(hist[2]!)];

  const productShare = productArea / n;
  const strayShare = strayArea / Math.max(1, productArea + strayArea);
  const measures: MatteMeasures = {
    borderNoise,
    borderBackdropShare,
    productShare,
    edgeContrast,
    strayShare,
    threshold,
  };
  const scores: { score: number; why: string }[] = [
    {
      score: ramp(borderNoise, 0.8, 2),
      why: `the backdrop along the border is textured (median Lab distance ${borderNoise.toFixed(1)}, plain backdrops stay under 0.8)`,
    },
    {
      score: ramp(borderBackdropShare, 0.9, 0.6),
      why: `only ${(borderBackdropShare * 100).toFixed(0)}% of the border looks like one smooth backdrop (needs 90%)`,
    },
    {
      score: productShare < 0.01 ? ramp(productShare, 0.01, 0.002) : ramp(productShare, 0.75, 0.9),
      why: `the separated product covers ${(productShare * 100).toFixed(1)}% of the photo (expected 1% to 75%)`,
    },
    {
      score: ramp(edgeContrast, 1.25, 1),
      why: `the product's outline barely stands out from the backdrop (contrast ${edgeContrast.toFixed(2)}, needs 1.25)`,
    },
    {
      score: ramp(strayShare, 0.05, 0.4),
      why: `${(strayShare * 100).toFixed(0)}% of the non-backdrop area is scattered clutter (allowed 5%)`,
    },
  ];
  scores.sort((x, y) => x.score - y.score);
  const confidence = scores[0]!.score;
  const concerns = scores.filter((s) => s.score < 1).map((s) => s.why);
  const removable = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (dist[i]! < threshold * 1.5 && !byShape[i]) removable[i] = 1;
  return { width: w, height: h, mask, removable, backdrop, confidence, measures, concerns };
}
