import type { QaCheckResult } from '../../domain/manifest-record.js';
import { bytesOf, type Analysed } from './analyse.js';
import { ciede2000 } from './ciede2000.js';
import { parseHexColour, rgbToLab, toHex, type Lab, type Rgb } from './colour.js';
import type { QaProfile } from './profiles.js';
import { judged, round } from './result.js';

/** A colour covering at least this share of the product counts as one of its main colours. */
const MAIN_SHARE = 0.2;
/** Bins closer than this (CIE76) are merged into one colour. */
const MERGE = 14;

interface Cluster {
  lab: Lab;
  rgb: [number, number, number];
  count: number;
}

/** Main colours of the product: 4-bit-per-channel histogram, bins merged greedily in Lab. */
export function mainColours(a: Analysed): Cluster[] {
  const { mask, width: w, height: h, bbox } = a.small;
  const rgb = bytesOf(a.small.rgb);
  // 4 bits per channel: 4096 bins of count and channel sums.
  const count = new Uint32Array(4096);
  const sums = new Float64Array(4096 * 3);
  let total = 0;
  if (!bbox) return [];
  // Every other pixel each way: a quarter of the work, and main colours covering 20% of the
  // product are as clear in a quarter of its pixels.
  for (let y = Math.max(1, bbox.y0); y <= Math.min(h - 2, bbox.y1); y += 2) {
    for (let x = Math.max(1, bbox.x0); x <= Math.min(w - 2, bbox.x1); x += 2) {
      const i = y * w + x;
      // Interior pixels only: the outline is mixed with the background.
      if (!(mask[i] && mask[i - 1] && mask[i + 1] && mask[i - w] && mask[i + w])) continue;
      const j = i * 3;
      const key = ((rgb[j]! >> 4) << 8) | ((rgb[j + 1]! >> 4) << 4) | (rgb[j + 2]! >> 4);
      count[key]!++;
      sums[key * 3] = sums[key * 3]! + rgb[j]!;
      sums[key * 3 + 1] = sums[key * 3 + 1]! + rgb[j + 1]!;
      sums[key * 3 + 2] = sums[key * 3 + 2]! + rgb[j + 2]!;
      total++;
    }
  }
  const bins: { n: number; r: number; g: number; b: number }[] = [];
  for (let k = 0; k < 4096; k++) {
    if (count[k]) bins.push({ n: count[k]!, r: sums[k * 3]!, g: sums[k * 3 + 1]!, b: sums[k * 3 + 2]! });
  }
  const clusters: (Cluster & { sum: [number, number, number] })[] = [];
  for (const bin of bins.sort((p, q) => q.n - p.n)) {
    const mean: Rgb = [bin.r / bin.n, bin.g / bin.n, bin.b / bin.n];
    const lab = rgbToLab(mean);
    const near = clusters.find(
      (c) => Math.hypot(c.lab[0] - lab[0], c.lab[1] - lab[1], c.lab[2] - lab[2]) < MERGE,
    );
    if (near) {
      near.count += bin.n;
      near.sum[0] += bin.r;
      near.sum[1] += bin.g;
      near.sum[2] += bin.b;
    } else {
      clusters.push({ lab, rgb: mean, count: bin.n, sum: [bin.r, bin.g, bin.b] });
    }
  }
  return clusters
    .map((c) => {
      const mean: Rgb = [c.sum[0] / c.count, c.sum[1] / c.count, c.sum[2] / c.count];
      return { lab: rgbToLab(mean), rgb: mean, count: c.count / Math.max(1, total) };
    })
    .sort((p, q) => q.count - p.count);
}

export function checkColour(
  a: Analysed,
  declared: string | undefined,
  p: QaProfile,
): QaCheckResult | undefined {
  const want = parseHexColour(declared);
  if (!want) return undefined;
  const max = p.thresholds.maxDeltaE;
  const colours = mainColours(a);
  const main = colours.filter((c, i) => i === 0 || c.count >= MAIN_SHARE);
  if (main.length === 0)
    return judged('colour', false, p.severity.colour, null, max, 'no product to measure');
  const target = rgbToLab(want);
  let best = main[0]!;
  let bestDe = Infinity;
  for (const c of main) {
    const de = ciede2000(target, c.lab);
    if (de < bestDe) {
      bestDe = de;
      best = c;
    }
  }
  const measured = main.map((c) => `${toHex(c.rgb)} ${(c.count * 100).toFixed(0)}%`).join(', ');
  return judged(
    'colour',
    bestDe <= max,
    p.severity.colour,
    round(bestDe, 2),
    max,
    bestDe <= max
      ? `declared ${declared} is ${round(bestDe, 1)} dE2000 from measured ${toHex(best.rgb)} (main colours: ${measured})`
      : `declared ${declared} is ${round(bestDe, 1)} dE2000 from the nearest main colour ${toHex(best.rgb)} (main colours: ${measured}); allowed ${max}`,
  );
}
