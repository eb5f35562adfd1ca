import { describe, expect, it } from 'vitest';
import type { ShotSpec } from '../domain/spec.js';
import type { PlannedShot } from '../plan/plan.js';
import { buildSettings } from '../config/settings.js';
import { selectWork, shardSettings } from './select-work.js';

const shot = (key: string, status: PlannedShot['status']): PlannedShot => ({
  key,
  status,
  spec: { key, model: 'flux-schnell' } as ShotSpec,
});
const plan = [
  shot('a/grid', 'new'),
  shot('a/pdp', 're-derive'),
  shot('b/grid', 'unchanged'),
  shot('b/pdp', 'regenerate'),
  shot('c/grid', 'failed-last-time'),
  { key: 'd/grid', status: 'orphaned' } as PlannedShot,
];

describe('selectWork', () => {
  it('keeps only planned shots with a spec', () => {
    expect(selectWork(plan, {}).work.map((s) => s.key)).toEqual(['a/grid', 'a/pdp', 'b/pdp', 'c/grid']);
  });

  it('filters by glob and caps provider calls, deferring the rest; re-derives cost no call', () => {
    const { work, deferred } = selectWork(plan, { maxImages: 1 });
    expect(work.map((s) => s.key)).toEqual(['a/grid', 'a/pdp']);
    expect(deferred.map((s) => s.key)).toEqual(['b/pdp', 'c/grid']);
    expect(selectWork(plan, { only: '*/grid' }).work.map((s) => s.key)).toEqual(['a/grid', 'c/grid']);
  });

  it('splits into shards that together cover the work exactly once', () => {
    const parts = [1, 2, 3].map((index) =>
      selectWork(plan, { shard: { index, count: 3 } }).work.map((s) => s.key),
    );
    expect(parts.flat().sort()).toEqual(['a/grid', 'a/pdp', 'b/pdp', 'c/grid']);
  });
});

describe('shardSettings', () => {
  const settings = buildSettings({
    providers: { fal: { concurrency: 8, ratePerMinute: 60 }, gemini: { concurrency: 2 } },
    budget: { maxUsd: 10 },
  });

  it('gives each of N shards 1/N of every provider limit (at least 1) and of the budget', () => {
    const s = shardSettings(settings, 4);
    expect(s.providers.fal).toMatchObject({ concurrency: 2, ratePerMinute: 15 });
    expect(s.providers.gemini!.concurrency).toBe(1);
    expect(s.budget.maxUsd).toBe(2.5);
    expect(settings.providers.fal!.concurrency).toBe(8);
  });

  it('leaves an unsharded run as configured', () => {
    expect(shardSettings(settings, undefined)).toBe(settings);
    expect(shardSettings(settings, 1)).toBe(settings);
  });
});
