// The labelled QA corpus: good images and defects made on purpose, generated deterministically
// from the fixture photos at test time (nothing large is committed).
import path from 'node:path';
import sharp from 'sharp';
import type { QaInput } from '../../src/images/qa/index.js';
import { compose, encode, type ComposeOptions, type Encoding } from './compose.js';
import { loadCutouts, PHOTOS, type Cutout } from './cutouts.js';

export type CaseKind =
  | 'good'
  | 'off-white-backdrop'
  | 'naive-trim-seam'
  | 'halo'
  | 'blur'
  | 'too-small'
  | 'cut-off'
  | 'off-centre'
  | 'wrong-colour'
  | 'text-overlay'
  | 'wrong-size'
  | 'low-resolution'
  | 'clipped-exposure'
  | 'near-duplicate'
  | 'shadow-remnant'
  | 'backdrop-inside'
  | 'ragged-outline'
  | 'dissolving';

/** The check meant to catch each defect (others may fail too; recall counts only this one). */
export const TARGETS: Record<Exclude<CaseKind, 'good'>, string[]> = {
  'off-white-backdrop': ['background'],
  'naive-trim-seam': ['seams'],
  halo: ['halo'],
  blur: ['sharpness'],
  'too-small': ['fill'],
  'cut-off': ['background-deviation'],
  'off-centre': ['centring'],
  'wrong-colour': ['colour'],
  'text-overlay': ['text'],
  'wrong-size': ['dimensions'],
  'low-resolution': ['resolution'],
  'clipped-exposure': ['clipping'],
  'near-duplicate': ['duplicate'],
  'shadow-remnant': ['shadow-remnant'],
  'backdrop-inside': ['backdrop-inside'],
  'ragged-outline': ['ragged-outline'],
  dissolving: ['faint-outline'],
};

export interface CorpusCase {
  id: string;
  kind: CaseKind;
  image: Buffer;
  input: Omit<QaInput, 'image'>;
}

const QA = { profile: 'marketplace-main', severity: { duplicate: 'fail' } };
const ENCODINGS: Encoding[] = ['jpeg', 'png', 'webp'];
const LAYOUTS: { aspect: string; w: number; h: number }[] = [
  { aspect: '1:1', w: 2048, h: 2048 },
  { aspect: '1:1', w: 1600, h: 1600 },
  { aspect: '4:5', w: 1600, h: 2000 },
  { aspect: '3:4', w: 1536, h: 2048 },
];

function sizeOf(l: { w: number; h: number }): number {
  return Math.max(l.w, l.h);
}

interface Made {
  id: string;
  kind: CaseKind;
  image: Buffer;
  aspect: string;
  size: number;
  color: string;
  product: string;
  /** For a near-duplicate: the id of the image it duplicates. */
  twin?: string;
  ocr: boolean;
}

/**
 * `shift` re-deals products, layouts and codecs among the cases (same defect strengths), so the
 * thresholds, chosen on shift 0, can be checked on arrangements they were not tuned on.
 */
export async function buildCorpus(shift = 0): Promise<CorpusCase[]> {
  const cuts = await loadCutouts();
  const made: Made[] = [];
  const at = (i: number) => cuts[(i + shift) % cuts.length]!;
  const layout = (i: number) => LAYOUTS[(i + 2 * shift) % LAYOUTS.length]!;
  const base = (i: number, extra: Partial<ComposeOptions> = {}): ComposeOptions => ({
    width: layout(i).w,
    height: layout(i).h,
    fill: [0.82, 0.86, 0.9][i % 3]!,
    dx: [0, 0.015, -0.02][i % 3]!,
    dy: [0, -0.015, 0.02][(i + 1) % 3]!,
    shadow: (i + shift) % 2 === 1,
    encoding: ENCODINGS[(i + shift) % 3]!,
    ...extra,
  });
  const add = async (
    kind: CaseKind,
    i: number,
    cut: Cutout,
    o: ComposeOptions,
    extra: Partial<Made> = {},
  ) => {
    made.push({
      id: `${kind}-${i}-${cut.name}`,
      kind,
      image: await compose(cut, o),
      aspect: layout(i).aspect,
      size: sizeOf(layout(i)),
      color: cut.color,
      product: cut.name,
      ocr: false,
      ...extra,
    });
  };

  for (let i = 0; i < 18; i++) await add('good', i, at(i), base(i), { ocr: true });
  const greys = ['#F7F7F7', '#FAFAFA', '#F0F0F0', '#EBEBEB', '#FCFCFC', '#E6E6E6'];
  for (let i = 0; i < 6; i++)
    await add('off-white-backdrop', i, at(i + 1), base(i, { background: greys[i] }));
  // Light fringes (left-over backdrop) around anything; dark rings around light or coloured products.
  const halos: [number, string, number][] = [
    [0, '#EDEDED', 6],
    [1, '#F5F5F5', 10],
    [2, '#E0E0E0', 8],
    [3, '#303030', 6],
    [4, '#F2F2F2', 12],
    [6, '#202020', 7],
    [5, '#E8E8E8', 5],
    // Thin fringes at large output sizes: two to two and a half pixels of the analysis plane.
    [7, '#EAEAEA', 5],
    [8, '#F0F0F0', 5],
    [10, '#E4E4E4', 4],
  ];
  for (const [i, colour, px] of halos) await add('halo', i, at(i), base(i, { halo: { colour, px } }));
  for (let i = 0; i < 6; i++) {
    const img = await compose(at(i), base(i, { encoding: 'png' }));
    const sigma = ([1.6, 2.2, 3, 4, 2.6, 1.8][i]! * layout(i).w) / 1024;
    made.push({
      id: `blur-${i}-${at(i).name}`,
      kind: 'blur',
      image: await encode(sharp(img).blur(sigma), ENCODINGS[i % 3]!),
      aspect: layout(i).aspect,
      size: sizeOf(layout(i)),
      color: at(i).color,
      product: at(i).name,
      ocr: false,
    });
  }
  for (let i = 0; i < 6; i++)
    await add(
      'too-small',
      i,
      at(i + 2),
      base(i, { fill: [0.45, 0.6, 0.7, 0.5, 0.65, 0.72][i]!, dx: 0, dy: 0 }),
    );
  for (let i = 0; i < 6; i++) {
    // Pushed off the frame along the product's long axis, or simply too big for the frame.
    const cut = at(i + 3);
    const l = layout(i);
    const d = [0.12, -0.15, 0.1, -0.2, 0.08, 0][i]!;
    const alongX = cut.width / cut.height >= l.w / l.h;
    const fill = [0.88, 0.85, 0.9, 0.8, 0.95, 1.12][i]!;
    await add('cut-off', i, cut, base(i, { fill, dx: alongX ? d : 0, dy: alongX ? 0 : d }));
  }
  for (let i = 0; i < 6; i++) {
    const d = [0.085, -0.09, 0.08, -0.1, 0.075, 0.09][i]!;
    await add('off-centre', i, at(i + 4), base(i, { fill: 0.8, dx: i % 2 ? d : 0.01, dy: i % 2 ? 0 : d }));
  }
  // Coloured products are hue-rotated; a black shoe cannot be, so its catalog declares yellow.
  const hues = [150, 120, 180, 90, 200, 140];
  for (const [n, i] of [0, 2, 4, 3, 6, 1].entries()) {
    const cut = at(i);
    if (cut.dark) await add('wrong-colour', i, cut, base(i), { color: '#E8C547' });
    else await add('wrong-colour', i, cut, base(i, { hue: hues[n]! }));
  }
  const texts = [
    'SALE 50% OFF',
    'www.shop-example.com',
    'FREE SHIPPING',
    'NEW ARRIVAL',
    'Sample watermark',
    'BEST PRICE',
  ];
  for (let i = 0; i < 6; i++) {
    const img = await compose(at(i), base(i, { encoding: 'png' }));
    const { w, h } = layout(i);
    const fontPx = Math.round(w * [0.05, 0.035, 0.045, 0.06, 0.04, 0.05][i]!);
    const y = [0.08, 0.95, 0.5, 0.1, 0.93, 0.55][i]! * h;
    const colour = ['#D0021B', '#777777', '#222222', '#1E5BD5', '#999999', '#000000'][i]!;
    // Overlays are made to be read: a contrasting outline keeps them legible over any product.
    // The faint grey watermark (i = 4) is left bare on purpose.
    const outline =
      i === 4
        ? ''
        : ` stroke="${i === 1 ? '#000000' : '#FFFFFF'}" stroke-width="${Math.max(2, Math.round(fontPx / 14))}" paint-order="stroke"`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><text x="${w / 2}" y="${y}" font-family="DejaVu Sans, sans-serif" font-size="${fontPx}" font-weight="bold" fill="${colour}" fill-opacity="${i === 4 ? 0.6 : 1}"${outline} text-anchor="middle">${texts[i]}</text></svg>`;
    made.push({
      id: `text-overlay-${i}-${at(i).name}`,
      kind: 'text-overlay',
      image: await encode(sharp(img).composite([{ input: Buffer.from(svg) }]), ENCODINGS[i % 3]!),
      aspect: layout(i).aspect,
      size: sizeOf(layout(i)),
      color: at(i).color,
      product: at(i).name,
      ocr: true,
    });
  }
  for (let i = 0; i < 6; i++) {
    // Right aspect, wrong pixels; or the wrong aspect altogether.
    const l = layout(i);
    const wrong = [
      { w: 2000, h: 2000 },
      { w: 1600, h: 1599 },
      { w: 1600, h: 1600 },
      { w: 1600, h: 2048 },
      { w: 2048, h: 1536 },
      { w: 1700, h: 1700 },
    ][i]!;
    const img = await compose(at(i), { ...base(i), width: wrong.w, height: wrong.h });
    made.push({
      id: `wrong-size-${i}-${at(i).name}`,
      kind: 'wrong-size',
      image: img,
      aspect: l.aspect,
      size: sizeOf(l),
      color: at(i).color,
      product: at(i).name,
      ocr: false,
    });
  }
  for (let i = 0; i < 6; i++) {
    const side = [1200, 1024, 800, 1500, 1000, 1400][i]!;
    const img = await compose(at(i), { ...base(i), width: side, height: side });
    made.push({
      id: `low-resolution-${i}-${at(i).name}`,
      kind: 'low-resolution',
      image: img,
      aspect: '1:1',
      size: side,
      color: at(i).color,
      product: at(i).name,
      ocr: false,
    });
  }
  // Blown highlights on light or coloured products, crushed shadows on dark or saturated ones.
  const blow: [number, number][] = [
    [2.4, 60],
    [2.2, 70],
    [2.6, 60],
  ];
  const crush: [number, number][] = [
    [1.6, -110],
    [1.8, -130],
    [1.7, -120],
  ];
  for (const [n, i] of [0, 2, 4, 3, 1, 5].entries()) {
    const cut = at(i);
    const [gain, offset] = (cut.exposure === 'crush' ? crush : blow)[n % 3]!;
    await add('clipped-exposure', i, cut, base(i, { gain, offset }));
  }

  // Near-duplicates: the same shot re-made at another size or position with another codec.
  for (let i = 0; i < 6; i++) {
    const twinIndex = made.findIndex((m) => m.kind === 'good' && m.product === at(i).name);
    const twin = made[twinIndex]!;
    const o = base(twinIndex);
    await add(
      'near-duplicate',
      twinIndex,
      at(i),
      {
        ...o,
        fill: o.fill + [0.01, -0.01, 0.02, -0.02, 0.015, 0][i]!,
        dx: (o.dx ?? 0) + 0.005,
        encoding: ENCODINGS[(twinIndex + 1) % 3]!,
        shadow: i % 3 === 0 ? !o.shadow : o.shadow,
      },
      { twin: twin.id, id: `near-duplicate-${i}-${at(i).name}` },
    );
  }

  const { phashOf } = await import('../../src/images/qa/phash.js');
  const hashes = new Map<string, string>();
  for (const m of made) hashes.set(m.id, await phashOf(m.image));
  return made.map((m) => {
    // Siblings: another product's good image (a real pair of variants), plus the twin for duplicates.
    const other = made.find((o) => o.kind === 'good' && shapeOf(o.product) !== shapeOf(m.product))!;
    const siblings = [{ key: other.id, phash: hashes.get(other.id)! }];
    if (m.twin) siblings.push({ key: m.twin, phash: hashes.get(m.twin)! });
    return {
      id: m.id,
      kind: m.kind,
      image: m.image,
      input: {
        aspect: m.aspect,
        size: m.size,
        background: '#FFFFFF',
        qa: { ...QA, noText: m.ocr },
        color: m.color,
        siblings,
      },
    };
  });
}

/** Colourways share a silhouette (and a mirrored shoe nearly so); a greyscale hash cannot tell them apart. */
function shapeOf(product: string): string {
  if (product.endsWith('mugs')) return 'mugs';
  return product.startsWith('shoe') ? 'shoe' : product;
}

/** The naive trim: sharp's trim of the shoe photo, then extended onto pure white. */
export async function naiveTrimCases(): Promise<CorpusCase[]> {
  const out: CorpusCase[] = [];
  const variants = [
    { side: 2048, fill: 0.85, threshold: 10, encoding: 'jpeg' as Encoding },
    { side: 1600, fill: 0.9, threshold: 10, encoding: 'png' as Encoding },
    { side: 2048, fill: 0.8, threshold: 20, encoding: 'webp' as Encoding },
    { side: 1600, fill: 0.82, threshold: 5, encoding: 'jpeg' as Encoding },
    { side: 2048, fill: 0.88, threshold: 15, encoding: 'png' as Encoding },
    { side: 1800, fill: 0.85, threshold: 10, encoding: 'webp' as Encoding },
  ];
  for (const [i, v] of variants.entries()) {
    const trimmed = await sharp(path.join(PHOTOS, 'shoe-near-white.jpg'))
      .trim({ background: '#FFFFFF', threshold: v.threshold })
      .toBuffer({ resolveWithObject: true });
    const { width, height } = trimmed.info;
    const scale = (v.fill * v.side) / Math.max(width, height);
    const pw = Math.round(width * scale);
    const ph = Math.round(height * scale);
    const left = Math.floor((v.side - pw) / 2);
    const top = Math.floor((v.side - ph) / 2);
    const image = await encode(
      sharp(trimmed.data)
        .resize(pw, ph)
        .extend({ left, top, right: v.side - pw - left, bottom: v.side - ph - top, background: '#FFFFFF' }),
      v.encoding,
    );
    out.push({
      id: `naive-trim-seam-${i}`,
      kind: 'naive-trim-seam',
      image,
      input: {
        aspect: '1:1',
        size: v.side,
        background: '#FFFFFF',
        qa: { ...QA, noText: false },
        color: '#2B2B2B',
        siblings: [],
      },
    });
  }
  return out;
}
