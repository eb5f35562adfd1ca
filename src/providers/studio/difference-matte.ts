/**
 * Difference matte at full resolution, for the photos where the 512 px backdrop matte and the
 * graph cut disagree: a dark product on a dark sweep (the bike) and a light product on a light
 * one (the white USB cable). Both colour models overlap there, but the backdrop itself is smooth:
 * a light falloff or vignette and JPEG noise of a fraction of a Lab unit. Modelled as a smooth
 * surface fitted to the pixels that are not product, the backdrop explains itself to within a few
 * noise levels, and whatever differs from it by more is product, thin spokes and a faint cable
 * edge included. Cast shadows (darker, same hue, soft) are backdrop; backdrop seen through
 * openings stays backdrop on a dark or coloured backdrop; on a light one an enclosed region of
 * backdrop colour is a white surface of the product (the plug's white body) and is kept.
 *
 * Not used by the compositor yet: on the two photos it was made for it is not good enough to
 * publish (measured in docs/studio/README.md, "Difference matte"), and those photos stay refused.
 */
import type { LabImage } from './colour.js';
import { dilate } from './dilate.js';

/** Cells of the backdrop surface along the long edge: a vignette is smooth at this scale. */
const CELLS = 12;
/** Least share of a cell's pixels that must be backdrop for the cell to be measured. */
const CELL_SHARE = 0.2;
/** Rounds of fitting the surface and re-marking what differs from it. */
const ROUNDS = 4;
/** Least Lab distance that is product, whatever the noise: JPEG blocks on a smooth sweep reach ~2. */
const MIN_DIFF = 2.5;
/** Lab distance up to which a pixel next to product (within REACH) may still join it: a faint edge. */
const WEAK_DIFF = 1.5;
/** Share of the long edge the product may grow into weak differences: the lit side of a cable. */
const REACH = 0.005;
/** Least Lab distance of the seeds a product part grows from. */
const SEED_DIFF = 5;
/** A shadow darkens the backdrop to at least this share of its Lab L, keeping its hue. */
const SHADOW_MIN_RATIO = 0.2;
/** Most Lab chroma change in a shadow. */
const SHADOW_CHROMA = 3;
/** Steepest Lab L change per pixel (over 2 px either side) in a soft shadow; a product's edge is steeper. */
const SHADOW_SLOPE = 0.6;
/** Parts under this share of the largest part are specks. */
const SPECK = 0.02;
/** Lab L of a light backdrop, on which an enclosed region of backdrop colour is the product's own surface. */
const LIGHT_L = 85;
/** Least share of the border the backdrop surface must explain. */
const MIN_BORDER_SHARE = 0.9;
/** Most noise (Lab) of a backdrop smooth enough for this matte. */
const MAX_NOISE = 1.5;

export interface DifferenceMatte {
  /** 1 = product, at the input's size. */
  mask: Uint8Array;
  /** Share of the frame that is product. */
  productShare: number;
  /** Robust noise of the backdrop around its surface (Lab). */
  noise: number;
  /** Share of the border the surface explains. */
  borderShare: number;
  /** Why the matte cannot be trusted; empty when it can. */
  concerns: string[];
}

type Planes = [Float32Array, Float32Array, Float32Array];

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort((x, y) => x - y);
  return s[s.length >> 1]!;
}

/** Per-cell medians of the pixels not flagged; cells with too few are filled from their neighbours. */
function cellMedians(lab: LabImage, flag: Uint8Array, cell: number, gw: number, gh: number): Planes {
  const { width: w, height: h } = lab;
  const planes = [lab.L, lab.a, lab.b];
  const grid: Planes = [new Float32Array(gw * gh), new Float32Array(gw * gh), new Float32Array(gw * gh)];
  let have = new Uint8Array(gw * gh);
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      const vals: number[][] = [[], [], []];
      let total = 0;
      for (let y = gy * cell; y < Math.min(h, (gy + 1) * cell); y += 2)
        for (let x = gx * cell; x < Math.min(w, (gx + 1) * cell); x += 2) {
          total++;
          const i = y * w + x;
          if (!flag[i]) for (let c = 0; c < 3; c++) vals[c]!.push(planes[c]![i]!);
        }
      if (vals[0]!.length < total * CELL_SHARE) continue;
      have[gy * gw + gx] = 1;
      for (let c = 0; c < 3; c++) grid[c]![gy * gw + gx] = median(vals[c]!);
    }
  for (let pass = 0; pass < gw + gh && have.includes(0); pass++) {
    const next = have.slice();
    for (let k = 0; k < gw * gh; k++) {
      if (have[k]) continue;
      const gx = k % gw;
      const near = [gx > 0 ? k - 1 : -1, gx < gw - 1 ? k + 1 : -1, k - gw, k + gw];
      const known = near.filter((j) => j >= 0 && j < gw * gh && have[j]);
      if (!known.length) continue;
      next[k] = 1;
      for (let c = 0; c < 3; c++) grid[c]![k] = known.reduce((s, j) => s + grid[c]![j]!, 0) / known.length;
    }
    have = next;
  }
  return grid;
}

/** The cell grid interpolated bilinearly between cell centres, per pixel. */
function surface(grid: Planes, w: number, h: number, cell: number, gw: number, gh: number): Planes {
  const out: Planes = [new Float32Array(w * h), new Float32Array(w * h), new Float32Array(w * h)];
  const axis = (v: number, n: number): [number, number, number] => {
    const f = Math.min(n - 1, Math.max(0, (v + 0.5) / cell - 0.5));
    const i0 = Math.floor(f);
    return [i0, Math.min(n - 1, i0 + 1), f - i0];
  };
  for (let y = 0; y < h; y++) {
    const [y0, y1, ty] = axis(y, gh);
    for (let x = 0; x < w; x++) {
      const [x0, x1, tx] = axis(x, gw);
      for (let c = 0; c < 3; c++) {
        const g = grid[c]!;
        const top = g[y0 * gw + x0]! * (1 - tx) + g[y0 * gw + x1]! * tx;
        const bottom = g[y1 * gw + x0]! * (1 - tx) + g[y1 * gw + x1]! * tx;
        out[c]![y * w + x] = top * (1 - ty) + bottom * ty;
      }
    }
  }
  return out;
}

/** Fits the backdrop surface, re-marking what differs from it; returns the surface, distances and noise. */
function fitBackdrop(lab: LabImage): { model: Planes; dist: Float32Array; noise: number } {
  const { width: w, height: h } = lab;
  const n = w * h;
  const cell = Math.ceil(Math.max(w, h) / CELLS);
  const gw = Math.ceil(w / cell);
  const gh = Math.ceil(h / cell);
  let flag: Uint8Array = new Uint8Array(n);
  let model = surface(cellMedians(lab, flag, cell, gw, gh), w, h, cell, gw, gh);
  const dist = new Float32Array(n);
  let noise = 0;
  for (let round = 0; round < ROUNDS; round++) {
    if (round) model = surface(cellMedians(lab, flag, cell, gw, gh), w, h, cell, gw, gh);
    const residuals: number[] = [];
    for (let i = 0; i < n; i++) {
      dist[i] = Math.hypot(lab.L[i]! - model[0][i]!, lab.a[i]! - model[1][i]!, lab.b[i]! - model[2][i]!);
      if (!flag[i] && i % 7 === 0) residuals.push(dist[i]!);
    }
    noise = median(residuals) * 1.4826;
    const limit = Math.max(WEAK_DIFF, 4 * noise);
    const marked = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (dist[i]! > limit) marked[i] = 1;
    // Edges ramp into the backdrop: keep their soft tails out of the next fit too.
    flag = dilate(marked, w, h, 3);
  }
  return { model, dist, noise };
}

/** 1 where a pixel looks like a soft cast shadow on the backdrop: darker, same hue, slowly changing. */
function shadowLike(lab: LabImage, model: Planes): Uint8Array {
  const { width: w, height: h, L } = lab;
  const out = new Uint8Array(w * h);
  const r = 2;
  for (let y = r; y < h - r; y++)
    for (let x = r; x < w - r; x++) {
      const i = y * w + x;
      const Lb = model[0][i]!;
      if (L[i]! >= Lb || L[i]! < SHADOW_MIN_RATIO * Lb) continue;
      if (Math.hypot(lab.a[i]! - model[1][i]!, lab.b[i]! - model[2][i]!) > SHADOW_CHROMA) continue;
      const slope =
        Math.max(Math.abs(L[i + r]! - L[i - r]!), Math.abs(L[i + r * w]! - L[i - r * w]!)) / (2 * r);
      if (slope < SHADOW_SLOPE) out[i] = 1;
    }
  return out;
}

/** 4-connected components of pixels equal to `value`: labels (0 = other) and areas by label. */
function components(
  mask: Uint8Array,
  w: number,
  h: number,
  value: number,
): { label: Int32Array; areas: number[] } {
  const n = w * h;
  const label = new Int32Array(n);
  const areas = [0];
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (mask[s] !== value || label[s]) continue;
    const id = areas.length;
    let tail = 0;
    queue[tail++] = s;
    label[s] = id;
    for (let head = 0; head < tail; head++) {
      const i = queue[head]!;
      const x = i % w;
      for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
        if (j < 0 || j >= n || mask[j] !== value || label[j]) continue;
        label[j] = id;
        queue[tail++] = j;
      }
    }
    areas.push(tail);
  }
  return { label, areas };
}

/** Grows product from strong seeds over `allowed` (8-connected), then `reach` steps further over `weak`. */
function grow(
  seeds: Uint8Array,
  allowed: Uint8Array,
  weak: Uint8Array,
  w: number,
  h: number,
  reach: number,
): Uint8Array {
  const n = w * h;
  const out = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++)
    if (seeds[i] && allowed[i]) {
      out[i] = 1;
      queue[tail++] = i;
    }
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    const x = i % w;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const j = i + dy * w + dx;
        if (x + dx < 0 || x + dx >= w || j < 0 || j >= n || out[j] || !allowed[j]) continue;
        out[j] = 1;
        queue[tail++] = j;
      }
  }
  let front = Array.from(queue.subarray(0, tail));
  for (let step = 0; step < reach && front.length; step++) {
    const next: number[] = [];
    for (const i of front) {
      const x = i % w;
      for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
        if (j < 0 || j >= n || out[j] || !weak[j]) continue;
        out[j] = 1;
        next.push(j);
      }
    }
    front = next;
  }
  return out;
}

/** Longest gap (share of the long edge) between two product pixels that a shadow-like run may fill. */
const BRIDGE = 0.03;

/**
 * Fills short row and column runs of pixels unlike the backdrop that lie between product pixels:
 * the shaded side of a white cable is as dark and as smooth as a cast shadow, but a cast shadow
 * lies beside the product, with backdrop beyond it, not between two of its edges.
 */
function bridge(
  mask: Uint8Array,
  dist: Float32Array,
  w: number,
  h: number,
  limit: number,
  longest: number,
): void {
  const fill = new Uint8Array(w * h);
  const scan = (start: number, step: number, count: number): void => {
    let last = -1;
    for (let k = 0; k < count; k++) {
      const i = start + k * step;
      if (mask[i]) {
        if (last >= 0 && k - last > 1 && k - last <= longest)
          for (let j = last + 1; j < k; j++) fill[start + j * step] = 1;
        last = k;
      } else if (dist[i]! <= limit) last = -1;
    }
  };
  for (let y = 0; y < h; y++) scan(y * w, 1, w);
  for (let x = 0; x < w; x++) scan(x, w, h);
  for (let i = 0; i < w * h; i++) if (fill[i]) mask[i] = 1;
}

/** 3x3 majority vote: smooths an outline that follows noise pixel by pixel; lines two pixels wide stay. */
function majority(mask: Uint8Array, w: number, h: number): Uint8Array {
  const out = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      let sum = 0;
      for (let dy = -w; dy <= w; dy += w) sum += mask[i + dy - 1]! + mask[i + dy]! + mask[i + dy + 1]!;
      out[i] = sum >= 5 ? 1 : 0;
    }
  for (let x = 0; x < w; x++) {
    out[x] = mask[x]!;
    out[(h - 1) * w + x] = mask[(h - 1) * w + x]!;
  }
  for (let y = 0; y < h; y++) {
    out[y * w] = mask[y * w]!;
    out[y * w + w - 1] = mask[y * w + w - 1]!;
  }
  return out;
}

/**
 * Drops specks, then fills enclosed holes that are product: on a light backdrop every one (a white
 * surface the backdrop cannot be told from), elsewhere those mostly unlike the backdrop (a lit
 * stripe on a dark tube); the rest are openings and stay backdrop (the sweep between spokes).
 */
function tidy(
  mask: Uint8Array,
  dist: Float32Array,
  w: number,
  h: number,
  limit: number,
  light: boolean,
): void {
  const parts = components(mask, w, h, 1);
  const largest = Math.max(0, ...parts.areas);
  for (let i = 0; i < w * h; i++) if (mask[i] && parts.areas[parts.label[i]!]! < largest * SPECK) mask[i] = 0;
  const holes = components(mask, w, h, 0);
  const outside = new Uint8Array(holes.areas.length);
  for (let x = 0; x < w; x++) outside[holes.label[x]!] = outside[holes.label[(h - 1) * w + x]!] = 1;
  for (let y = 0; y < h; y++) outside[holes.label[y * w]!] = outside[holes.label[y * w + w - 1]!] = 1;
  const unlike = new Float64Array(holes.areas.length);
  for (let i = 0; i < w * h; i++) if (holes.label[i] && dist[i]! > limit) unlike[holes.label[i]!]! += 1;
  for (let i = 0; i < w * h; i++) {
    const id = holes.label[i]!;
    if (!id || outside[id]) continue;
    if (light || unlike[id]! >= holes.areas[id]! / 2) mask[i] = 1;
  }
}

/** Share of border pixels the surface explains (within `limit`) or that are product reaching the frame. */
function borderShare(dist: Float32Array, mask: Uint8Array, w: number, h: number, limit: number): number {
  let total = 0;
  let explained = 0;
  const count = (i: number): void => {
    total++;
    if (dist[i]! <= limit || mask[i]) explained++;
  };
  for (let x = 0; x < w; x++) {
    count(x);
    count((h - 1) * w + x);
  }
  for (let y = 1; y < h - 1; y++) {
    count(y * w);
    count(y * w + w - 1);
  }
  return explained / Math.max(1, total);
}

/** The difference matte of a photo's Lab planes (see the module comment). */
export function differenceMatte(lab: LabImage): DifferenceMatte {
  const { width: w, height: h } = lab;
  const n = w * h;
  const { model, dist, noise } = fitBackdrop(lab);
  const limit = Math.max(MIN_DIFF, 4 * noise);
  const shadow = shadowLike(lab, model);
  const seeds = new Uint8Array(n);
  const allowed = new Uint8Array(n);
  const weak = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (shadow[i]) continue;
    if (dist[i]! > limit) allowed[i] = 1;
    if (dist[i]! > Math.max(SEED_DIFF, 10 * noise)) seeds[i] = 1;
    if (dist[i]! > Math.max(WEAK_DIFF, 4 * noise)) weak[i] = 1;
  }
  const grown = grow(seeds, allowed, weak, w, h, Math.round(Math.max(w, h) * REACH));
  bridge(grown, dist, w, h, limit, Math.round(Math.max(w, h) * BRIDGE));
  const backdropL = median(
    Array.from({ length: 2001 }, (_, k) => model[0][Math.floor((k * (n - 1)) / 2000)]!),
  );
  // Holes first: the vote would open a one-pixel outline round a white plug body.
  tidy(grown, dist, w, h, limit, backdropL >= LIGHT_L);
  const mask = majority(grown, w, h);
  let area = 0;
  for (let i = 0; i < n; i++) area += mask[i]!;
  const productShare = area / n;
  const border = borderShare(dist, mask, w, h, limit);
  const concerns: string[] = [];
  if (noise > MAX_NOISE)
    concerns.push(
      `the backdrop is not smooth (noise ${noise.toFixed(1)} Lab around its surface, at most ${MAX_NOISE})`,
    );
  if (border < MIN_BORDER_SHARE)
    concerns.push(
      `only ${(border * 100).toFixed(0)}% of the border is one smooth backdrop (needs ${MIN_BORDER_SHARE * 100}%)`,
    );
  if (backdropL < LIGHT_L)
    concerns.push(
      `the backdrop is not light (Lab L ${backdropL.toFixed(0)}, needs ${LIGHT_L}): on a dark sweep the difference matte keeps scraps of the floor shadow and of JPEG blocks round the product (measured on a black bike on dark grey)`,
    );
  if (productShare < 0.01 || productShare > 0.75)
    concerns.push(`the product covers ${(productShare * 100).toFixed(1)}% of the photo (expected 1% to 75%)`);
  return { mask, productShare, noise, borderShare: border, concerns };
}
