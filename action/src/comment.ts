/** One sticky pull-request comment, found by its hidden marker and updated in place. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { getOctokit } from '@actions/github';
import { PLAN_COMMENT_MARKER } from '../../src/report/plan-markdown.js';

type Octokit = ReturnType<typeof getOctokit>;

export type CommentResult =
  | { ok: true; action: 'created' | 'updated'; id: number; url?: string }
  | { ok: false; forbidden: true; message: string };

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** Secondary rate limits answer 403 or 429 with retry-after; those are waited out (a few times). */
function retryAfterMs(error: HttpError): number | undefined {
  const header = error.response?.headers?.['retry-after'];
  if ((error.status === 429 || error.status === 403) && header !== undefined) {
    const s = Number(header);
    return Number.isFinite(s) ? Math.min(s, 60) * 1000 : 1000;
  }
  return error.status === 429 ? 1000 : undefined;
}

async function withRetry<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const wait = retryAfterMs(error as HttpError);
      if (wait === undefined || attempt >= 3) throw error;
      await sleep(wait);
    }
  }
}

async function findOurs(
  octokit: Octokit,
  owner: string,
  repo: string,
  issue: number,
): Promise<number | undefined> {
  for (let page = 1; ; page++) {
    const { data } = await withRetry(() =>
      octokit.rest.issues.listComments({ owner, repo, issue_number: issue, per_page: 100, page }),
    );
    const hit = data.find((c) => c.body?.includes(PLAN_COMMENT_MARKER));
    if (hit) return hit.id;
    if (data.length < 100) return undefined;
  }
}

/** Creates the plan comment or updates the one already there. A 403 (no `pull-requests: write`) is returned, not thrown. */
export async function upsertPlanComment(
  octokit: Octokit,
  target: { owner: string; repo: string; issue: number },
  body: string,
): Promise<CommentResult> {
  const { owner, repo, issue } = target;
  const marked = body.includes(PLAN_COMMENT_MARKER) ? body : `${PLAN_COMMENT_MARKER}\n${body}`;
  try {
    const existing = await findOurs(octokit, owner, repo, issue);
    if (existing !== undefined) {
      const { data } = await withRetry(() =>
        octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body: marked }),
      );
      return { ok: true, action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await withRetry(() =>
      octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: marked }),
    );
    return { ok: true, action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const e = error as HttpError;
    if (e.status === 403) {
      return {
        ok: false,
        forbidden: true,
        message:
          `could not post the plan comment: GitHub answered 403 (${e.message ?? 'forbidden'}). ` +
          'Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token: ' +
          'the plan is in the job summary instead), or set the input comment: false',
      };
    }
    throw error;
  }
}
