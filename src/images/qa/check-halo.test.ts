import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './analyse.js';
import { checkHalo, measureHalo } from './check-halo.js';
import { resolveQaProfile } from './profiles.js';

const WHITE: [number, number, number] = [255, 255, 255];
const marketplace = resolveQaProfile({ profile: 'marketplace-main' }, '#FFFFFF');
const maxHalo = marketplace.thresholds.maxHalo;

interface Scene {
  /** Canvas side in px (the analysis plane is 1024 px, so 2048 halves every width). */
  size?: number;
  /** The product's fill: a colour or a gradient id defined in `defs`. */
  body?: string;
  defs?: string;
  /** A ring of this colour and width (px of the image) round the product, under it. */
  halo?: { colour: string; px: number };
  /** A soft contact shadow under the product. */
  shadow?: boolean;
  format?: 'png' | 'jpeg';
}

/** A bottle-like product (rounded body, shoulder, cap) centred on white. */
async function scene(s: Scene = {}): Promise<Buffer> {
  const size = s.size ?? 2048;
  const u = size / 100;
  const shape = (fill: string, extra = '') =>
    `<g fill="${fill}"${extra}><rect x="${25 * u}" y="${20 * u}" width="${50 * u}" height="${68 * u}" rx="${10 * u}"/>` +
    `<ellipse cx="${50 * u}" cy="${20 * u}" rx="${18 * u}" ry="${8 * u}"/>` +
    `<rect x="${42 * u}" y="${7 * u}" width="${16 * u}" height="${10 * u}" rx="${2 * u}"/></g>`;
  const halo = s.halo
    ? shape(
        s.halo.colour,
        ` stroke="${s.halo.colour}" stroke-width="${2 * s.halo.px}" stroke-linejoin="round"`,
      )
    : '';
  const shadow = s.shadow
    ? `<ellipse cx="${50 * u}" cy="${88 * u}" rx="${27 * u}" ry="${2.5 * u}" fill="black" fill-opacity="0.25" filter="url(#soft)"/>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <defs><filter id="soft" x="-20%" y="-200%" width="140%" height="500%"><feGaussianBlur stdDeviation="${1.2 * u}"/></filter>${s.defs ?? ''}</defs>
    <rect width="${size}" height="${size}" fill="#FFFFFF"/>${shadow}${halo}${shape(s.body ?? '#8C1C2B')}</svg>`;
  const img = sharp(Buffer.from(svg));
  return s.format === 'jpeg' ? img.jpeg({ quality: 90 }).toBuffer() : img.png().toBuffer();
}

async function halo(s: Scene) {
  const a = await decodeImage(await scene(s), WHITE);
  return { m: measureHalo(a)!, result: checkHalo(a, marketplace) };
}

/** A white product's own shading: light in the middle, darker towards its sides (a slope, not a band). */
const SHADED_WHITE = `<linearGradient id="shade" x1="0" x2="1"><stop offset="0" stop-color="#DCDCDC"/><stop offset="0.3" stop-color="#FAFAFA"/><stop offset="0.7" stop-color="#FAFAFA"/><stop offset="1" stop-color="#D2D2D2"/></linearGradient>`;

describe('measureHalo', () => {
  it('passes a clean cut-out, and one with a soft contact shadow under it', async () => {
    for (const s of [{}, { shadow: true }, { format: 'jpeg' as const }]) {
      const { m, result } = await halo(s);
      expect(m.share, JSON.stringify(s)).toBeLessThan(0.1);
      expect(result.status).toBe('pass');
    }
  });

  it('scores a thin fringe of left-over backdrop like a thick one', async () => {
    // 5 px at 2048 is 2.5 px of the analysis plane; 16 px is 8.
    const thin = await halo({ halo: { colour: '#E8E8E8', px: 5 } });
    const thick = await halo({ halo: { colour: '#EDEDED', px: 16 } });
    expect(thin.m.fringe).toBeGreaterThan(0.8);
    expect(thick.m.fringe).toBeGreaterThan(0.8);
    expect(Math.abs(thin.m.share - thick.m.share)).toBeLessThan(0.15);
    expect(thin.result.status).toBe('fail');
    expect(thin.result.message).toMatch(/cut-out halo/);
    expect(thick.result.status).toBe('fail');
  });

  it('fails a dark ring round a light product', async () => {
    const { m, result } = await halo({ body: '#D9C9A3', halo: { colour: '#303030', px: 6 } });
    expect(m.ring).toBeGreaterThan(0.8);
    expect(result.status).toBe('fail');
  });

  it('fails a light-grey ring round a white product, within 25 levels of both', async () => {
    for (const format of ['png', 'jpeg'] as const) {
      const { m, result } = await halo({ body: '#FAFAFA', halo: { colour: '#E6E6E6', px: 8 }, format });
      expect(m.faint, format).toBeGreaterThan(maxHalo);
      expect(result.status, format).toBe('fail');
    }
  });

  it("passes a white product's own shading towards its edges", async () => {
    const { m, result } = await halo({ body: 'url(#shade)', defs: SHADED_WHITE });
    expect(m.share).toBeLessThan(0.15);
    expect(result.status).toBe('pass');
  });

  it('does not judge an empty canvas', async () => {
    const blank = await sharp({ create: { width: 512, height: 512, channels: 3, background: '#FFFFFF' } })
      .png()
      .toBuffer();
    const a = await decodeImage(blank, WHITE);
    expect(measureHalo(a)).toBeUndefined();
    expect(checkHalo(a, marketplace).status).toBe('fail');
  });
});
