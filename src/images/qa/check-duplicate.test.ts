import { describe, expect, it } from 'vitest';
import type { QaCheckResult } from '../../domain/manifest-record.js';
import { addDuplicateCheck } from './check-duplicate.js';

const pass: QaCheckResult = { check: 'fill', status: 'pass', value: 0.8 };
const report = { status: 'pass' as const, checks: [pass], phash: '0123456789abcdef' };

describe('addDuplicateCheck', () => {
  it('fails a near-duplicate when the placement makes the check fail, naming the sibling', () => {
    const out = addDuplicateCheck(
      report,
      report.phash,
      [
        { key: 'p/far', phash: 'fedcba9876543210' },
        { key: 'p/near', phash: '0123456789abcdee' },
      ],
      { severity: { duplicate: 'fail' } },
      '#FFFFFF',
    );
    expect(out.status).toBe('fail');
    expect(out.phash).toBe(report.phash);
    expect(out.checks).toHaveLength(2);
    const dup = out.checks.find((c) => c.check === 'duplicate')!;
    expect(dup).toMatchObject({ status: 'fail', value: 1, threshold: 10, sibling: 'p/near' });
    expect(dup.message).toMatch(/near-duplicate of p\/near/);
  });

  it('fails under the default profile (warns when asked), passes a distant sibling, and adds nothing without siblings or when off', () => {
    const near = [{ key: 'p/near', phash: '0123456789abcdef' }];
    expect(addDuplicateCheck(report, report.phash, near, {}, '#FFFFFF').status).toBe('fail');
    const warnOnly = { severity: { duplicate: 'warn' as const } };
    expect(addDuplicateCheck(report, report.phash, near, warnOnly, '#FFFFFF').status).toBe('warn');
    const far = addDuplicateCheck(
      report,
      report.phash,
      [{ key: 'p/far', phash: 'fedcba9876543210' }],
      {},
      '#FFFFFF',
    );
    expect(far.status).toBe('pass');
    expect(far.checks.find((c) => c.check === 'duplicate')?.value).toBe(64);
    expect(addDuplicateCheck(report, report.phash, [], {}, '#FFFFFF')).toBe(report);
    const off = addDuplicateCheck(report, report.phash, near, { severity: { duplicate: 'off' } }, '#FFFFFF');
    expect(off).toBe(report);
  });

  it('keeps a worse status from the other checks', () => {
    const failing = { status: 'fail' as const, checks: [{ ...pass, status: 'fail' as const }] };
    const out = addDuplicateCheck(
      failing,
      report.phash,
      [{ key: 'p/far', phash: 'fedcba9876543210' }],
      {},
      '#FFFFFF',
    );
    expect(out.status).toBe('fail');
  });
});
