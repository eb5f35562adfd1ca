import { describe, expect, it } from 'vitest';
import { recordFor, sampleConfig } from '../../test/plan-fixtures.js';
import { isBlocked, planShots } from './plan.js';
import { resolveSpecs } from './resolve.js';

describe('planShots', () => {
  it('plans nothing when the manifest matches', async () => {
    const specs = await resolveSpecs(sampleConfig(3));
    const records = new Map(specs.map((s) => [s.key, recordFor(s)]));
    const plan = planShots(specs, records);
    expect(plan.every((p) => p.status === 'unchanged')).toBe(true);
    expect(plan).toHaveLength(specs.length);
  });

  it('classifies new, regenerate, re-derive, failed-last-time and orphaned', async () => {
    const specs = await resolveSpecs(sampleConfig(3));
    const [a, b, c, d, e] = specs;
    const records = new Map(
      [
        recordFor(b!, { genHash: 'old-gen' }),
        recordFor(c!, { specHash: 'old-spec' }),
        recordFor(d!, { status: 'qa-failed' }),
        recordFor(e!, { status: 'failed', raw: undefined }),
        recordFor({ ...a!, key: 'gone/pdp-main' }),
      ].map((r) => [r.key, r]),
    );
    const plan = planShots(specs, records);
    const status = Object.fromEntries(plan.map((p) => [p.key, p.status]));
    expect(status).toEqual({
      [a!.key]: 'new',
      [b!.key]: 'regenerate',
      [c!.key]: 're-derive',
      [d!.key]: 'failed-last-time',
      [e!.key]: 'failed-last-time',
      [specs[5]!.key]: 'new',
      'gone/pdp-main': 'orphaned',
    });
    expect(plan.map((p) => p.key)).toEqual([...plan.map((p) => p.key)].sort());
    expect(plan.find((p) => p.key === 'gone/pdp-main')!.spec).toBeUndefined();
  });

  it('regenerates when only the output changed but no raw output was kept', async () => {
    const specs = await resolveSpecs(sampleConfig(1));
    const records = new Map(specs.map((s) => [s.key, recordFor(s, { specHash: 'x', raw: undefined })]));
    expect(planShots(specs, records).map((p) => p.status)).toEqual(specs.map(() => 'regenerate'));
  });

  it('re-derives a shot that failed QA when only the output settings changed', async () => {
    const specs = await resolveSpecs(sampleConfig(1));
    const records = new Map(specs.map((s) => [s.key, recordFor(s, { specHash: 'x', status: 'qa-failed' })]));
    expect(planShots(specs, records).map((p) => p.status)).toEqual(specs.map(() => 're-derive'));
  });

  it('counts an accepted record as done', async () => {
    const specs = await resolveSpecs(sampleConfig(1));
    const records = new Map(specs.map((s) => [s.key, recordFor(s, { status: 'accepted' })]));
    expect(planShots(specs, records).map((p) => p.status)).toEqual(specs.map(() => 'unchanged'));
  });

  it('blocks a shot QA failed, but not one whose only trouble was a check that could not finish', async () => {
    const [spec] = await resolveSpecs(sampleConfig(1));
    const judged = { genHash: spec!.genHash, specHash: spec!.specHash, qaHash: spec!.qaHash };
    const qa = (status: 'fail' | 'error') => ({
      status: 'fail' as const,
      checks: [
        { check: 'fill', status: 'pass' as const, value: 0.85 },
        { check: 'text', status, value: status === 'fail' ? 'SALE' : null },
      ],
    });
    expect(isBlocked(spec!, recordFor(spec!, { ...judged, status: 'qa-failed', qa: qa('fail') }))).toBe(true);
    expect(isBlocked(spec!, recordFor(spec!, { ...judged, status: 'qa-failed', qa: qa('error') }))).toBe(
      false,
    );
  });
});
