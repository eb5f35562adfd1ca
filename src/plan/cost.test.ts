import { describe, expect, it } from 'vitest';
import { recordFor, sampleConfig, settings } from '../../test/plan-fixtures.js';
import { checkBudget, estimateCost } from './cost.js';
import { planShots } from './plan.js';
import { resolveSpecs } from './resolve.js';

describe('estimateCost', () => {
  it('prices provider calls per model, re-derives free, time at the provider concurrency', async () => {
    const specs = await resolveSpecs(sampleConfig(4));
    // sku-0, sku-2: pdp-main + hero on nano-banana-pro; sku-1, sku-3: pdp-main (pro) + cutout (studio).
    const records = new Map(
      specs.filter((s) => s.sku === 'sku-3').map((s) => [s.key, recordFor(s, { specHash: 'old' })]),
    );
    const plan = planShots(specs, records);
    const cost = estimateCost(plan, settings());
    expect(cost.models.map((m) => [m.model, m.images, m.rederive])).toEqual([
      ['nano-banana-pro', 5, 1],
      ['studio', 1, 1],
    ]);
    const pro = cost.models[0]!;
    expect(pro.usd).toBeCloseTo(5 * 0.134, 2);
    expect(pro.concurrency).toBe(4);
    expect(pro.seconds).toBe(Math.ceil(5 / 4) * 25);
    expect(cost.images).toBe(6);
    expect(cost.rederive).toBe(2);
    expect(cost.usd).toBeCloseTo(0.67, 2);
  });

  it('respects a provider rate cap when it is the tighter limit', async () => {
    const specs = (await resolveSpecs(sampleConfig(40))).filter((s) => s.model === 'nano-banana-pro');
    const s = settings();
    s.providers.gemini = { concurrency: 100, timeoutSeconds: 60, ratePerMinute: 10 };
    const cost = estimateCost(planShots(specs, new Map()), s);
    expect(cost.models[0]!.seconds).toBe((specs.length / 10) * 60);
  });
});

describe('checkBudget', () => {
  const estimate = { models: [], images: 120, rederive: 0, usd: 15.5, seconds: 0 };
  it('says by how much and where to raise each limit', () => {
    const f = checkBudget(
      estimate,
      { maxImages: 100, maxUsd: 10 },
      {
        file: 'shotlist.yaml',
        maxImages: { file: 'shotlist.yaml', line: 17, column: 14 },
        maxUsd: { file: 'shotlist.yaml', line: 18, column: 11 },
      },
    );
    expect(f.map((x) => [x.line, x.column, x.rule, x.severity])).toEqual([
      [17, 14, 'over-budget', 'error'],
      [18, 11, 'over-budget', 'error'],
    ]);
    expect(f[0]!.message).toMatch(
      /needs 120 images but budget.maxImages is 100 \(over by 20\); raise budget.maxImages in shotlist.yaml line 17 to at least 120/,
    );
    expect(f[1]!.message).toMatch(/\$15\.50 but budget.maxUsd is \$10\.00 \(over by \$5\.50\)/);
  });
  it('passes within budget and without one', () => {
    expect(checkBudget(estimate, { maxImages: 120, maxUsd: 15.5 }, { file: 'shotlist.yaml' })).toEqual([]);
    expect(checkBudget(estimate, {}, { file: 'shotlist.yaml' })).toEqual([]);
  });
});
