// Product cut-outs (RGBA, trimmed to the product) made from the fixture photos by simple,
// deterministic methods; the corpus composes them into good and deliberately defective images.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const PHOTOS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'photos');

export interface Cutout {
  name: string;
  /** RGBA pixels of the product, trimmed to its alpha bounding box. */
  png: Buffer;
  width: number;
  height: number;
  /** The colour a catalog would declare for it. */
  color: string;
  /**
   * How exposure goes wrong visibly for it: a dark product crushes its shadows (default: its
   * highlights blow).
   */
  exposure?: 'blow' | 'crush';
  /** Too dark to change colour by hue rotation. */
  dark?: boolean;
}

export async function trimmed(
  rgba: Buffer,
  width: number,
  height: number,
): Promise<{ png: Buffer; width: number; height: number }> {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (rgba[(y * width + x) * 4 + 3]! > 8) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
  }
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const png = await sharp(rgba, { raw: { width, height, channels: 4 } })
    .extract({ left: x0, top: y0, width: w, height: h })
    .png()
    .toBuffer();
  return { png, width: w, height: h };
}

/** The mug set already has alpha. */
async function mugs(): Promise<Cutout> {
  const { data, info } = await sharp(path.join(PHOTOS, 'mugs-cutout.png'))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { name: 'mugs', color: '#C8102E', ...(await trimmed(data, info.width, info.height)) };
}

/**
 * The shoe sits on a 246-255 backdrop: alpha rises from 0 to 1 as the distance from white grows
 * from 16 to 48 levels, feathered by a slight blur, and edge colours are un-mixed from white.
 */
async function shoe(): Promise<Cutout> {
  const { data, info } = await sharp(path.join(PHOTOS, 'shoe-near-white.jpg'))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  const alpha = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    const d = 255 - Math.min(data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!);
    alpha[i] = Math.round(255 * Math.min(1, Math.max(0, (d - 16) / 32)));
  }
  const feathered = await sharp(alpha, { raw: { width: info.width, height: info.height, channels: 1 } })
    .blur(0.8)
    .extractChannel(0)
    .raw()
    .toBuffer();
  const rgba = Buffer.alloc(n * 4);
  for (let i = 0; i < n; i++) {
    const a = feathered[i]! / 255;
    for (let c = 0; c < 3; c++) {
      const v = data[i * 3 + c]!;
      // Remove the white the edge pixel was mixed with: v = a*F + (1-a)*255.
      rgba[i * 4 + c] = a > 0.05 ? Math.max(0, Math.min(255, Math.round((v - (1 - a) * 255) / a))) : 0;
    }
    rgba[i * 4 + 3] = feathered[i]!;
  }
  return {
    name: 'shoe',
    color: '#3A3A3A',
    exposure: 'crush',
    dark: true,
    ...(await trimmed(rgba, info.width, info.height)),
  };
}

/**
 * Drawn products with shading, for shapes the photos lack: a bottle (curves, a cap) and a box
 * (long straight edges, which a seam detector must not mistake for a pasted rectangle).
 */
async function drawn(kind: 'bottle' | 'box'): Promise<Cutout> {
  const svg =
    kind === 'bottle'
      ? `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="1000">
  <defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#0B4F3A"/><stop offset="0.35" stop-color="#2E9E74"/><stop offset="1" stop-color="#0A3D2D"/></linearGradient></defs>
  <rect x="150" y="10" width="120" height="110" rx="14" fill="#C9A227"/>
  <path d="M165 120 L255 120 L255 230 C255 300 400 310 400 420 L400 940 C400 975 380 990 350 990 L70 990 C40 990 20 975 20 940 L20 420 C20 310 165 300 165 230 Z" fill="url(#g)"/>
  <rect x="60" y="520" width="300" height="260" rx="10" fill="#F2EAD3"/>
  <circle cx="210" cy="650" r="70" fill="#0B4F3A"/></svg>`
      : `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="700">
  <defs><linearGradient id="f" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#E0862F"/><stop offset="1" stop-color="#B5621B"/></linearGradient>
  <linearGradient id="s" x1="0" x2="1"><stop offset="0" stop-color="#9C5215"/><stop offset="1" stop-color="#7A3F10"/></linearGradient></defs>
  <polygon points="0,160 640,160 640,700 0,700" fill="url(#f)"/>
  <polygon points="640,160 900,0 900,540 640,700" fill="url(#s)"/>
  <polygon points="0,160 260,0 900,0 640,160" fill="#F0A04B"/>
  <rect x="80" y="300" width="300" height="120" fill="#5A2E0A" opacity="0.85"/></svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    name: kind,
    color: kind === 'bottle' ? '#1F7A58' : '#C8742A',
    ...(await trimmed(data, info.width, info.height)),
  };
}

/** A colour variant of a cut-out, as a catalog's other colourway would be. */
async function recoloured(base: Cutout, hue: number, name: string, color: string): Promise<Cutout> {
  const png = await sharp(base.png).modulate({ hue }).png().toBuffer();
  return { ...base, name, png, color };
}

let cache: Promise<Cutout[]> | undefined;

export function loadCutouts(): Promise<Cutout[]> {
  cache ??= (async () => {
    const set = await mugs();
    const sh = await shoe();
    return [
      set,
      sh,
      await drawn('bottle'),
      await recoloured(set, 220, 'blue-mugs', '#0A74E0'),
      await drawn('box'),
      { ...sh, name: 'shoe-mirrored', png: await sharp(sh.png).flop().png().toBuffer() },
      await recoloured(set, 120, 'green-mugs', '#0B7A30'),
    ];
  })();
  return cache;
}
