import { describe, expect, it } from 'vitest';
import { recordFor, sampleConfig } from '../../test/plan-fixtures.js';
import { planShots } from './plan.js';
import { explainPlan } from './reasons.js';
import { resolveSpecs } from './resolve.js';

async function explain(edit: (c: ReturnType<typeof sampleConfig>) => void) {
  const base = sampleConfig(3);
  const baseSpecs = await resolveSpecs(base);
  const head = sampleConfig(3);
  edit(head);
  const plan = planShots(await resolveSpecs(head), new Map(baseSpecs.map((s) => [s.key, recordFor(s)])));
  explainPlan(plan, head, { ref: 'main', config: base, specs: baseSpecs });
  return Object.fromEntries(
    plan.filter((p) => p.status !== 'unchanged').map((p) => [p.key, [p.status, ...p.reasonCodes!]]),
  );
}

describe('explainPlan', () => {
  it('names a model switch and an aspect change', async () => {
    expect(
      await explain((c) => {
        c.variants.get('hero')!.model = 'imagen-4';
        c.placements.get('pdp-main')!.aspect = '4:5';
      }),
    ).toEqual({
      'sku-0/hero': ['regenerate', 'model-switched'],
      'sku-2/hero': ['regenerate', 'model-switched'],
      'sku-0/pdp-main': ['regenerate', 'aspect-changed'],
      'sku-1/pdp-main': ['regenerate', 'aspect-changed'],
      'sku-2/pdp-main': ['regenerate', 'aspect-changed'],
      'sku-1/cutout': ['regenerate', 'aspect-changed'],
    });
  });

  it('names removed products and variants for orphaned records', async () => {
    expect(
      await explain((c) => {
        c.products.splice(2, 1);
        c.products[1]!.variants = ['pdp-main'];
      }),
    ).toEqual({
      'sku-1/cutout': ['orphaned', 'variant-removed'],
      'sku-2/hero': ['orphaned', 'product-removed'],
      'sku-2/pdp-main': ['orphaned', 'product-removed'],
    });
  });

  it('names studio option and pinned seed changes', async () => {
    expect(
      await explain((c) => {
        c.variants.get('cutout')!.studio = { fill: 0.5 };
        c.variants.get('hero')!.seed = 7;
      }),
    ).toEqual({
      'sku-1/cutout': ['regenerate', 'studio-options-changed'],
      'sku-0/hero': ['regenerate', 'seed-changed'],
      'sku-2/hero': ['regenerate', 'seed-changed'],
    });
  });

  it('falls back to the manifest when the config did not change for a shot', async () => {
    const cfg = sampleConfig(1);
    const specs = await resolveSpecs(cfg);
    const records = new Map(
      specs.map((s) => [
        s.key,
        recordFor(s, { status: 'failed', error: { kind: 'timeout', message: 'no answer in 120 s' } }),
      ]),
    );
    const plan = planShots(specs, records);
    explainPlan(plan, cfg, { ref: 'main', config: cfg, specs });
    expect(plan.map((p) => p.reason)).toEqual(
      specs.map(() => 'failed last time (timeout: no answer in 120 s)'),
    );
  });
});
