import { describe, expect, it } from 'vitest';
import type { PlannedShot } from '../plan/plan.js';
import type { ShotSpec } from '../domain/spec.js';
import type { CostEstimate } from '../plan/cost.js';
import { GITHUB_COMMENT_LIMIT, cell, renderPlanMarkdown } from './plan-markdown.js';

function shot(
  i: number,
  status: PlannedShot['status'],
  reason = 'prompt studio-white version 2 → 3',
): PlannedShot {
  const spec = {
    key: `sku-${String(i).padStart(6, '0')}/pdp-main`,
    model: 'nano-banana-2',
    promptId: 'studio-white',
    promptVersion: 3,
  } as ShotSpec;
  return { key: spec.key, spec, status, reason };
}

const cost = (images: number): CostEstimate => ({
  models: [
    {
      model: 'nano-banana-2',
      provider: 'gemini',
      images,
      rederive: 0,
      usd: images * 0.067,
      seconds: images * 4,
      concurrency: 4,
      known: true,
    },
  ],
  images,
  rederive: 0,
  usd: images * 0.067,
  seconds: images * 4,
});

describe('renderPlanMarkdown', () => {
  it('says so when there is nothing to do', () => {
    const md = renderPlanMarkdown({
      plan: [shot(1, 'unchanged')],
      cost: { models: [], images: 0, rederive: 0, usd: 0, seconds: 0 },
    });
    expect(md).toContain('Nothing to generate');
    expect(md).toContain('| unchanged | 1 |');
    expect(md).not.toContain('<details>');
  });

  it('shows counts, cost and a table of the first shots, the rest collapsed', () => {
    const plan = Array.from({ length: 30 }, (_, i) => shot(i, i < 25 ? 'regenerate' : 'unchanged'));
    const md = renderPlanMarkdown({ plan, cost: cost(25), baseRef: 'main' }, { visibleRows: 10 });
    expect(md).toMatch(
      /\*\*25 images to generate\*\*, 0 to re-derive \(free\), estimated \*\*\$1\.68\*\* and about 2m · compared with `main`/,
    );
    expect(md).toContain('| regenerate | 25 |');
    expect(md).toContain('| nano-banana-2 | 25 | 0 | $1.68 | 2m (×4) |');
    const [visible, details] = md.split('<details>');
    expect(visible!.match(/^\| `sku-/gm)).toHaveLength(10);
    expect(details).toContain('<summary>15 more shots</summary>');
    expect(details!.match(/^\| `sku-/gm)).toHaveLength(15);
    expect(md).not.toContain('more not shown');
  });

  it('stays under GitHub’s comment limit for a huge plan and counts what it left out', () => {
    const plan = Array.from({ length: 200_000 }, (_, i) =>
      shot(i, i % 4 === 0 ? 'regenerate' : i % 4 === 1 ? 're-derive' : 'unchanged'),
    );
    const md = renderPlanMarkdown({ plan, cost: cost(50_000) });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 2_000);
    const rows = (md.match(/^\| `sku-/gm) ?? []).length;
    const left = /…and (\d+) more not shown here \(GitHub's comment limit\): (.*)\. Run/.exec(md);
    expect(left).not.toBeNull();
    expect(rows + Number(left![1])).toBe(100_000);
    const byStatus = Object.fromEntries(
      left![2]!.split(', ').map((p) => [p.replace(/^\d+ /, ''), Number(p.split(' ')[0])]),
    );
    expect(Object.keys(byStatus).sort()).toEqual(['re-derive (free)', 'regenerate']);
    expect(byStatus['regenerate']! + byStatus['re-derive (free)']!).toBe(Number(left![1]));
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('respects a smaller limit too', () => {
    const plan = Array.from({ length: 5_000 }, (_, i) => shot(i, 'new', 'x'.repeat(300)));
    for (const max of [3_000, 10_000, 30_000]) {
      expect(renderPlanMarkdown({ plan, cost: cost(5_000) }, { maxChars: max }).length).toBeLessThanOrEqual(
        max,
      );
    }
  });

  it('keeps names from breaking the table or injecting HTML', () => {
    expect(cell('a|b\n<img src=x onerror=alert(1)>')).toBe('a\\|b &lt;img src=x onerror=alert(1)&gt;');
    const md = renderPlanMarkdown({
      plan: [shot(1, 'new', 'product renamed "a|b" → "<b>c</b>"')],
      cost: cost(1),
    });
    expect(md).toContain('product renamed "a\\|b" → "&lt;b&gt;c&lt;/b&gt;"');
  });
});
