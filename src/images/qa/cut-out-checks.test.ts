import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './analyse.js';
import { checkBackdropInside, measureBackdropInside } from './check-backdrop-inside.js';
import { checkShadowRemnant, measureShadowRemnant } from './check-shadow-remnant.js';
import { resolveQaProfile } from './profiles.js';

const WHITE: [number, number, number] = [255, 255, 255];
// Off by default in both profiles: turned on here, as a placement would.
const on = resolveQaProfile(
  {
    profile: 'marketplace-main',
    severity: { 'shadow-remnant': 'fail', 'backdrop-inside': 'fail' },
  },
  '#FFFFFF',
);

/** A 1024 px scene on white (the analysis plane's own size), encoded as PNG or JPEG. */
async function scene(body: string, format: 'png' | 'jpeg' = 'png') {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024"><rect width="1024" height="1024" fill="#FFFFFF"/>${body}</svg>`;
  const img = sharp(Buffer.from(svg));
  const bytes = format === 'jpeg' ? await img.jpeg({ quality: 90 }).toBuffer() : await img.png().toBuffer();
  return decodeImage(bytes, WHITE);
}

const MUG = '<rect x="330" y="240" width="360" height="520" rx="24" fill="#C8102E"/>';
/** The studio's kind of contact shadow: darkness falling smoothly to nothing at its rim. */
const SOFT_SHADOW =
  '<defs><radialGradient id="s"><stop offset="0" stop-color="#000" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs><ellipse cx="510" cy="760" rx="230" ry="26" fill="url(#s)"/>';

function wavyDisc(cx: number, cy: number, rx: number, ry: number, fill: string): string {
  const pts = Array.from({ length: 90 }, (_, k) => {
    const t = (k / 90) * 2 * Math.PI;
    const r = 1 + 0.07 * Math.sin(11 * t);
    return `${(cx + rx * r * Math.cos(t)).toFixed(1)},${(cy + ry * r * Math.sin(t)).toFixed(1)}`;
  });
  return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}

describe('shadow remnant', () => {
  it('fails a hard-edged grey piece of cast shadow under the base, in either codec', async () => {
    for (const format of ['png', 'jpeg'] as const) {
      const a = await scene(wavyDisc(520, 760, 260, 40, '#A4A4A4') + MUG, format);
      const m = measureShadowRemnant(a)!;
      expect(m.share, format).toBeGreaterThan(on.thresholds.maxShadowRemnant);
      const r = checkShadowRemnant(a, on);
      expect(r.status).toBe('fail');
      expect(r.message).toMatch(/cast shadow is left on the product/);
    }
  });

  it("passes the studio's soft contact shadow and a product that is grey all over", async () => {
    const soft = await scene(SOFT_SHADOW + MUG, 'jpeg');
    expect(measureShadowRemnant(soft)!.share).toBe(0);
    expect(checkShadowRemnant(soft, on).status).toBe('pass');
    const silver = await scene('<rect x="300" y="240" width="420" height="520" rx="30" fill="#B4B4B4"/>');
    expect(measureShadowRemnant(silver)!.share).toBe(0);
  });
});

const LEGS =
  '<rect x="250" y="180" width="520" height="80" rx="20" fill="#A8743F"/>' +
  '<polygon points="290,260 340,260 320,860 260,860" fill="#8A5A2B"/>' +
  '<polygon points="680,260 730,260 760,860 700,860" fill="#8A5A2B"/>' +
  '<rect x="300" y="560" width="420" height="26" fill="#7A4E25"/>';

describe('backdrop inside', () => {
  it('fails a pale backdrop panel left between the legs, open to the backdrop below', async () => {
    const a = await scene('<polygon points="320,260 700,260 720,852 300,852" fill="#AFC9E4"/>' + LEGS);
    const m = measureBackdropInside(a)!;
    expect(m.share).toBeGreaterThan(on.thresholds.maxBackdropInside);
    expect(m.parts).toBeGreaterThanOrEqual(1);
    expect(checkBackdropInside(a, on).status).toBe('fail');
  });

  it('passes the clean stool, and a flat label printed inside a bottle', async () => {
    expect(measureBackdropInside(await scene(LEGS))!.share).toBe(0);
    const bottle = await scene(
      '<rect x="340" y="200" width="340" height="640" rx="40" fill="#1F7A58"/><rect x="370" y="420" width="280" height="220" fill="#F2EAD3"/>',
    );
    expect(measureBackdropInside(bottle)!.share).toBe(0);
    expect(checkBackdropInside(bottle, on).status).toBe('pass');
  });
});

describe('the cut-out checks by default', () => {
  it('are off in both built-in profiles until they meet the corpus bar', () => {
    for (const name of ['default', 'marketplace-main']) {
      const p = resolveQaProfile({ profile: name }, '#FFFFFF');
      for (const c of ['shadow-remnant', 'backdrop-inside'] as const)
        expect(p.severity[c], `${name} ${c}`).toBe('off');
    }
  });
});
