// The corpus suite: measures the QA gate on a labelled corpus (good images and defects made on
// purpose from the fixture photos), prints recall and false-alarm rate per check and overall, and
// holds them to recall >= 0.95 and false alarms <= 0.05.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOcr, resolveQaProfile, runQa, type QaReport } from '../../src/images/qa/index.js';
import type { QaSettings } from '../../src/domain/config.js';
import { brandColourCases } from './brand-colours.js';
import { buildCorpus, naiveTrimCases, TARGETS, type CorpusCase } from './corpus.js';
import { cutOutDefectCases } from './cut-out-defects.js';
import { photos2Cases } from './photos-2-outputs.js';
import { studioCases, studioDefectCases } from './studio-outputs.js';
import { studioHistoryCases } from './studio-history.js';

/**
 * Issue 17's cut-out checks. One that is off in marketplace-main is measured all the same (turned
 * to warn for the run, so no verdict changes) and printed, but not held to the bar.
 */
const CUT_OUT_CHECKS = ['shadow-remnant', 'backdrop-inside', 'ragged-outline', 'faint-outline'] as const;
const OFF_BY_DEFAULT = new Set<string>(
  CUT_OUT_CHECKS.filter(
    (c) => resolveQaProfile({ profile: 'marketplace-main' }, '#FFFFFF').severity[c] === 'off',
  ),
);

/** The case's settings with any off-by-default cut-out check turned to warn, unless the case names it. */
function measured(qa: QaSettings): QaSettings {
  const severity = { ...(qa.severity as Record<string, string> | undefined) };
  for (const c of OFF_BY_DEFAULT) severity[c] ??= 'warn';
  return { ...qa, severity } as QaSettings;
}

interface Outcome {
  c: CorpusCase;
  report: QaReport;
}

/** Checks that failed; for a check off by default (measured at warn), any flag counts. */
function failing(report: QaReport): Set<string> {
  return new Set(
    report.checks
      .filter((k) => k.status === 'fail' || (k.status === 'warn' && OFF_BY_DEFAULT.has(k.check)))
      .map((k) => k.check),
  );
}

/** The case's verdict as shipped: a flag from a check that is off by default does not count. */
function rejectedAsShipped(report: QaReport): boolean {
  return report.checks.some(
    (k) => (k.status === 'fail' || k.status === 'error') && !OFF_BY_DEFAULT.has(k.check),
  );
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

export function describeCorpus(title: string, shift: number): void {
  const outcomes: Outcome[] = [];
  describe(title, () => {
    beforeAll(async () => {
      const cases = [
        ...(await buildCorpus(shift)),
        ...(await naiveTrimCases()),
        ...(await studioCases()),
        ...(await studioDefectCases()),
        ...(await brandColourCases()),
        ...(await photos2Cases()),
        ...(await cutOutDefectCases(shift)),
        ...(await studioHistoryCases()),
      ];
      for (const c of cases) {
        const input = { ...c.input, qa: measured(c.input.qa) };
        outcomes.push({ c, report: await runQa({ image: c.image, ...input }) });
      }
    }, 2_400_000); // minutes on a quiet machine; far longer on a shared, overloaded one

    afterAll(async () => {
      await closeOcr();
    });

    it('is big and varied enough for its figures to mean something', () => {
      const kinds = new Map<string, number>();
      for (const { c } of outcomes) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      expect(kinds.get('good')).toBeGreaterThanOrEqual(10);
      // Studio outputs of all four separable photos at all four example placements, light products included.
      expect(outcomes.filter(({ c }) => c.id.startsWith('good-studio-')).length).toBe(16);
      // The studio's outputs of the supplier photos (issue 17), labelled by eye: 8 good, 1 halo,
      // 1 ragged, 1 dissolving; and older studios' outputs with real cut-out defects.
      expect(outcomes.filter(({ c }) => c.id.includes('-photos2-')).length).toBe(11);
      expect(outcomes.filter(({ c }) => c.id.includes('-history-')).length).toBe(13);
      // Brand-colour backdrops, good and off, in every lossy format (issue 16).
      for (const format of ['webp', 'jpeg', 'avif']) {
        for (const kind of ['good', 'off-white-backdrop'])
          expect(
            outcomes.filter(({ c }) => c.kind === kind && c.id.includes(`-brand-${format}`)).length,
          ).toBeGreaterThanOrEqual(2);
      }
      for (const kind of Object.keys(TARGETS)) expect(kinds.get(kind), kind).toBeGreaterThanOrEqual(5);
      // OCR ran on every good image and every text overlay, so the text check's false alarms are measured.
      for (const { c, report } of outcomes) {
        if (c.kind === 'good' || c.kind === 'text-overlay')
          expect(report.checks.some((k) => k.check === 'text')).toBe(true);
      }
    });

    it('catches >= 95% of defects with <= 5% false alarms, per check and overall', () => {
      const good = outcomes.filter((o) => o.c.kind === 'good');
      const bad = outcomes.filter((o) => o.c.kind !== 'good');
      const lines = [
        '',
        '| check | defect kinds | recall | false alarms on good images |',
        '|---|---|---|---|',
      ];
      const checks = new Map<string, string[]>();
      for (const [kind, targets] of Object.entries(TARGETS)) {
        for (const t of targets) checks.set(t, [...(checks.get(t) ?? []), kind]);
      }
      const perCheck: { check: string; recall: number; falseAlarm: number }[] = [];
      const gated = (check: string) => !OFF_BY_DEFAULT.has(check);
      for (const [check, kinds] of checks) {
        const positives = bad.filter((o) => kinds.includes(o.c.kind));
        const hits = positives.filter((o) => failing(o.report).has(check)).length;
        const alarms = good.filter((o) => failing(o.report).has(check)).length;
        const judged = good.filter((o) => o.report.checks.some((k) => k.check === check)).length;
        if (gated(check))
          perCheck.push({ check, recall: hits / positives.length, falseAlarm: judged ? alarms / judged : 0 });
        const note = gated(check) ? '' : ' (off by default: measured, not gated)';
        lines.push(
          `| ${check}${note} | ${kinds.join(', ')} | ${pct(hits, positives.length)} | ${pct(alarms, judged)} |`,
        );
      }
      // A defect counts as caught when one of the checks meant for it fails (not merely any check).
      // The overall figures are the gate as shipped: defects whose checks are all off are left out.
      const shipped = bad.filter((o) => TARGETS[o.c.kind as keyof typeof TARGETS].some(gated));
      const caught = shipped.filter((o) => {
        const f = failing(o.report);
        return TARGETS[o.c.kind as keyof typeof TARGETS].some((t) => gated(t) && f.has(t));
      });
      const rejected = shipped.filter((o) => rejectedAsShipped(o.report));
      const alarms = good.filter((o) => rejectedAsShipped(o.report));
      lines.push(
        `| **overall, by the intended check** | ${shipped.length} defects whose check is on | ${pct(caught.length, shipped.length)} | ${pct(alarms.length, good.length)} |`,
      );
      lines.push(
        `| **overall, image rejected** | ${shipped.length} defects whose check is on | ${pct(rejected.length, shipped.length)} | ${pct(alarms.length, good.length)} |`,
      );
      // Margins: the good image closest to failing and the defect closest to passing, per check.
      lines.push('', '| check | threshold | good images: range | its defects: range |', '|---|---|---|---|');
      for (const [check, kinds] of checks) {
        const values = (os: Outcome[]) =>
          os
            .map((o) => o.report.checks.find((k) => k.check === check)?.value)
            .filter((v): v is number => typeof v === 'number');
        const range = (vs: number[]) => (vs.length ? `${Math.min(...vs)} .. ${Math.max(...vs)}` : '-');
        const threshold = good[0]?.report.checks.find((k) => k.check === check)?.threshold;
        lines.push(
          `| ${check} | ${JSON.stringify(threshold)} | ${range(values(good))} | ${range(values(bad.filter((o) => kinds.includes(o.c.kind))))} |`,
        );
      }
      const missed = shipped.filter((o) => !caught.includes(o)).map((o) => o.c.id);
      const falseAlarms = alarms.map((o) => `${o.c.id}: ${[...failing(o.report)].join(', ')}`);
      lines.push(
        '',
        `missed: ${missed.join(', ') || 'none'}`,
        `false alarms: ${falseAlarms.join('; ') || 'none'}`,
      );
      console.log(lines.join('\n'));

      for (const p of perCheck) {
        expect(p.recall, `${p.check} recall`).toBeGreaterThanOrEqual(0.95);
        expect(p.falseAlarm, `${p.check} false alarms`).toBeLessThanOrEqual(0.05);
      }
      expect(caught.length / shipped.length).toBeGreaterThanOrEqual(0.95);
      expect(alarms.length / good.length).toBeLessThanOrEqual(0.05);
    });

    it('records a measured value and the threshold for every check', () => {
      for (const { report } of outcomes) {
        for (const k of report.checks) {
          expect(k.threshold, k.check).toBeDefined();
          expect(k.message, k.check).toBeTruthy();
        }
        expect(report.phash).toMatch(/^[0-9a-f]{16}$/);
      }
    });
  });
}
