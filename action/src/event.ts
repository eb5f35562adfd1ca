/** What the triggering event asks of the action: the route is decided here, once, from the payload. */
import { readFileSync } from 'node:fs';
import { InputError, type Command } from './settings.js';

export type Route =
  | { kind: 'validate' }
  | { kind: 'plan'; pr?: PullRequest }
  | { kind: 'generate'; branch?: string }
  | { kind: 'merge'; branch?: string }
  | { kind: 'skip'; reason: string };

export interface PullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head lives in another repository: the run gets no secrets and a read-only token. */
  fork: boolean;
}

/** The commit subjects the action writes itself; a push of nothing else has nothing to do. */
export const OWN_COMMIT = /^shotlist (generate|merge):/;

interface Payload {
  action?: string;
  deleted?: boolean;
  ref?: string;
  after?: string;
  commits?: { message?: string }[];
  head_commit?: { message?: string } | null;
  repository?: { default_branch?: string; full_name?: string };
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: { full_name?: string } | null };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
}

export interface EventInfo {
  name: string;
  payload: Payload;
}

export function readEvent(env: Readonly<Record<string, string | undefined>>): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!name || !file) {
    throw new InputError(
      'GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set: this action runs inside a GitHub Actions job (for a local try, use the shotlist CLI)',
    );
  }
  let payload: Payload;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8')) as Payload;
  } catch (error) {
    throw new InputError(`cannot read the event payload at ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { name, payload };
}

function pullRequest(payload: Payload): PullRequest | undefined {
  const pr = payload.pull_request;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) return undefined;
  const baseRepo = pr.base.repo?.full_name;
  const headRepo = pr.head.repo?.full_name;
  // A deleted fork has head.repo null: still not this repository.
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, fork: headRepo !== baseRepo };
}

function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/** Why a push has nothing to generate, or undefined when it has. */
function pushSkipReason(p: Payload): string | undefined {
  const ref = p.ref ?? '';
  const isTag = ref.startsWith('refs/tags/');
  if (p.deleted || /^0+$/.test(p.after ?? '')) {
    return `this push deletes ${isTag ? 'the tag' : 'the branch'} ${ref.replace(/^refs\/(heads|tags)\//, '')}: nothing to generate`;
  }
  if (isTag)
    return `this push is the tag ${ref.slice('refs/tags/'.length)}: images are generated from branch pushes only`;
  const branch = branchOf(ref);
  const main = p.repository?.default_branch;
  if (branch && main && branch !== main) {
    return `this push is to ${branch}, not the default branch ${main}: images are generated on the default branch (plans run on pull requests)`;
  }
  const messages = (p.commits ?? []).map((c) => c.message ?? '');
  if (messages.length > 0 && messages.every((m) => OWN_COMMIT.test(m))) {
    return `this push only contains shotlist's own commit${messages.length === 1 ? '' : 's'} ("${messages[0]!.split('\n')[0]}"): nothing new to generate`;
  }
  return undefined;
}

/** The route for an event and the `command` input (`auto` follows the event). */
export function routeFor(
  command: Command,
  event: EventInfo,
  env: Readonly<Record<string, string | undefined>>,
): Route {
  const { name, payload } = event;
  const isPr = name === 'pull_request' || name === 'pull_request_target';
  if (command === 'validate') return { kind: 'validate' };
  if (command === 'plan' || (command === 'auto' && isPr)) {
    if (isPr && payload.action === 'closed') {
      return { kind: 'skip', reason: 'the pull request was closed: no plan to post' };
    }
    const pr = isPr ? pullRequest(payload) : undefined;
    return pr ? { kind: 'plan', pr } : { kind: 'plan' };
  }
  if (isPr) {
    throw new InputError(
      `command ${command} does not run on ${name} events: a pull request gets a plan only (no secrets, safe for forks); run ${command} on push or workflow_dispatch`,
    );
  }
  if (name === 'push') {
    const reason = pushSkipReason(payload);
    if (reason) return { kind: 'skip', reason };
  }
  const branch = branchOf(name === 'push' ? payload.ref : env.GITHUB_REF);
  if (command === 'merge') return branch ? { kind: 'merge', branch } : { kind: 'merge' };
  if (command === 'generate' || ['push', 'workflow_dispatch', 'schedule'].includes(name)) {
    return branch ? { kind: 'generate', branch } : { kind: 'generate' };
  }
  throw new InputError(
    `the ${name} event has no default command: set the input command to validate, plan, generate or merge`,
  );
}
