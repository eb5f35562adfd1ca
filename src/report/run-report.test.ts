import { describe, expect, it } from 'vitest';
import type { ShotOutcome } from '../run/run-shots.js';
import { buildRunReport, commitMessage, renderRunText } from './run-report.js';

const base = {
  plan: 'new' as const,
  model: 'nano-banana-2',
  attempts: 1,
  rerolls: 0,
  rederived: false,
  ms: 10,
  costUsd: 0.039,
};

describe('run report', () => {
  const shots: ShotOutcome[] = [
    {
      ...base,
      key: 'lamp/life',
      status: 'qa-failed',
      attempts: 2,
      rerolls: 1,
      qa: {
        status: 'fail',
        failed: [{ check: 'duplicate', status: 'fail', value: 2, threshold: 10, sibling: 'lamp/pdp' }],
      },
    },
    {
      ...base,
      key: 'lamp/pdp',
      status: 'ok',
      qa: {
        status: 'warn',
        failed: [],
        warned: [{ check: 'duplicate', status: 'warn', value: 4, threshold: 10, sibling: 'lamp/life' }],
      },
    },
    { ...base, key: 'lamp/grid', status: 'ok', qa: { status: 'pass', failed: [] } },
  ];
  const report = buildRunReport({
    runId: 'r1',
    startedAt: new Date(0),
    finishedAt: new Date(1500),
    outcomes: shots,
  });

  it('shows a near-duplicate like other QA failures, naming the sibling', () => {
    expect(commitMessage(report)).toContain('- qa-failed lamp/life: duplicate=2 (limit 10) vs lamp/pdp');
    expect(renderRunText(report)).toMatch(
      /qa-failed\s+lamp\/life\s+2 calls.*duplicate=2 \(limit 10\) vs lamp\/pdp/,
    );
  });

  it('lists shots that passed with a QA warning, and leaves clean ones out', () => {
    const text = renderRunText(report);
    expect(text).toMatch(/ok\s+lamp\/pdp\s+1 call.*warn: duplicate=4 \(limit 10\) vs lamp\/life/);
    expect(text).not.toContain('lamp/grid');
    expect(report.totals).toMatchObject({ ok: 2, 'qa-failed': 1, rerolls: 1, providerCalls: 4 });
  });
});
