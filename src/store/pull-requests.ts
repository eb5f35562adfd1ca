import { Octokit } from '@octokit/core';

export interface PullRequest {
  number: number;
  url: string;
}

/** The few GitHub calls pull-request delivery makes; the core sees only this. */
export interface PullRequests {
  /** The open pull request from `head` (a branch of this repository), if any. */
  find(head: string): Promise<PullRequest | undefined>;
  create(o: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  update(number: number, o: { title: string; body: string }): Promise<PullRequest>;
}

/** A GitHub answer that delivery turns into a message naming what to change. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GitHubApiError';
  }
}

/** GitHub allows 65,536 characters in a pull request body. */
export const MAX_BODY = 65_536;

function fit(body: string): string {
  if (body.length <= MAX_BODY) return body;
  const note = '\n\n…cut to fit GitHub’s limit; the full report is in the run’s report file.\n';
  return body.slice(0, MAX_BODY - note.length) + note;
}

function explain(error: unknown, what: string): GitHubApiError {
  const status = (error as { status?: number }).status ?? 0;
  const said =
    (error as { response?: { data?: { message?: string } } }).response?.data?.message ??
    (error as Error).message;
  const fix =
    status === 403 || status === 401
      ? ': give the workflow `permissions: { contents: write, pull-requests: write }` (a pull request from a fork never gets them) or a token that may open pull requests'
      : status === 422
        ? ': GitHub refused the pull request (does the base branch exist, and does the head differ from it?)'
        : '';
  return new GitHubApiError(`GitHub ${what} failed (${status || 'no answer'}: ${said})${fix}`, status, {
    cause: error,
  });
}

/**
 * PullRequests over GitHub's REST API (or a GitHub Enterprise / test server at `baseUrl`).
 * `repository` is `owner/name`, as GITHUB_REPOSITORY gives it.
 */
export function githubPullRequests(o: { token: string; repository: string; baseUrl?: string }): PullRequests {
  const [owner, repo] = o.repository.split('/') as [string, string];
  if (!owner || !repo) throw new Error(`expected the repository as owner/name, got "${o.repository}"`);
  const octokit = new Octokit({
    auth: o.token,
    userAgent: 'shotlist',
    ...(o.baseUrl ? { baseUrl: o.baseUrl.replace(/\/+$/, '') } : {}),
  });
  const pr = (d: { number: number; html_url: string }): PullRequest => ({
    number: d.number,
    url: d.html_url,
  });
  return {
    async find(head) {
      try {
        const res = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
          owner,
          repo,
          head: `${owner}:${head}`,
          state: 'open',
          per_page: 100,
        });
        return res.data[0] ? pr(res.data[0]) : undefined;
      } catch (error) {
        throw explain(error, 'listing pull requests');
      }
    },
    async create({ head, base, title, body }) {
      try {
        const res = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
          owner,
          repo,
          head,
          base,
          title,
          body: fit(body),
        });
        return pr(res.data);
      } catch (error) {
        throw explain(error, 'opening a pull request');
      }
    },
    async update(number, { title, body }) {
      try {
        const res = await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner,
          repo,
          pull_number: number,
          title,
          body: fit(body),
        });
        return pr(res.data);
      } catch (error) {
        throw explain(error, `updating pull request #${number}`);
      }
    },
  };
}
