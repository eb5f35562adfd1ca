/**
 * Graph-cut refinement of the backdrop matte (GrabCut, OpenCV's WebAssembly build). The matte from
 * matte.ts seeds it: its product is "probably product", a band around it "probably backdrop", the
 * rest certainly backdrop. GrabCut then learns colour models of both and cuts along the product's
 * own edges, which removes what the flood fill had to keep: a cast shadow behind a hard edge,
 * backdrop seen through openings, the rim of a coloured backdrop.
 */
import { createRequire } from 'node:module';
import { dilate } from './dilate.js';
import { components } from './regions.js';

/** The small part of OpenCV.js this module uses (the package's own types need another package). */
interface CvMat {
  data: Uint8Array;
  delete(): void;
}
interface Cv {
  Mat: new () => CvMat;
  Rect: new (x: number, y: number, w: number, h: number) => unknown;
  CV_8UC1: number;
  CV_8UC3: number;
  GC_INIT_WITH_MASK: number;
  setRNGSeed(seed: number): void;
  matFromArray(rows: number, cols: number, type: number, data: ArrayLike<number>): CvMat;
  grabCut(
    img: CvMat,
    mask: CvMat,
    rect: unknown,
    bgd: CvMat,
    fgd: CvMat,
    iterations: number,
    mode: number,
  ): void;
  onRuntimeInitialized?: () => void;
}

/** Boxed: the Emscripten module is a thenable, and awaiting it directly never settles. */
let loading: Promise<{ cv: Cv }> | undefined;

/** Loads OpenCV.js once per process (about 0.3 s); later calls share it. Boxed for the reason above. */
export function loadOpenCv(): Promise<{ cv: Cv }> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const cv = require('@techstark/opencv-js') as Cv;
    if (typeof cv.Mat !== 'function') {
      await new Promise<void>((resolve) => (cv.onRuntimeInitialized = resolve));
    }
    return { cv };
  })();
  return loading;
}

/** GrabCut's labels. */
const BGD = 0;
const FGD = 1;
const PR_BGD = 2;
const PR_FGD = 3;
/** Width of the "probably backdrop" band around the seed, as a share of the work image's long edge. */
const BAND = 0.04;
const ITERATIONS = 3;
const RNG_SEED = 17;

export interface Refined {
  /** 1 = product, same size as the seed. */
  mask: Uint8Array;
  /** Share of the seed's product the cut gave to the backdrop. */
  removed: number;
  /** Area the cut added outside the seed, as a share of the seed's product. */
  added: number;
}

/**
 * Refines `seed` (1 = product) on the RGB work image; only `removable` pixels may leave the product. Only the box around the seed and its band is
 * cut: the rest is certainly backdrop, and GrabCut's cost grows with the pixels it sees.
 */
export async function refineMatte(
  rgb: Uint8Array,
  channels: number,
  seed: Uint8Array,
  w: number,
  h: number,
  removable?: Uint8Array,
): Promise<Refined> {
  const { cv } = await loadOpenCv();
  const r = Math.max(3, Math.round(Math.max(w, h) * BAND));
  const near = dilate(seed, w, h, r);
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!near[y * w + x]) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  const mask = new Uint8Array(w * h);
  if (x1 < 0) return { mask, removed: 1, added: 0 };
  // One pixel of certain backdrop around the crop where the frame allows, so both models have samples.
  x0 = Math.max(0, x0 - 1);
  y0 = Math.max(0, y0 - 1);
  x1 = Math.min(w - 1, x1 + 1);
  y1 = Math.min(h - 1, y1 + 1);
  const cw = x1 - x0 + 1;
  const ch = y1 - y0 + 1;
  const img = new Uint8Array(cw * ch * 3);
  const labels = new Uint8Array(cw * ch);
  for (let y = 0; y < ch; y++)
    for (let x = 0; x < cw; x++) {
      const i = (y + y0) * w + x + x0;
      const k = y * cw + x;
      img[k * 3] = rgb[i * channels]!;
      img[k * 3 + 1] = rgb[i * channels + 1]!;
      img[k * 3 + 2] = rgb[i * channels + 2]!;
      labels[k] = seed[i] ? PR_FGD : near[i] ? PR_BGD : BGD;
    }
  const imgMat = cv.matFromArray(ch, cw, cv.CV_8UC3, img);
  const maskMat = cv.matFromArray(ch, cw, cv.CV_8UC1, labels);
  const bgd = new cv.Mat();
  const fgd = new cv.Mat();
  try {
    // GrabCut seeds its colour models with k-means from OpenCV's global generator: reset it so
    // the same photo always gives the same cut, whatever ran before in this process.
    cv.setRNGSeed(RNG_SEED);
    cv.grabCut(imgMat, maskMat, new cv.Rect(0, 0, 1, 1), bgd, fgd, ITERATIONS, cv.GC_INIT_WITH_MASK);
    const out = maskMat.data;
    for (let y = 0; y < ch; y++)
      for (let x = 0; x < cw; x++) {
        const v = out[y * cw + x];
        if (v === FGD || v === PR_FGD) mask[(y + y0) * w + x + x0] = 1;
      }
  } finally {
    imgMat.delete();
    maskMat.delete();
    bgd.delete();
    fgd.delete();
  }
  let added = 0;
  for (let i = 0; i < w * h; i++) if (!seed[i] && mask[i]) added++;
  if (removable) keepUnremovable(mask, seed, removable, w, h);
  clean(mask, w, h);
  // Disagreement is measured after the limits: a white bag's body on white, which the colour
  // models give to the backdrop, is kept by them and is no disagreement; a dark bike on dark grey
  // loses 81% of its matte either way.
  let seedArea = 0;
  let removed = 0;
  for (let i = 0; i < w * h; i++) {
    if (!seed[i]) continue;
    seedArea++;
    if (!mask[i]) removed++;
  }
  return { mask, removed: removed / Math.max(1, seedArea), added: added / Math.max(1, seedArea) };
}

/** Share of the seed's height, from its bottom, where a cast shadow on the floor can lie. */
const FLOOR_BAND = 0.25;
/** Share of a taken part that must lie in the floor band for it to be a cast shadow. */
const FLOOR_SHARE = 0.25;

/**
 * Limits what the cut may take from the product. A part it takes is accepted when it reaches the
 * frame's edge (a strip of backdrop the flood fill could not peel there); when it is an enclosed
 * opening or reaches the bottom quarter of the product, where a cast shadow lies on the floor, only
 * its pixels that could be backdrop or shadow by colour go. A light part
 * higher up (the mouse's silver shell, mirroring its grey backdrop) thus stays product.
 */
function keepUnremovable(
  mask: Uint8Array,
  seed: Uint8Array,
  removable: Uint8Array,
  w: number,
  h: number,
): void {
  let top = h;
  let bottom = -1;
  for (let i = 0; i < w * h; i++) {
    if (!seed[i]) continue;
    const y = (i - (i % w)) / w;
    if (y < top) top = y;
    bottom = y;
  }
  const floor = bottom - (bottom - top) * FLOOR_BAND;
  const taken = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) if (seed[i] && !mask[i]) taken[i] = 1;
  const parts = components(taken, w, h, 1);
  const atFrame = new Uint8Array(parts.areas.length);
  for (let x = 0; x < w; x++) {
    atFrame[parts.label[x]!] = 1;
    atFrame[parts.label[(h - 1) * w + x]!] = 1;
  }
  for (let y = 0; y < h; y++) {
    atFrame[parts.label[y * w]!] = 1;
    atFrame[parts.label[y * w + w - 1]!] = 1;
  }
  const inFloor = new Int32Array(parts.areas.length);
  // Enclosed openings: parts whose every neighbour outside the part is kept product.
  const open = new Uint8Array(parts.areas.length).fill(1);
  for (let i = 0; i < w * h; i++) {
    const id = parts.label[i]!;
    if (!id) continue;
    const y = (i - (i % w)) / w;
    if (y >= floor) inFloor[id]!++;
    const x = i % w;
    const around = [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w];
    for (const j of around) if (j >= 0 && j < w * h && !taken[j] && !seed[j]) open[id] = 0;
  }
  // A cast shadow lies mostly in the floor band; a part reaching up from it is the product's own
  // (a white bag's body on white, which the colour models cannot tell from the backdrop).
  const onFloor = parts.areas.map((area, id) => inFloor[id]! >= area * FLOOR_SHARE);
  for (let i = 0; i < w * h; i++) {
    const id = parts.label[i]!;
    if (!id) continue;
    const accepted = atFrame[id] || ((onFloor[id] || open[id]) && removable[i]);
    if (!accepted) mask[i] = 1;
  }
}

/**
 * Share of the product an enclosed hole must reach to be an opening (a handle, a frame) rather than
 * a light print the colour models confused with a white backdrop (the polo's white badge).
 */
const MIN_OPENING = 0.03;

/** Fills enclosed holes too small to be openings, then drops specks (under 15% of the largest part). */
function clean(mask: Uint8Array, w: number, h: number): void {
  let area = 0;
  for (let i = 0; i < w * h; i++) area += mask[i]!;
  // Holes first: a badge the cut emptied is filled whole, islands (its emblem) included.
  const holes = components(mask, w, h, 0);
  const touches = new Uint8Array(holes.areas.length);
  for (let x = 0; x < w; x++) {
    touches[holes.label[x]!] = 1;
    touches[holes.label[(h - 1) * w + x]!] = 1;
  }
  for (let y = 0; y < h; y++) {
    touches[holes.label[y * w]!] = 1;
    touches[holes.label[y * w + w - 1]!] = 1;
  }
  for (let i = 0; i < w * h; i++) {
    const id = holes.label[i]!;
    if (id && !touches[id] && holes.areas[id]! < area * MIN_OPENING) mask[i] = 1;
  }
  const parts = components(mask, w, h, 1);
  const largest = Math.max(0, ...parts.areas);
  for (let i = 0; i < w * h; i++) {
    const id = parts.label[i]!;
    if (id && parts.areas[id]! < largest * 0.15) mask[i] = 0;
  }
}
