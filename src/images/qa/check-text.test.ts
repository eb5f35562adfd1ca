import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImage } from './analyse.js';
import { checkText } from './check-text.js';
import { closeOcr } from './ocr.js';
import { resolveQaProfile } from './profiles.js';

const SIDE = 2048;

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

function text(content: string, y: number, px: number, fill: string, stroke: string): string {
  return `<text x="1024" y="${y}" font-family="DejaVu Sans, sans-serif" font-size="${px}" font-weight="bold" fill="${fill}" stroke="${stroke}" stroke-width="${Math.max(2, Math.round(px / 14))}" paint-order="stroke" text-anchor="middle">${content}</text>`;
}

async function judge(image: Buffer) {
  const profile = resolveQaProfile({ profile: 'marketplace-main', noText: true }, '#FFFFFF');
  return checkText(await decodeImage(image, profile.background), profile);
}

describe('text check', () => {
  afterAll(async () => {
    await closeOcr();
  });

  it('passes a product with no text on it', async () => {
    const r = await judge(await shot());
    expect(r?.status).toBe('pass');
    expect(r?.value).toBe('');
  });

  // The next two read as no text at all with whole-image reads of the 1024 px plane alone (the check before the stroke maps and line re-reads).
  it('fails dark outlined text straddling the product top and the white backdrop', async () => {
    const r = await judge(await shot(text('FREE SHIPPING', 320, 60, '#222222', '#FFFFFF')));
    expect(r?.status).toBe('fail');
    expect(String(r?.value)).toMatch(/SHIP|FREE/);
  });

  it('fails small grey text with a dark outline straddling the product bottom and its shadow', async () => {
    // 56 px letters on a 2048 px image: 28 px on the analysis plane, where the outline blurs into the fill.
    const r = await judge(await shot(text('www.shop-example.com', 1775, 56, '#777777', '#000000')));
    expect(r?.status).toBe('fail');
    expect(String(r?.value)).toMatch(/shop|ample/i);
  });

  it('is off when the placement allows text, and only warns where its severity says so', async () => {
    const image = await shot(text('FREE SHIPPING', 320, 90, '#222222', '#FFFFFF'));
    const a = await decodeImage(image, [255, 255, 255]);
    expect(
      await checkText(a, resolveQaProfile({ profile: 'marketplace-main', noText: false }, '#FFFFFF')),
    ).toBe(undefined);
    const warn = resolveQaProfile(
      { profile: 'marketplace-main', noText: true, severity: { text: 'warn' } },
      '#FFFFFF',
    );
    expect((await checkText(a, warn))?.status).toBe('warn');
  });
});
