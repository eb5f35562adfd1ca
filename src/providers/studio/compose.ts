/**
 * The studio compositor: cut the product out of a supplier photo, balance it against its old
 * backdrop, and place it on a clean canvas with a soft contact shadow. Everything outside the
 * product and the shadow is written as the exact background colour.
 */
import sharp from 'sharp';
import { ProviderError } from '../types.js';
import { toLab } from './colour.js';
import { computeMatte, type MatteMeasures } from './matte.js';
import { refineMatte } from './refine.js';
import { dropShadeAdditions, withShadeFallback } from './shade-matte.js';
import { refusalReasons } from './frame-cut.js';
import { backgroundAt, canvasSize, parseBackground, type Align, type Background } from './options.js';

export interface ComposeOptions {
  aspect: string;
  /** Long edge of the canvas in px. */
  size: number;
  /** `#RRGGBB` or `linear(#top,#bottom)`. */
  background: string;
  shadow?: boolean;
  shadowStrength?: number;
  /** Share of the canvas the product's bounding box fills on its limiting side. */
  fill?: number;
  align?: Align;
  /** Below this matte confidence the photo is refused. */
  minConfidence?: number;
}

export interface RenderResult {
  /** Interleaved RGB, width*height*3. */
  raw: Buffer;
  width: number;
  height: number;
  fill: number;
  confidence: number;
  /** Where the matte came from. */
  matte: 'alpha' | 'backdrop';
  measures?: MatteMeasures;
  /** The product's box on the canvas. */
  productBox: { left: number; top: number; width: number; height: number };
}

export interface ComposeResult extends Omit<RenderResult, 'raw'> {
  png: Buffer;
}

export const STUDIO_DEFAULTS = {
  fill: 0.85,
  shadow: true,
  shadowStrength: 0.35,
  align: 'center' as Align,
  minConfidence: 0.7,
};

/** Larger photos are shrunk on decode: more pixels do not improve a canvas of at most a few thousand px. */
const MAX_SOURCE_EDGE = 4096;
/** Long edge of the copy the matte is computed on. */
const WORK_EDGE = 512;
/** Matte values below this (of 255) become 0, above 255 minus it become 255, so the background stays exact. */
const ALPHA_CUT = 8;

const REFUSAL_ADVICE =
  'supply a photo of the product on a plain, evenly lit backdrop (or with a transparent background), or use a hosted model for this shot';

function validate(options: ComposeOptions): Required<
  Omit<ComposeOptions, 'aspect' | 'size' | 'background'>
> & {
  bg: Background;
  width: number;
  height: number;
} {
  const fill = options.fill ?? STUDIO_DEFAULTS.fill;
  const strength = options.shadowStrength ?? STUDIO_DEFAULTS.shadowStrength;
  const align = options.align ?? STUDIO_DEFAULTS.align;
  try {
    if (!(fill > 0 && fill <= 1)) throw new Error(`studio fill ${fill} is outside 0..1: use e.g. 0.85`);
    if (!(strength >= 0 && strength <= 1))
      throw new Error(`studio shadowStrength ${strength} is outside 0..1: use e.g. 0.35`);
    if (!['center', 'bottom', 'top'].includes(align))
      throw new Error(`studio align "${align}" is not one of center, bottom, top`);
    return {
      fill,
      shadowStrength: strength,
      align,
      shadow: options.shadow ?? STUDIO_DEFAULTS.shadow,
      minConfidence: options.minConfidence ?? STUDIO_DEFAULTS.minConfidence,
      bg: parseBackground(options.background),
      ...canvasSize(options.aspect, options.size),
    };
  } catch (error) {
    throw new ProviderError('validation', (error as Error).message, { cause: error });
  }
}

interface Source {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

function undecodable(error: unknown): ProviderError {
  return new ProviderError(
    'refused',
    `studio could not decode the source photo (${(error as Error).message}): supply a JPEG, PNG, WebP or AVIF photo`,
    { cause: error },
  );
}

async function decode(photo: Buffer): Promise<Source> {
  try {
    const { data, info } = await sharp(photo, { failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: MAX_SOURCE_EDGE, height: MAX_SOURCE_EDGE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    throw undecodable(error);
  }
}

/** The small copy the matte is computed on, decoded straight from the file (JPEG shrink-on-load is fast). */
async function decodeSmall(photo: Buffer): Promise<Source> {
  try {
    const { data, info } = await sharp(photo, { failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: WORK_EDGE, height: WORK_EDGE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .removeAlpha()
      // Smooths sensor and JPEG noise so only real edges stop the backdrop's growth.
      .blur(1)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    throw undecodable(error);
  }
}

/** The small copy from an already decoded photo (one whose alpha turned out not to matter). */
async function shrink(src: Source): Promise<Source> {
  const { data, info } = await sharp(src.data, {
    raw: { width: src.width, height: src.height, channels: src.channels as 3 | 4 },
  })
    .removeAlpha()
    .resize({ width: WORK_EDGE, height: WORK_EDGE, fit: 'inside', withoutEnlargement: true })
    .blur(1)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** A transparent background is only meaningful when most of the border is transparent and some of the photo is not. */
function alphaIsMeaningful(src: Source): boolean {
  if (src.channels !== 4) return false;
  const { data, width: w, height: h } = src;
  let border = 0;
  let clear = 0;
  const look = (x: number, y: number): void => {
    border++;
    if (data[(y * w + x) * 4 + 3]! < 128) clear++;
  };
  for (let x = 0; x < w; x++) {
    look(x, 0);
    look(x, h - 1);
  }
  for (let y = 0; y < h; y++) {
    look(0, y);
    look(w - 1, y);
  }
  let opaque = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! >= 128) opaque++;
  const share = opaque / (w * h);
  return clear / border >= 0.5 && share > 0.002 && share < 0.98;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boundingBox(alpha: Uint8Array, w: number, h: number, stride = 1, offset = 0): Box | undefined {
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0, i = y * w * stride + offset; x < w; x++, i += stride) {
      if (alpha[i]! < ALPHA_CUT) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  return x1 < 0 ? undefined : { x0, y0, x1, y1 };
}

/** The product at its canvas size: RGB with `channels` per pixel, and its matte. */
interface Product {
  rgb: Buffer;
  channels: number;
  alpha: Buffer;
  alphaStride: number;
  alphaOffset: number;
  width: number;
  height: number;
  /** Where the product's bounding box lies inside this image (the rest is transparent margin). */
  box: { x: number; y: number; width: number; height: number };
  gains: [number, number, number];
  confidence: number;
  measures?: MatteMeasures;
}

interface Frame {
  W: number;
  H: number;
  fill: number;
}

/** Size of the product's box on the canvas: its limiting side fills `fill`. */
function fitBox(bw: number, bh: number, f: Frame): { tw: number; th: number; scale: number } {
  const scale = Math.min((f.fill * f.W) / bw, (f.fill * f.H) / bh);
  return {
    scale,
    tw: Math.max(1, Math.min(f.W, Math.round(bw * scale))),
    th: Math.max(1, Math.min(f.H, Math.round(bh * scale))),
  };
}

function noProduct(): ProviderError {
  return new ProviderError('refused', `studio found no product in the source photo. Fix: ${REFUSAL_ADVICE}`);
}

/** Darkest colour channel (of 255) and highest alpha a pixel of a cut-out's own ground shadow has. */
const ALPHA_SHADOW_MAX_LEVEL = 60;
const ALPHA_SHADOW_MAX_ALPHA = 96;
/** Distance (px) from the solid product within which faint dark pixels are its anti-aliased edge. */
const ALPHA_EDGE_REACH = 3;

/**
 * A cut-out often carries its own ground shadow as faint black (alpha under about 0.4). That is
 * the old photo's shadow, not product: it would count in the product's box (the sunglasses filled
 * 67% instead of 85%) and double the studio's contact shadow. Faint dark pixels away from the
 * solid product are cleared; those next to it are the product's own soft edge and stay.
 */
function dropAlphaShadow(src: Source): void {
  const { data, width: w, height: h } = src;
  const near = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) if (data[i * 4 + 3]! >= 128) near[i] = 1;
  // Dilate the solid product by ALPHA_EDGE_REACH (a square: cheap, two separable passes).
  const tmp = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!near[y * w + x]) continue;
      for (let dx = -ALPHA_EDGE_REACH; dx <= ALPHA_EDGE_REACH; dx++)
        if (x + dx >= 0 && x + dx < w) tmp[y * w + x + dx] = 1;
    }
  near.fill(0);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!tmp[y * w + x]) continue;
      for (let dy = -ALPHA_EDGE_REACH; dy <= ALPHA_EDGE_REACH; dy++)
        if (y + dy >= 0 && y + dy < h) near[(y + dy) * w + x] = 1;
    }
  for (let i = 0, p = 0; i < w * h; i++, p += 4) {
    const a = data[p + 3]!;
    if (a === 0 || a > ALPHA_SHADOW_MAX_ALPHA || near[i]) continue;
    if (Math.max(data[p]!, data[p + 1]!, data[p + 2]!) <= ALPHA_SHADOW_MAX_LEVEL) data[p + 3] = 0;
  }
}

/** The photo's own alpha is the matte; sharp premultiplies while resampling, so no edge colour bleeds. */
async function productFromAlpha(src: Source, f: Frame): Promise<Product> {
  dropAlphaShadow(src);
  const box = boundingBox(src.data, src.width, src.height, 4, 3);
  if (!box) throw noProduct();
  const bw = box.x1 - box.x0 + 1;
  const bh = box.y1 - box.y0 + 1;
  const { tw, th, scale } = fitBox(bw, bh, f);
  // A little transparent margin so the resampling kernel sees the edge fall off, not a cut.
  const pad = 4;
  const x0 = Math.max(0, box.x0 - pad);
  const y0 = Math.max(0, box.y0 - pad);
  const region = {
    left: x0,
    top: y0,
    width: Math.min(src.width - 1, box.x1 + pad) - x0 + 1,
    height: Math.min(src.height - 1, box.y1 + pad) - y0 + 1,
  };
  const pw = Math.max(1, Math.round(region.width * scale));
  const ph = Math.max(1, Math.round(region.height * scale));
  const rgba = await sharp(src.data, { raw: { width: src.width, height: src.height, channels: 4 } })
    .extract(region)
    .resize(pw, ph, { kernel: 'lanczos3', fit: 'fill' })
    .raw()
    .toBuffer();
  return {
    rgb: rgba,
    channels: 4,
    alpha: rgba,
    alphaStride: 4,
    alphaOffset: 3,
    width: pw,
    height: ph,
    box: {
      x: Math.round((box.x0 - x0) * scale),
      y: Math.round((box.y0 - y0) * scale),
      width: tw,
      height: th,
    },
    gains: [1, 1, 1],
    confidence: 1,
  };
}

/** Matte from the backdrop: computed small, upsampled straight to the canvas size, feathered and pulled slightly inside the edge. */
async function productFromBackdrop(
  /** The full-size decode, awaited only once the matte is cut (it runs meanwhile). */
  full: Source | Promise<Source>,
  small: Source,
  f: Frame,
  minConfidence: number,
): Promise<Product> {
  const { width: w, height: h, channels } = small;
  const coons = computeMatte(toLab(small.data, w, h, channels), small.data, channels);
  // A coloured, textured surface with a hard cast shadow: see shade-matte.ts.
  const matte = withShadeFallback(coons, small.data, channels, minConfidence);
  if (matte.confidence < minConfidence) {
    throw new ProviderError(
      'refused',
      `studio cannot separate the product from its backdrop with confidence (${matte.confidence.toFixed(2)}, needs ${minConfidence}): ${refusalReasons(matte).join('; ')}. Fix: ${REFUSAL_ADVICE}`,
    );
  }
  const refined = await refineMatte(small.data, channels, matte.mask, w, h, matte.removable);
  if (matte !== coons) dropShadeAdditions(refined.mask, matte);
  if (refined.removed > MAX_CUT_AWAY) {
    throw new ProviderError(
      'refused',
      `studio cannot separate the product from its backdrop with confidence: the graph cut disagrees with the backdrop matte (it gives ${(refined.removed * 100).toFixed(0)}% of the matte's product to the backdrop, at most ${MAX_CUT_AWAY * 100}% is a shadow or openings), so product and backdrop colours overlap (dark on dark, white on white). Fix: ${REFUSAL_ADVICE}`,
    );
  }
  const src = await full;
  const mask = Buffer.alloc(w * h);
  for (let i = 0; i < mask.length; i++) mask[i] = refined.mask[i] ? 255 : 0;
  const box = boundingBox(mask, w, h);
  if (!box) throw noProduct();
  const sx = src.width / w;
  const sy = src.height / h;
  // The product's box in the source, and a slightly larger region around it so the feathered edge
  // has room to fall to zero (cutting exactly at the box would leave a hard edge there).
  const bx = Math.round(box.x0 * sx);
  const by = Math.round(box.y0 * sy);
  const bw = Math.max(1, Math.min(src.width, Math.round((box.x1 + 1) * sx)) - bx);
  const bh = Math.max(1, Math.min(src.height, Math.round((box.y1 + 1) * sy)) - by);
  const pad = 3;
  const px0 = Math.max(0, box.x0 - pad);
  const py0 = Math.max(0, box.y0 - pad);
  const px1 = Math.min(w - 1, box.x1 + pad);
  const py1 = Math.min(h - 1, box.y1 + pad);
  const region = {
    left: Math.round(px0 * sx),
    top: Math.round(py0 * sy),
    width: 0,
    height: 0,
  };
  region.width = Math.max(1, Math.min(src.width, Math.round((px1 + 1) * sx)) - region.left);
  region.height = Math.max(1, Math.min(src.height, Math.round((py1 + 1) * sy)) - region.top);
  const { scale } = fitBox(bw, bh, f);
  const pw = Math.max(1, Math.round(region.width * scale));
  const ph = Math.max(1, Math.round(region.height * scale));
  // The blur (about half a work pixel) rounds the small mask's staircase into a smooth contour;
  // the steep remap of the blurred ramp then makes the edge crisp again (about one output pixel
  // of anti-aliasing) and sits slightly inside the product, so little backdrop is mixed in.
  const lo = 0.45 * 255;
  const hi = 0.65 * 255;
  const zoom = pw / (px1 - px0 + 1);
  const [rgb, alpha] = await Promise.all([
    sharp(src.data, { raw: { width: src.width, height: src.height, channels: src.channels as 3 | 4 } })
      .extract(region)
      .removeAlpha()
      .resize(pw, ph, { kernel: 'lanczos3', fit: 'fill' })
      .raw()
      .toBuffer(),
    sharp(mask, { raw: { width: w, height: h, channels: 1 } })
      .extract({ left: px0, top: py0, width: px1 - px0 + 1, height: py1 - py0 + 1 })
      .resize(pw, ph, { kernel: 'linear', fit: 'fill' })
      .blur(Math.max(0.5, 0.8 * zoom))
      .linear(255 / (hi - lo), (-255 * lo) / (hi - lo))
      .extractChannel(0)
      .raw()
      .toBuffer(),
  ]);
  // Twice: a deep corner of old backdrop is core the first time and rim once its outside is gone.
  // Only a coloured backdrop spills a hue the edge decontamination cannot hide; on white or grey
  // the unmixing flattened the product's own shading along its edge (the polo's hem).
  const rim = Math.min(16, Math.ceil(1.5 * zoom) + 1);
  if (isColouredBackdrop(matte.backdrop))
    for (let pass = 0; pass < 2; pass++) unmixBackdropRim(rgb, alpha, pw, ph, rim);
  decontaminateEdge(rgb, alpha, pw, ph);
  // The visible extent of the feathered matte, which the framing uses.
  const seen = boundingBox(alpha, pw, ph);
  if (!seen) throw noProduct();
  const box2 = { x: seen.x0, y: seen.y0, width: seen.x1 - seen.x0 + 1, height: seen.y1 - seen.y0 + 1 };
  return {
    rgb,
    channels: 3,
    alpha,
    alphaStride: 1,
    alphaOffset: 0,
    width: pw,
    height: ph,
    box: box2,
    gains: whiteBalance(matte.backdrop),
    confidence: matte.confidence,
    measures: { ...matte.measures, cutAway: refined.removed, cutAdded: refined.added },
  };
}

/**
 * Largest share of the backdrop matte's product the graph cut may give back to the backdrop. A
 * cast shadow or backdrop seen through openings is a minority of it; more means the two methods
 * disagree about what the product is, and neither can be trusted. Measured after the cut's limits
 * on photos-2: the Ethernet cable (its frame-crossing cable end and shadow) loses 31% and looks
 * right, the white USB cable on light grey 49% and is a plug with a ghost, the dark bike 81%.
 */
const MAX_CUT_AWAY = 0.4;

/** Lab chroma above which a backdrop is a deliberate colour (teal wall, tan sweep), not a cast. */
const COLOURED_BACKDROP_CHROMA = 15;
/** Lab L below which a backdrop is a deliberately dark sweep, not an underexposed light one. */
const DARK_BACKDROP_L = 55;

function isColouredBackdrop(backdrop: [number, number, number]): boolean {
  const lab = toLab(Uint8Array.from(backdrop), 1, 1, 3);
  return Math.hypot(lab.a[0]!, lab.b[0]!) > COLOURED_BACKDROP_CHROMA;
}

/**
 * Gains that make the old backdrop neutral and bright; the product gets the same gains. Only a
 * light, nearly neutral backdrop is evidence of the light's colour and exposure: a coloured or dark
 * sweep is what the photographer chose, and balancing it would tint or blow out the product (a
 * white lamp on teal turned pink), so such photos keep their colours.
 */
export function whiteBalance(backdrop: [number, number, number]): [number, number, number] {
  const lab = toLab(Uint8Array.from(backdrop), 1, 1, 3);
  if (isColouredBackdrop(backdrop) || lab.L[0]! < DARK_BACKDROP_L) return [1, 1, 1];
  const target = 245;
  const raw = backdrop.map((c) => target / Math.max(1, c));
  const mean = (raw[0]! + raw[1]! + raw[2]!) / 3;
  const exposure = Math.min(1.6, Math.max(0.95, mean));
  return raw.map((g) => exposure * Math.min(1.2, Math.max(0.83, g / mean))) as [number, number, number];
}

/**
 * The product, from the photo's alpha when that is meaningful, else from its backdrop. Without
 * alpha the full-size decode runs on libvips' threads while the matte is computed from the small
 * one (decoded from the file: JPEG shrink-on-load is fast), so neither waits for the other.
 */
async function cutOut(
  photo: Buffer,
  hasAlpha: boolean | undefined,
  frame: Frame,
  minConfidence: number,
): Promise<{ product: Product; fromAlpha: boolean }> {
  if (!hasAlpha) {
    const full = decode(photo);
    // Awaited later (or never, when the matte refuses): a failure is reported by whoever awaits it.
    full.catch(() => undefined);
    const product = await productFromBackdrop(full, await decodeSmall(photo), frame, minConfidence);
    return { product, fromAlpha: false };
  }
  const src = await decode(photo);
  const fromAlpha = alphaIsMeaningful(src);
  const product = fromAlpha
    ? await productFromAlpha(src, frame)
    : await productFromBackdrop(src, await shrink(src), frame, minConfidence);
  return { product, fromAlpha };
}

/** Renders the studio canvas as raw RGB. Throws ProviderError('refused') when the product cannot be cut out. */
export async function renderStudioCanvas(photo: Buffer, options: ComposeOptions): Promise<RenderResult> {
  const o = validate(options);
  const { width: W, height: H } = o;
  const frame = { W, H, fill: o.fill };
  const hasAlpha = await sharp(photo)
    .metadata()
    .then((m) => m.hasAlpha)
    .catch((error: unknown) => {
      throw undecodable(error);
    });
  const { product, fromAlpha } = await cutOut(photo, hasAlpha, frame, o.minConfidence);
  const { width: tw, height: th } = product.box;

  const margin = ((1 - o.fill) / 2) * H;
  const left = Math.round((W - tw) / 2);
  const wanted =
    o.align === 'top'
      ? Math.round(margin)
      : o.align === 'bottom'
        ? Math.round(H - margin - th)
        : Math.round((H - th) / 2);
  const top = Math.min(H - th, Math.max(0, wanted));

  const canvas = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    canvas.fill(Buffer.from(backgroundAt(o.bg, y, H)), y * W * 3, (y + 1) * W * 3);
  }
  // The product image's own origin: its box lands at (left, top).
  const ix = left - product.box.x;
  const iy = top - product.box.y;
  if (o.shadow && o.shadowStrength > 0) drawShadow(canvas, W, H, product, ix, iy, o.shadowStrength);
  drawProduct(canvas, W, H, product, ix, iy);

  return {
    raw: canvas,
    width: W,
    height: H,
    fill: Math.max(tw / W, th / H),
    confidence: product.confidence,
    matte: fromAlpha ? 'alpha' : 'backdrop',
    measures: product.measures,
    productBox: { left, top, width: tw, height: th },
  };
}

/**
 * A contact shadow: an ellipse under the product's footprint whose darkness falls to exactly zero
 * at its rim (no blur tail), so every pixel beyond it keeps the exact background colour.
 */
function drawShadow(
  canvas: Buffer,
  W: number,
  H: number,
  p: Product,
  left: number,
  top: number,
  strength: number,
): void {
  const { width: tw, height: th, alpha, alphaStride: st, alphaOffset: off } = p;
  const solid = (x: number, y: number): boolean => alpha[(y * tw + x) * st + off]! >= 128;
  let bottom = -1;
  for (let y = th - 1; y >= 0 && bottom < 0; y--) {
    for (let x = 0; x < tw; x++) if (solid(x, y)) bottom = y;
  }
  if (bottom < 0) return;
  // Footprint: the product's width over its lowest rows.
  const band = Math.max(2, Math.round(p.box.height * 0.08));
  let fl = tw;
  let fr = -1;
  for (let y = Math.max(0, bottom - band); y <= bottom; y++) {
    for (let x = 0; x < tw; x++) {
      if (!solid(x, y)) continue;
      if (x < fl) fl = x;
      if (x > fr) fr = x;
    }
  }
  const rx = Math.max(((fr - fl + 1) / 2) * 1.12, p.box.width * 0.2);
  const ry = Math.max(3, rx * 0.12);
  const cx = left + (fl + fr) / 2;
  const cy = top + bottom - ry * 0.2;
  const y0 = Math.max(0, Math.floor(cy - ry));
  const y1 = Math.min(H - 1, Math.ceil(cy + ry));
  const x0 = Math.max(0, Math.floor(cx - rx));
  const x1 = Math.min(W - 1, Math.ceil(cx + rx));
  for (let y = y0; y <= y1; y++) {
    const dy = (y - cy) / ry;
    for (let x = x0; x <= x1; x++) {
      const dx = (x - cx) / rx;
      const r2 = dx * dx + dy * dy;
      if (r2 >= 1) continue;
      const k = 1 - r2;
      const a = strength * k * k * (0.6 + 0.4 * k);
      const i = (y * W + x) * 3;
      canvas[i] = Math.round(canvas[i]! * (1 - a));
      canvas[i + 1] = Math.round(canvas[i + 1]! * (1 - a));
      canvas[i + 2] = Math.round(canvas[i + 2]! * (1 - a));
    }
  }
}

/** Distance in 4-neighbour steps from the nearest pixel outside the matte, up to `limit` (beyond: limit + 1). */
function depthInside(alpha: Buffer, w: number, h: number, limit: number): Uint8Array {
  const n = w * h;
  const depth = new Uint8Array(n).fill(limit + 1);
  for (let i = 0; i < n; i++) if (alpha[i]! < ALPHA_CUT) depth[i] = 0;
  // Only outside pixels next to an inside one can lower a depth: the spread starts from them alone
  // (the breadth-first rings, and so every depth, are the same as from all outside pixels).
  let front = new Int32Array(n);
  let next = new Int32Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (depth[i] !== 0) continue;
    const x = i % w;
    if (
      (x > 0 && depth[i - 1]) ||
      (x < w - 1 && depth[i + 1]) ||
      (i >= w && depth[i - w]) ||
      (i + w < n && depth[i + w])
    )
      front[size++] = i;
  }
  for (let d = 1; d <= limit && size > 0; d++) {
    let k = 0;
    const reach = (j: number): void => {
      if (depth[j]! <= d) return;
      depth[j] = d;
      next[k++] = j;
    };
    for (let f = 0; f < size; f++) {
      const i = front[f]!;
      const x = i % w;
      if (x > 0) reach(i - 1);
      if (x < w - 1) reach(i + 1);
      if (i >= w) reach(i - w);
      if (i + w < n) reach(i + w);
    }
    [front, next] = [next, front];
    size = k;
  }
  return depth;
}

/** Calls `visit` with each in-frame 8-neighbour of pixel i, row by row. */
function eachNeighbour8(i: number, w: number, n: number, visit: (j: number) => void): void {
  const x = i % w;
  for (let dy = -w; dy <= w; dy += w)
    for (let dx = -1; dx <= 1; dx++) {
      const j = i + dy + dx;
      if (j >= 0 && j < n && x + dx >= 0 && x + dx < w && j !== i) visit(j);
    }
}

/**
 * Spreads colours from the pixels where `known` is set to the `todo` pixels next to them, ring by
 * ring (each new pixel takes the mean of its known 8-neighbours), for `rings` rings. Only the
 * `todo` pixels of the result are meaningful: their spread colour, or NaN where unreached.
 */
function spreadColour(
  rgb: Buffer,
  known: Uint8Array,
  todo: Int32Array,
  w: number,
  h: number,
  rings: number,
): Float32Array {
  const n = w * h;
  // Written only around the todo pixels (the whole image would be 36 MB at a 1740 px product).
  const out = new Float32Array(n * 3);
  const set = known.slice();
  const wanted = new Uint8Array(n);
  const copy = (j: number): void => {
    for (let c = 0; c < 3; c++) out[j * 3 + c] = rgb[j * 3 + c]!;
  };
  let front = new Int32Array(todo.length);
  let size = 0;
  for (const i of todo) {
    if (set[i]) copy(i);
    else if (!wanted[i]) {
      wanted[i] = 1;
      front[size++] = i;
      eachNeighbour8(i, w, n, (j) => known[j] === 1 && copy(j));
    }
  }
  let next = new Int32Array(size);
  const done = new Int32Array(size);
  const queued = new Uint16Array(n);
  for (let pass = 0; pass < rings && size > 0; pass++) {
    let nd = 0;
    for (let f = 0; f < size; f++) {
      const i = front[f]!;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let k = 0;
      eachNeighbour8(i, w, n, (j) => {
        if (set[j] !== 1) return;
        s0 += out[j * 3]!;
        s1 += out[j * 3 + 1]!;
        s2 += out[j * 3 + 2]!;
        k++;
      });
      if (k === 0) continue;
      out[i * 3] = s0 / k;
      out[i * 3 + 1] = s1 / k;
      out[i * 3 + 2] = s2 / k;
      done[nd++] = i;
    }
    for (let q = 0; q < nd; q++) {
      set[done[q]!] = 1;
      wanted[done[q]!] = 0;
    }
    // A pixel only gains a set neighbour when one was just done: the next ring is their neighbours
    // (the same rings as testing every pixel still wanted, each pass).
    size = 0;
    for (let q = 0; q < nd; q++)
      eachNeighbour8(done[q]!, w, n, (j) => {
        if (!wanted[j] || queued[j] === pass + 1) return;
        queued[j] = pass + 1;
        next[size++] = j;
      });
    [front, next] = [next, front];
  }
  for (const i of todo) if (wanted[i]) out.fill(NaN, i * 3, i * 3 + 3);
  return out;
}

/** Below this RGB distance between product and backdrop colour a mix cannot be told from either. */
const UNMIX_MIN_CONTRAST = 120;
/** Largest RGB distance of a rim pixel from the product-backdrop line for it to count as their mix. */
const UNMIX_MAX_RESIDUAL = 24;

/** Lightest and darkest shade of the mix accepted: the rim of a product is often in its own shade. */
const UNMIX_SHADE = [0.55, 1.1] as const;

/** True when pixel i's chromaticity is much nearer the backdrop's than the product's. */
function hueOf(rgb: Buffer, i: number, B: Float32Array, F: Float32Array): boolean {
  const o = i * 3;
  const si = Math.max(1, rgb[o]! + rgb[o + 1]! + rgb[o + 2]!);
  const sb = Math.max(1, B[o]! + B[o + 1]! + B[o + 2]!);
  const sf = Math.max(1, F[o]! + F[o + 1]! + F[o + 2]!);
  const b0 = B[o]! / sb;
  const b1 = B[o + 1]! / sb;
  const b2 = B[o + 2]! / sb;
  const span = Math.hypot(b0 - F[o]! / sf, b1 - F[o + 1]! / sf, b2 - F[o + 2]! / sf);
  return (
    span > 0.08 && Math.hypot(rgb[o]! / si - b0, rgb[o + 1]! / si - b1, rgb[o + 2]! / si - b2) < 0.25 * span
  );
}

/**
 * Fits pixel i as a shaded mix s * (aF + (1 - a)B) by least squares on p = s * a and q = s * (1 - a).
 * Returns a and s when the fit explains the pixel (or a = 0 when only its hue says backdrop).
 */
function unmix(
  rgb: Buffer,
  F: Float32Array,
  B: Float32Array,
  i: number,
): { a: number; shade: number } | undefined {
  let ff = 0;
  let bb = 0;
  let fb = 0;
  let fi = 0;
  let bi = 0;
  let dist = 0;
  for (let c = 0; c < 3; c++) {
    const f = F[i * 3 + c]!;
    const b = B[i * 3 + c]!;
    const v = rgb[i * 3 + c]!;
    ff += f * f;
    bb += b * b;
    fb += f * b;
    fi += f * v;
    bi += b * v;
    dist += (f - b) ** 2;
  }
  const det = ff * bb - fb * fb;
  if (dist < UNMIX_MIN_CONTRAST ** 2 || det <= 1e-6) return undefined;
  const p = (fi * bb - bi * fb) / det;
  const q = (bi * ff - fi * fb) / det;
  const shade = p + q;
  // Where the mix does not fit (deep in shade, or off the line) the backdrop's hue may still show:
  // a darker speck of the teal wall left at the rim is backdrop.
  const fallback = (): { a: number; shade: number } | undefined =>
    hueOf(rgb, i, B, F) ? { a: 0, shade: 1 } : undefined;
  if (q <= 0 || p < 0 || shade > UNMIX_SHADE[1] || shade < UNMIX_SHADE[0]) return fallback();
  let res = 0;
  for (let c = 0; c < 3; c++) res += (rgb[i * 3 + c]! - p * F[i * 3 + c]! - q * B[i * 3 + c]!) ** 2;
  return res <= UNMIX_MAX_RESIDUAL ** 2 ? { a: Math.max(0, p / shade), shade } : fallback();
}

/**
 * The work-size matte can keep a rim of old backdrop a few output pixels deep inside the edge (a
 * teal ring round a white lamp on a teal wall). Each pixel within `depth` of the edge is read as
 * I = aF + (1 - a)B, with F the product's colour spread outwards from deeper inside and B the local
 * backdrop's colour spread inwards from outside the matte; where that explains it (small residual,
 * F and B far enough apart) its alpha drops to a and its colour becomes F. Pixels that are not
 * such a mix (a dark outline, a printed edge) keep their alpha and colour.
 */
function unmixBackdropRim(rgb: Buffer, alpha: Buffer, w: number, h: number, depth: number): void {
  const n = w * h;
  const d = depthInside(alpha, w, h, depth);
  const core = new Uint8Array(n);
  const far = new Uint8Array(n);
  let rims = 0;
  let feathers = 0;
  for (let i = 0; i < n; i++) {
    core[i] = d[i]! > depth ? 1 : 0;
    // The feathered edge itself is mixed; the backdrop is read where the matte is exactly zero.
    far[i] = d[i] === 0 && alpha[i] === 0 ? 1 : 0;
    if (d[i]! > 0 && d[i]! <= depth) rims++;
    else if (d[i] === 0 && alpha[i]! > 0) feathers++;
  }
  // Feather first, then rim: `edge` holds both, `rim` is its tail.
  const edge = new Int32Array(feathers + rims);
  for (let i = 0, f = 0, r = feathers; i < n; i++) {
    if (d[i]! > 0 && d[i]! <= depth) edge[r++] = i;
    else if (d[i] === 0 && alpha[i]! > 0) edge[f++] = i;
  }
  const rim = edge.subarray(feathers);
  const F = spreadColour(rgb, core, rim, w, h, depth + 2);
  const B = spreadColour(rgb, far, edge, w, h, depth + 2);
  for (const i of rim) {
    if (Number.isNaN(F[i * 3]!) || Number.isNaN(B[i * 3]!)) continue;
    const fit = unmix(rgb, F, B, i);
    if (fit === undefined || fit.a >= 1) continue;
    alpha[i] = Math.min(alpha[i]!, Math.round(255 * fit.a));
    // The product's colour in the pixel's own shade, so the rim keeps its shading.
    for (let c = 0; c < 3; c++) rgb[i * 3 + c] = Math.min(255, Math.round(fit.shade * F[i * 3 + c]!));
  }
}

/**
 * Edge pixels mix the product with the old backdrop; on a new, different background that mix
 * shows as a pale fringe. Their colour is replaced, ring by ring from the inside, by the mean of
 * their already solid neighbours, so the feathered edge carries the product's own colour.
 */
function decontaminateEdge(rgb: Buffer, alpha: Buffer, w: number, h: number): void {
  const n = w * h;
  const solid = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (alpha[i]! >= 255 - ALPHA_CUT) solid[i] = 1;
  // The feathered band, then the outermost solid ring, which is itself partly mixed: edge too.
  const list: number[] = [];
  for (let i = 0; i < n; i++) if (!solid[i] && alpha[i]! >= ALPHA_CUT) list.push(i);
  const bandSize = list.length;
  for (let i = 0; i < n; i++) {
    if (!solid[i]) continue;
    const x = i % w;
    if (
      (x > 0 && !solid[i - 1]) ||
      (x < w - 1 && !solid[i + 1]) ||
      (i >= w && !solid[i - w]) ||
      (i + w < n && !solid[i + w])
    )
      list.push(i);
  }
  for (let r = bandSize; r < list.length; r++) solid[list[r]!] = 0;
  let band = Int32Array.from(list);
  let rest = new Int32Array(band.length);
  const done = new Int32Array(band.length);
  let size = band.length;
  for (let pass = 0; pass < 12 && size > 0; pass++) {
    let nd = 0;
    let nr = 0;
    for (let q = 0; q < size; q++) {
      const i = band[q]!;
      const x = i % w;
      let r = 0;
      let g = 0;
      let b = 0;
      let k = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = i + dy * w;
        if (row < 0 || row >= n) continue;
        for (let dx = -1; dx <= 1; dx++) {
          if (x + dx < 0 || x + dx >= w) continue;
          const j = row + dx;
          if (solid[j] !== 1) continue;
          r += rgb[j * 3]!;
          g += rgb[j * 3 + 1]!;
          b += rgb[j * 3 + 2]!;
          k++;
        }
      }
      if (k === 0) {
        rest[nr++] = i;
        continue;
      }
      rgb[i * 3] = r / k;
      rgb[i * 3 + 1] = g / k;
      rgb[i * 3 + 2] = b / k;
      done[nd++] = i;
    }
    for (let q = 0; q < nd; q++) solid[done[q]!] = 1;
    [band, rest] = [rest, band];
    size = nr;
  }
}

function drawProduct(canvas: Buffer, W: number, H: number, p: Product, left: number, top: number): void {
  const { rgb, channels: ch, alpha, alphaStride: st, alphaOffset: off, width: tw, height: th } = p;
  const luts = p.gains.map((g) => {
    const lut = new Uint8Array(256);
    for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.round(v * g));
    return lut;
  });
  const [lr, lg, lb] = luts as [Uint8Array, Uint8Array, Uint8Array];
  const xs = Math.max(0, -left);
  const xe = Math.min(tw, W - left);
  for (let y = Math.max(0, -top); y < Math.min(th, H - top); y++) {
    let s = (y * tw + xs) * ch;
    let a = (y * tw + xs) * st + off;
    let d = ((y + top) * W + left + xs) * 3;
    for (let x = xs; x < xe; x++, s += ch, a += st, d += 3) {
      const a8 = alpha[a]!;
      if (a8 < ALPHA_CUT) continue;
      if (a8 > 255 - ALPHA_CUT) {
        canvas[d] = lr[rgb[s]!]!;
        canvas[d + 1] = lg[rgb[s + 1]!]!;
        canvas[d + 2] = lb[rgb[s + 2]!]!;
        continue;
      }
      const k = 255 - a8;
      canvas[d] = (lr[rgb[s]!]! * a8 + canvas[d]! * k + 127) / 255;
      canvas[d + 1] = (lg[rgb[s + 1]!]! * a8 + canvas[d + 1]! * k + 127) / 255;
      canvas[d + 2] = (lb[rgb[s + 2]!]! * a8 + canvas[d + 2]! * k + 127) / 255;
    }
  }
}

/** Composes the studio image as a lossless PNG (the run encodes the placement's format). */
export async function composeStudioImage(photo: Buffer, options: ComposeOptions): Promise<ComposeResult> {
  const { raw, ...rest } = await renderStudioCanvas(photo, options);
  // A low compression level: this PNG is an intermediate the run re-encodes, so speed wins over size.
  const png = await sharp(raw, { raw: { width: rest.width, height: rest.height, channels: 3 } })
    .png({ compressionLevel: 2, adaptiveFiltering: false })
    .toBuffer();
  return { png, ...rest };
}
