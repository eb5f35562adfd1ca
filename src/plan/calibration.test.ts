import { describe, expect, it } from 'vitest';
import { buildSettings } from '../config/settings.js';
import { asReportTimes, calibrateSeconds } from './calibration.js';

const settings = buildSettings({ providers: { studio: { concurrency: 2 }, fal: { concurrency: 4 } } });
const shot = (model: string, ms: number, status = 'ok') => ({ model, ms, status, attempts: 1 });

describe('calibrateSeconds', () => {
  it('takes the slowest shot of a model over the rounds its queue needed, median across runs', () => {
    const reports = [
      // 4 studio shots at concurrency 2: two rounds; slowest 6 s -> 3 s per image.
      { shots: [shot('studio', 1500), shot('studio', 3000), shot('studio', 4500), shot('studio', 6000)] },
      { shots: [shot('studio', 2000), shot('studio', 4000)] }, // one round -> 4 s
      { shots: [shot('studio', 1000), shot('studio', 2000), shot('studio', 2000)] }, // two rounds -> 1 s
      // Failed and re-derived shots say nothing about a model's time.
      { shots: [shot('flux-schnell', 90_000, 'failed'), { ...shot('flux-schnell', 1), rederived: true }] },
    ];
    const m = calibrateSeconds(reports, settings);
    expect(m.get('studio')).toBe(3);
    expect(m.has('flux-schnell')).toBe(false);
  });

  it('reads only what looks like a run report', () => {
    expect(asReportTimes({ shots: [shot('studio', 1)] })).toBeDefined();
    expect(asReportTimes({ shots: [{ model: 'studio' }] })).toBeUndefined();
    expect(asReportTimes(null)).toBeUndefined();
    expect(asReportTimes([1, 2])).toBeUndefined();
  });
});
