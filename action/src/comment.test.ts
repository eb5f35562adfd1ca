import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../test/fakes/fake-github.mjs';
import { PLAN_COMMENT_MARKER } from '../../src/report/plan-markdown.js';
import { upsertPlanComment } from './comment.js';
import { SUMMARY_LIMIT_BYTES, capBytes } from './render.js';
import { SHOTS_PER_SHARD, shardCount } from './plan-step.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

describe('upsertPlanComment', () => {
  it('finds its comment by the marker on a later page and updates it in place', async () => {
    const octokit = getOctokit('ghs_test', { baseUrl: gh.url });
    const target = { owner: 'acme', repo: 'catalog', issue: 5 };
    for (let i = 0; i < 120; i++) gh.addComment('acme', 'catalog', 5, `review note ${i}`);
    // A human quoting the plan without the marker is not ours.
    gh.addComment('acme', 'catalog', 5, '> ### shotlist plan\n> 3 images to generate');
    const first = await upsertPlanComment(octokit, target, `${PLAN_COMMENT_MARKER}\nplan one`);
    expect(first).toMatchObject({ ok: true, action: 'created' });
    for (let i = 0; i < 5; i++) gh.addComment('acme', 'catalog', 5, `later note ${i}`);
    const second = await upsertPlanComment(octokit, target, `${PLAN_COMMENT_MARKER}\nplan two`);
    expect(second).toMatchObject({ ok: true, action: 'updated', id: first.ok ? first.id : -1 });
    const ours = gh.state.comments.filter((c) => c.body.includes(PLAN_COMMENT_MARKER));
    expect(ours.map((c) => c.body)).toEqual([`${PLAN_COMMENT_MARKER}\nplan two`]);
    expect(gh.state.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toContain(
      '/repos/acme/catalog/issues/5/comments?per_page=100&page=2',
    );
  });

  it('turns a 403 into a result naming the permission, not an exception', async () => {
    gh.state.mode = 'forbidden';
    try {
      const octokit = getOctokit('ghs_readonly', { baseUrl: gh.url });
      const result = await upsertPlanComment(octokit, { owner: 'acme', repo: 'catalog', issue: 6 }, 'plan');
      expect(result).toMatchObject({ ok: false, forbidden: true });
      expect(result.ok ? '' : result.message).toMatch(
        /GitHub answered 403 \(Resource not accessible by integration.*\)\. Give the job `permissions: pull-requests: write`/,
      );
    } finally {
      gh.state.mode = 'ok';
    }
  });
});

describe('limits', () => {
  it('cuts a summary to under 1 MiB at a line break and says so', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `| \`sku-${i}/pdp-main\` | new | ünïcode ✓ |`).join(
      '\n',
    );
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    const cut = capBytes(text, SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(SUMMARY_LIMIT_BYTES).toBeLessThan(1024 * 1024);
    expect(cut).toMatch(/\| new \| ünïcode ✓ \|\n\n…\(cut to stay under GitHub’s 1 MiB job summary limit/);
    expect(capBytes('short', SUMMARY_LIMIT_BYTES)).toBe('short');
  });

  it('sizes the matrix by planned shots, never above the shard input', () => {
    expect(shardCount(1, 8)).toBe(1);
    expect(shardCount(SHOTS_PER_SHARD, 8)).toBe(1);
    expect(shardCount(SHOTS_PER_SHARD + 1, 8)).toBe(2);
    expect(shardCount(50_000, 8)).toBe(8);
  });
});
