// Issue 18: the same bytes get the same QA report whatever else runs in the process. Corpus images
// go through runQa the way generate runs them (a p-queue of image work), at concurrency 1 and 4,
// in several shuffled orders with fixed seeds; every report must equal the one from a plain
// sequential pass, value for value. The cases are the ones OCR works hardest on (text overlays,
// good images read for text, studio outputs, naive-trim seams), where shared OCR state showed.
import PQueue from 'p-queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOcr, runQa, type QaReport } from '../../src/images/qa/index.js';
import { buildCorpus, naiveTrimCases, type CorpusCase } from './corpus.js';
import { studioCases } from './studio-outputs.js';

/** mulberry32: a small seeded generator, so every CI run tries the same orders. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function pass(cases: readonly CorpusCase[], concurrency: number): Promise<Map<string, QaReport>> {
  const queue = new PQueue({ concurrency });
  const reports = new Map<string, QaReport>();
  await Promise.all(
    cases.map((c) => queue.add(async () => reports.set(c.id, await runQa({ image: c.image, ...c.input })))),
  );
  return reports;
}

const RUNS = [
  { seed: 1, concurrency: 4 },
  { seed: 2, concurrency: 4 },
  { seed: 3, concurrency: 4 },
  { seed: 4, concurrency: 1 },
];

describe('QA reports do not depend on order or concurrency', () => {
  let cases: CorpusCase[] = [];
  let baseline = new Map<string, QaReport>();

  beforeAll(async () => {
    const corpus = await buildCorpus(0);
    const good = corpus.filter((c) => c.kind === 'good').slice(0, 6);
    const text = corpus.filter((c) => c.kind === 'text-overlay');
    const studio = (await studioCases()).filter((c) => /-(pdp|social)-/.test(c.id)).slice(0, 4);
    cases = [...text, ...good, ...studio, ...(await naiveTrimCases()).slice(0, 2)];
    baseline = await pass(cases, 1);
  }, 2_400_000);

  afterAll(async () => {
    await closeOcr();
  });

  it('covers images the text check passes and images it fails', () => {
    const text = [...baseline.values()].map((r) => r.checks.find((k) => k.check === 'text')?.status);
    expect(text.filter((s) => s === 'fail').length).toBeGreaterThanOrEqual(5);
    expect(text.filter((s) => s === 'pass').length).toBeGreaterThanOrEqual(5);
  });

  for (const run of RUNS) {
    it(`gives identical reports shuffled with seed ${run.seed} at concurrency ${run.concurrency}`, async () => {
      const order = shuffled(cases, run.seed);
      expect(order.map((c) => c.id)).not.toEqual(cases.map((c) => c.id));
      const reports = await pass(order, run.concurrency);
      for (const c of cases) expect(reports.get(c.id), c.id).toEqual(baseline.get(c.id));
    }, 2_400_000);
  }
});
