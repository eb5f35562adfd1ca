import sharp from 'sharp';
import type { Cutout } from './cutouts.js';

export type Encoding = 'jpeg' | 'png' | 'webp';

export interface ComposeOptions {
  width: number;
  height: number;
  background?: string;
  /** Share of the canvas the product's long side fills. */
  fill: number;
  /** Offset of the product centre from the canvas centre, as shares of width and height. */
  dx?: number;
  dy?: number;
  shadow?: boolean;
  /** A ring of this colour, `px` wide, dilated around the product (a cut-out halo). */
  halo?: { colour: string; px: number };
  /** Hue rotation in degrees applied to the product only. */
  hue?: number;
  /** Linear brightness gain and offset applied to the product only. */
  gain?: number;
  offset?: number;
  encoding?: Encoding;
  /**
   * A hard-edged piece of the source's cast shadow under the base: its colour, height and width
   * as shares of the product's, the waviness of its cut edge, and its shift sideways (share of width).
   */
  remnant?: { colour: string; height: number; width: number; wave: number; side: number };
}

/** The remnant as an SVG layer: a wavy-edged ellipse, darker at the product, lighter away from it. */
function remnantSvg(r: NonNullable<ComposeOptions['remnant']>, pw: number, ph: number) {
  const rx = (r.width * pw) / 2;
  const ry = r.height * ph;
  const w = Math.ceil(2 * rx * (1 + r.wave)) + 4;
  const h = Math.ceil(2 * ry * (1 + r.wave)) + 4;
  const pts = Array.from({ length: 120 }, (_, k) => {
    const t = (k / 120) * 2 * Math.PI;
    const m = 1 + r.wave * Math.sin(13 * t) * Math.cos(5 * t);
    return `${(w / 2 + rx * m * Math.cos(t)).toFixed(1)},${(h / 2 + ry * m * Math.sin(t)).toFixed(1)}`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="r" x1="0" y1="0" x2="0" y2="1"><stop offset="0.3" stop-color="${r.colour}"/><stop offset="1" stop-color="${r.colour}" stop-opacity="0.75"/></linearGradient></defs><polygon points="${pts.join(' ')}" fill="url(#r)"/></svg>`;
  return { svg: Buffer.from(svg), w, h };
}

/** Puts a cut-out on a canvas the way a good compositor would (plus optional defects). */
export async function compose(cut: Cutout, o: ComposeOptions): Promise<Buffer> {
  const scale = Math.min((o.fill * o.width) / cut.width, (o.fill * o.height) / cut.height);
  const pw = Math.max(1, Math.round(cut.width * scale));
  const ph = Math.max(1, Math.round(cut.height * scale));
  let product = sharp(cut.png).resize(pw, ph, { kernel: 'lanczos3' });
  if (o.hue) product = product.modulate({ hue: o.hue });
  if (o.gain)
    product = product.linear([o.gain, o.gain, o.gain, 1], [o.offset ?? 0, o.offset ?? 0, o.offset ?? 0, 0]);
  const productPng = await product.png().toBuffer();
  const left = Math.round((o.width - pw) / 2 + (o.dx ?? 0) * o.width);
  const top = Math.round((o.height - ph) / 2 + (o.dy ?? 0) * o.height);
  const layers: sharp.OverlayOptions[] = [];
  if (o.shadow) {
    const sw = Math.round(pw * 0.9);
    const sh = Math.max(6, Math.round(ph * 0.04));
    const pad = Math.round(sh * 2);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${sw + 2 * pad}" height="${sh + 2 * pad}"><ellipse cx="${sw / 2 + pad}" cy="${sh / 2 + pad}" rx="${sw / 2}" ry="${sh / 2}" fill="black" fill-opacity="0.22"/></svg>`;
    const blurred = await sharp(Buffer.from(svg))
      .blur(Math.max(2, sh / 3))
      .png()
      .toBuffer();
    layers.push({
      input: blurred,
      left: left + Math.round((pw - sw) / 2) - pad,
      top: top + ph - Math.round(sh / 2) - pad,
    });
  }
  if (o.remnant) {
    const { svg, w, h } = remnantSvg(o.remnant, pw, ph);
    layers.push({
      input: svg,
      left: Math.round(left + pw / 2 + o.remnant.side * pw - w / 2),
      top: Math.round(top + ph - h * 0.35),
    });
  }
  if (o.halo) {
    const r = o.halo.px;
    const alpha = await sharp(productPng).extractChannel(3).raw().toBuffer();
    // Dilate the alpha by r: blur then threshold low, so the ring follows the outline. One
    // operation per pipeline: sharp runs its operations in a fixed order, and a second blur replaces the first.
    const raw1 = { raw: { width: pw + 4 * r, height: ph + 4 * r, channels: 1 as const } };
    const padded = await sharp(alpha, { raw: { width: pw, height: ph, channels: 1 } })
      .extend({ top: r * 2, bottom: r * 2, left: r * 2, right: r * 2, background: '#000000' })
      .extractChannel(0)
      .raw()
      .toBuffer();
    const spread = await sharp(padded, raw1)
      .blur(r / 1.5)
      .extractChannel(0)
      .raw()
      .toBuffer();
    const hard = await sharp(spread, raw1).threshold(6).extractChannel(0).raw().toBuffer();
    const dilated = await sharp(hard, raw1).blur(0.7).extractChannel(0).raw().toBuffer();
    const colour = await sharp({
      create: { width: pw + 4 * r, height: ph + 4 * r, channels: 3, background: o.halo.colour },
    })
      .joinChannel(dilated, { raw: { width: pw + 4 * r, height: ph + 4 * r, channels: 1 } })
      .png()
      .toBuffer();
    layers.push({ input: colour, left: left - 2 * r, top: top - 2 * r });
  }
  layers.push({ input: productPng, left, top });
  // Layers may hang over the edge (a cut-off product): compose on a padded canvas, then crop.
  const overhangs = left < 0 || top < 0 || left + pw > o.width || top + ph > o.height;
  const m = 64 + (overhangs || o.remnant ? Math.max(pw, ph) : 0);
  const canvas = sharp({
    create: {
      width: o.width + 2 * m,
      height: o.height + 2 * m,
      channels: 3,
      background: o.background ?? '#FFFFFF',
    },
  }).composite(layers.map((l) => ({ ...l, left: (l.left ?? 0) + m, top: (l.top ?? 0) + m })));
  const padded = await canvas.png().toBuffer();
  const flat = await sharp(padded)
    .extract({ left: m, top: m, width: o.width, height: o.height })
    .png()
    .toBuffer();
  return encode(sharp(flat), o.encoding ?? 'jpeg');
}

export function encode(image: sharp.Sharp, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'png') return image.png().toBuffer();
  if (encoding === 'webp') return image.webp({ quality: 90 }).toBuffer();
  return image.jpeg({ quality: 90 }).toBuffer();
}
