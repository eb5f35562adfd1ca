import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './analyse.js';
import { checkBackdropInside, measureBackdropInside } from './check-backdrop-inside.js';
import { checkFaintOutline, measureFaintOutline } from './check-faint-outline.js';
import { checkRaggedOutline, measureOutlineRoughness } from './check-ragged-outline.js';
import { checkShadowRemnant, measureShadowRemnant } from './check-shadow-remnant.js';
import { traceContours } from './mask-ops.js';
import { resolveQaProfile } from './profiles.js';

const WHITE: [number, number, number] = [255, 255, 255];
// Off by default in both profiles: turned on here, as a placement would.
const on = resolveQaProfile(
  {
    profile: 'marketplace-main',
    severity: {
      'shadow-remnant': 'fail',
      'backdrop-inside': 'fail',
      'ragged-outline': 'fail',
      'faint-outline': 'fail',
    },
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

/** A jagged polygon: a circle whose radius jumps in and out by `jag` px every few degrees. */
function jagged(cx: number, cy: number, r: number, jag: number, fill: string): string {
  const pts = Array.from({ length: 180 }, (_, k) => {
    const t = (k / 180) * 2 * Math.PI;
    const rr = r + (k % 2 ? jag : -jag) * (k % 5 === 0 ? 1.6 : 1);
    return `${(cx + rr * Math.cos(t)).toFixed(1)},${(cy + rr * Math.sin(t)).toFixed(1)}`;
  });
  return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}

describe('outline tracing', () => {
  it('walks a filled square once round its boundary, and a hole in it as a second outline', () => {
    const w = 40;
    const on = new Uint8Array(w * w);
    for (let y = 5; y < 35; y++) for (let x = 5; x < 35; x++) on[y * w + x] = 1;
    const [outer] = traceContours(on, w, w, 1);
    expect(outer!.length).toBe(4 * 29);
    for (let y = 15; y < 25; y++) for (let x = 15; x < 25; x++) on[y * w + x] = 0;
    const both = traceContours(on, w, w, 1);
    expect(both.length).toBe(2);
  });
});

describe('ragged outline', () => {
  it('fails a jagged, notched edge and passes a smooth one and a straight-edged box', async () => {
    const rough = await scene(jagged(512, 512, 340, 5, '#C8102E'), 'jpeg');
    const m = measureOutlineRoughness(rough)!;
    expect(m.share).toBeGreaterThan(on.thresholds.maxRaggedOutline);
    const r = checkRaggedOutline(rough, on);
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/jagged or notched/);
    const smooth = await scene('<circle cx="512" cy="512" r="340" fill="#C8102E"/>', 'jpeg');
    expect(measureOutlineRoughness(smooth)!.share).toBeLessThanOrEqual(on.thresholds.maxRaggedOutline);
    expect(checkRaggedOutline(smooth, on).status).toBe('pass');
    const box = await scene('<polygon points="200,300 700,260 820,700 260,780" fill="#1F7A58"/>');
    expect(measureOutlineRoughness(box)!.share).toBe(0);
  });
});

describe('faint outline', () => {
  it('fails a near-white body that fades into white, passes the same body with a faint grey edge', async () => {
    const body = (stroke: string) =>
      `<rect x="250" y="200" width="520" height="620" rx="40" fill="#FAFAFA"${stroke}/><rect x="470" y="300" width="80" height="80" fill="#1F2A4D"/>`;
    const faint = await scene(body(''), 'png');
    const m = measureFaintOutline(faint)!;
    expect(m.share).toBeGreaterThan(on.thresholds.maxFaintOutline);
    expect(checkFaintOutline(faint, on).status).toBe('fail');
    expect(checkFaintOutline(faint, on).message).toMatch(/dissolving into the background/);
    const edged = await scene(body(' stroke="#D0D0D0" stroke-width="4"'), 'png');
    expect(measureFaintOutline(edged)!.share).toBeLessThanOrEqual(on.thresholds.maxFaintOutline);
    expect(checkFaintOutline(edged, on).status).toBe('pass');
  });

  it("passes a dark product with the studio's soft contact shadow", async () => {
    const a = await scene(SOFT_SHADOW + MUG, 'jpeg');
    expect(measureFaintOutline(a)!.share).toBeLessThanOrEqual(on.thresholds.maxFaintOutline);
  });
});

describe('the cut-out checks by default', () => {
  it('are off in both built-in profiles until they meet the corpus bar', () => {
    for (const name of ['default', 'marketplace-main']) {
      const p = resolveQaProfile({ profile: name }, '#FFFFFF');
      for (const c of ['shadow-remnant', 'backdrop-inside', 'ragged-outline', 'faint-outline'] as const)
        expect(p.severity[c], `${name} ${c}`).toBe('off');
    }
  });
});
