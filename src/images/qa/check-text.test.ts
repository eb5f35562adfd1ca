import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImage } from './analyse.js';
import { checkText } from './check-text.js';
import { closeOcr } from './ocr.js';
import { resolveQaProfile } from './profiles.js';
import { closeTextDetector } from './text-detect.js';

const SIDE = 2048;
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');
const photos = path.join(fixtures, 'photos-2');

/** A dark, shaded product block on white with a soft shadow under it, plus optional SVG on top. */
async function shot(overlay = ''): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIDE}" height="${SIDE}">
    <defs>
      <linearGradient id="body" x1="0" x2="1"><stop offset="0" stop-color="#101820"/><stop offset="0.5" stop-color="#3A4A5A"/><stop offset="1" stop-color="#101820"/></linearGradient>
      <radialGradient id="shade"><stop offset="0" stop-color="#000" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>
    </defs>
    <rect width="${SIDE}" height="${SIDE}" fill="#FFFFFF"/>
    <ellipse cx="1024" cy="1800" rx="700" ry="90" fill="url(#shade)"/>
    <rect x="420" y="300" width="1208" height="1460" rx="120" fill="url(#body)"/>
    <circle cx="1024" cy="1000" r="260" fill="#E8E8E8"/>
    ${overlay}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function text(content: string, x: number, y: number, px: number, fill: string, stroke: string): string {
  const outline = stroke
    ? ` stroke="${stroke}" stroke-width="${Math.max(2, Math.round(px / 14))}" paint-order="stroke"`
    : '';
  return `<text x="${x}" y="${y}" font-family="DejaVu Sans, sans-serif" font-size="${px}" font-weight="bold" fill="${fill}"${outline} text-anchor="middle">${content}</text>`;
}

/** A fixture photo (flattened on white) with SVG text laid over it at a share `y` of its height. */
async function photoWith(
  file: string,
  overlay?: { content: string; y: number; px: number; fill: string; stroke: string },
  format: 'png' | 'jpeg' = 'png',
): Promise<Buffer> {
  const bytes = await readFile(path.join(photos, file));
  const { width = 0, height = 0 } = await sharp(bytes).metadata();
  const layers = overlay
    ? [
        {
          input: Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${text(overlay.content, width / 2, overlay.y * height, overlay.px, overlay.fill, overlay.stroke)}</svg>`,
          ),
        },
      ]
    : [];
  return sharp(bytes)
    .flatten({ background: '#FFFFFF' })
    .composite(layers)
    .toFormat(format, { quality: 85 })
    .toBuffer();
}

const SALE = { content: 'SALE -50%', y: 0.2, px: 200, fill: '#E00000', stroke: '#FFFFFF' };

async function judge(
  image: Buffer,
  qa: Parameters<typeof resolveQaProfile>[0] = { profile: 'marketplace-main' },
) {
  const profile = resolveQaProfile(qa, '#FFFFFF');
  return checkText(await decodeImage(image, profile.background), profile);
}

describe('text check', () => {
  afterAll(async () => {
    await closeOcr();
    await closeTextDetector();
  });

  it('fails a bold "SALE -50%" overlay across the top of a real product photo under marketplace-main', async () => {
    const r = await judge(await photoWith('white_red-hoodie.jpg', SALE));
    expect(r?.status).toBe('fail');
    expect(r?.message).toMatch(/text overlay on the background/);
    // Located across the top fifth of the image, where it was laid.
    expect(r?.message).toMatch(/ y (\d)-(1\d|2\d)%/);
    // Tesseract reads the overlay's words for the message.
    expect(String(r?.value)).toMatch(/SALE|50/);
  });

  it('warns about the same overlay, as JPEG, under the default profile', async () => {
    const r = await judge(await photoWith('white_red-hoodie.jpg', SALE, 'jpeg'), {});
    expect(r?.status).toBe('warn');
    expect(r?.message).toMatch(/text overlay on the background/);
  });

  it.each([
    ['white_coffee-bag.jpg', 'a printed coffee bag ("ANGRY VIKING COFFEE")'],
    ['cutout_sneaker.png', 'a sneaker with "saleor" printed on its side'],
    ['white_red-hoodie.jpg', 'a hoodie with a round printed badge'],
  ])('passes branding on %s (%s) under marketplace-main and reports it', async (file) => {
    const r = await judge(await photoWith(file));
    expect(r?.status).toBe('pass');
    expect(r?.value).toBe('');
    expect(r?.message).toMatch(
      /no text overlay; \d+ line\(s\) of branding inside the product's outline, allowed/,
    );
  });

  it('passes the printed name on an off-white camera on a grey backdrop ("Step One", "Polaroid")', async () => {
    const r = await judge(await photoWith('../photos/camera-off-white.jpg'), {
      profile: 'marketplace-main',
      background: 'any',
    });
    expect(r?.status).toBe('pass');
    expect(r?.value).toBe('');
  });

  it.each(['colour_pendant-lamp-teal.jpg', 'shadow_tennis-ball.jpg'])(
    'finds no text at all on a product without any (%s)',
    async (file) => {
      const r = await judge(await photoWith(file), { profile: 'marketplace-main', background: 'any' });
      expect(r).toMatchObject({ status: 'pass', value: '', message: 'no text overlay' });
    },
  );

  it('passes a plain product with no text on it', async () => {
    const r = await judge(await shot());
    expect(r).toMatchObject({ status: 'pass', value: '', message: 'no text overlay' });
  });

  it('fails dark outlined text straddling the product top and the white backdrop', async () => {
    const r = await judge(await shot(text('FREE SHIPPING', 1024, 320, 60, '#222222', '#FFFFFF')));
    expect(r?.status).toBe('fail');
    expect(String(r?.value)).toMatch(/SHIP|FREE/);
  });

  it('fails an overlay crossing the edges of a printed product, and still reports its branding', async () => {
    const r = await judge(
      await photoWith('white_coffee-bag.jpg', {
        content: 'FREE SHIPPING',
        y: 0.55,
        px: 70,
        fill: '#222222',
        stroke: '#FFFFFF',
      }),
    );
    expect(r?.status).toBe('fail');
    expect(r?.message).toMatch(/line\(s\) of branding inside the product's outline/);
  });

  it.each([
    ['white_coffee-bag.jpg', 'BEST PRICE', 0.5, 50, /price/i],
    ['white_red-hoodie.jpg', 'FREE SHIPPING', 0.64, 56, /shipping/i],
    ['white_coffee-bag.jpg', 'NOW $19.99', 0.64, 50, /19\.99/],
  ])(
    'fails promotional text drawn wholly inside the product on %s ("%s") under marketplace-main',
    async (file, content, y, px, term) => {
      const r = await judge(await photoWith(file, { content, y, px, fill: '#111111', stroke: '#FFFFFF' }));
      expect(r?.status).toBe('fail');
      // Judged by its words, not its place: no part of it lies on the backdrop.
      expect(r?.message).not.toMatch(/on the background/);
      expect(r?.message).toMatch(/promotional text over the product, unrelated to its surface: "[^"]+" \(/);
      // The message names the terms that made it an overlay, and the value holds the words read.
      expect(r?.message).toMatch(new RegExp(`\\("[^)]*${term.source}[^)]*"\\)`, 'i'));
      expect(String(r?.value)).toMatch(term);
    },
  );

  it('warns about promotional text inside the product under the default profile', async () => {
    const image = await photoWith('white_coffee-bag.jpg', {
      content: 'BEST PRICE',
      y: 0.5,
      px: 50,
      fill: '#111111',
      stroke: '#FFFFFF',
    });
    const r = await judge(image, {});
    expect(r?.status).toBe('warn');
    expect(r?.message).toMatch(/promotional text over the product/);
  });

  it('cannot pass branding it could not read: an OCR that dies makes the check throw', async () => {
    const profile = resolveQaProfile({ profile: 'marketplace-main' }, '#FFFFFF');
    const a = await decodeImage(await photoWith('white_coffee-bag.jpg'), profile.background);
    const workerPath = path.join(fixtures, 'qa/crashing-ocr-worker.mjs');
    // The worker is shared: end the working one so the next read starts the crashing one.
    await closeOcr();
    await expect(checkText(a, profile, { workerPath })).rejects.toThrow(
      /the words of \d+ text line\(s\) inside the product could not be read to tell promotional text from branding: OCR failed/,
    );
    await closeOcr();
  });

  it('is off when the placement allows text or its severity is off, and warns where its severity says so', async () => {
    const image = await shot(text('FREE SHIPPING', 1024, 320, 90, '#222222', '#FFFFFF'));
    const a = await decodeImage(image, [255, 255, 255]);
    const allowed = resolveQaProfile({ profile: 'marketplace-main', noText: false }, '#FFFFFF');
    expect(await checkText(a, allowed)).toBe(undefined);
    const off = resolveQaProfile({ severity: { text: 'off' } }, '#FFFFFF');
    expect(await checkText(a, off)).toBe(undefined);
    const warn = resolveQaProfile(
      { profile: 'marketplace-main', noText: true, severity: { text: 'warn' } },
      '#FFFFFF',
    );
    expect((await checkText(a, warn))?.status).toBe('warn');
  });
});
