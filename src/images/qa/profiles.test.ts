import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { QA_CHECKS, qaDefaultsTable, resolveQaProfile } from './profiles.js';

describe('resolveQaProfile', () => {
  it('uses the lenient default profile against the placement background when none is named', () => {
    const p = resolveQaProfile({}, '#F4F1EA');
    expect(p.name).toBe('default');
    expect(p.background).toEqual([0xf4, 0xf1, 0xea]);
    // Text overlays are looked for, and only warned about (issue 17).
    expect(p.noText).toBe(true);
    expect(p.severity.text).toBe('warn');
    expect(p.severity.centring).toBe('warn');
  });

  it('marketplace-main: pure white whatever the placement says, >= 1600 px, fill about 0.85, no text', () => {
    const p = resolveQaProfile({ profile: 'marketplace-main' }, '#EEEEEE');
    expect(p.background).toEqual([255, 255, 255]);
    expect(p.thresholds.minLongEdge).toBe(1600);
    expect(p.thresholds.fill[0]).toBeLessThan(0.85);
    expect(p.thresholds.fill[1]).toBeGreaterThan(0.85);
    expect(p.noText).toBe(true);
  });

  it('placement overrides win over the profile', () => {
    const p = resolveQaProfile(
      {
        profile: 'marketplace-main',
        fill: [0.6, 0.8],
        minSharpness: 0.2,
        noText: false,
        background: 'any',
        severity: { halo: 'warn' },
      },
      '#FFFFFF',
    );
    expect(p.thresholds.fill).toEqual([0.6, 0.8]);
    expect(p.thresholds.minSharpness).toBe(0.2);
    expect(p.noText).toBe(false);
    expect(p.background).toBeUndefined();
    expect(p.severity.halo).toBe('warn');
  });

  it('says what is wrong with a bad profile or override', () => {
    expect(() => resolveQaProfile({ profile: 'amazon' }, '#FFFFFF')).toThrow(
      /unknown QA profile "amazon".*marketplace-main/,
    );
    expect(() => resolveQaProfile({ fill: [0.9, 0.5] }, '#FFFFFF')).toThrow(/qa.fill must be \[min, max\]/);
    expect(() => resolveQaProfile({ maxHalo: 'big' }, '#FFFFFF')).toThrow(/qa.maxHalo must be a number/);
    expect(() => resolveQaProfile({ severity: { halo: 'loud' } }, '#FFFFFF')).toThrow(/qa.severity.halo/);
  });

  it('the defaults table lists every check, and the README shows exactly that table', async () => {
    const table = qaDefaultsTable();
    for (const c of QA_CHECKS) expect(table).toContain(`| ${c} |`);
    // Cells compared without the padding prettier adds, so the README cannot drift from the code.
    const cells = (line: string) => line.split('|').map((c) => c.trim());
    const readme = (await readFile(new URL('../../../README.md', import.meta.url), 'utf8'))
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => cells(l).join('|'));
    for (const row of table.split('\n').slice(2)) expect(readme).toContain(cells(row).join('|'));
  });
});
