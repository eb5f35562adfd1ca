import type { Env, GitRunner } from './git-exec.js';

export interface GitIdentity {
  name: string;
  email: string;
  /** Where it came from, for the run's log line. */
  source: 'config' | 'ci-bot' | 'user' | 'fallback';
}

/** The identity GitHub shows as "github-actions[bot]" (its noreply address carries the app's user id). */
export const ACTIONS_BOT: Omit<GitIdentity, 'source'> = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** Used only where git knows no identity at all, so a commit never fails for the lack of one. */
export const FALLBACK_IDENTITY: Omit<GitIdentity, 'source'> = {
  name: 'shotlist',
  email: 'shotlist@users.noreply.invalid',
};

/** Parses `Name <email>`; undefined when the text is not of that form. */
export function parseAuthor(text: string): { name: string; email: string } | undefined {
  const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!m || !m[1]) return undefined;
  return { name: m[1], email: m[2]! };
}

async function configured(git: GitRunner, key: string): Promise<string | undefined> {
  const value = (await git(['config', '--get', key], { okCodes: [1] })).trim();
  return value || undefined;
}

/**
 * Who authors a run's commit: `git.author` from shotlist.yaml, else the Actions bot when running in
 * GitHub Actions, else the user's own git identity (config or GIT_AUTHOR_* in env), else a fixed
 * fallback. A runner has no git identity, and `git commit` would stop with "Please tell me who you are".
 */
export async function resolveIdentity(git: GitRunner, env: Env, author?: string): Promise<GitIdentity> {
  if (author) {
    const parsed = parseAuthor(author);
    if (parsed) return { ...parsed, source: 'config' };
  }
  if (env.GITHUB_ACTIONS === 'true') return { ...ACTIONS_BOT, source: 'ci-bot' };
  const name = env.GIT_AUTHOR_NAME || (await configured(git, 'user.name'));
  const email = env.GIT_AUTHOR_EMAIL || (await configured(git, 'user.email'));
  if (name && email) return { name, email, source: 'user' };
  return { ...FALLBACK_IDENTITY, source: 'fallback' };
}

/** Environment for git commands that commit, so nothing depends on (or writes) global config. */
export function identityEnv(id: GitIdentity): Env {
  return {
    GIT_AUTHOR_NAME: id.name,
    GIT_AUTHOR_EMAIL: id.email,
    GIT_COMMITTER_NAME: id.name,
    GIT_COMMITTER_EMAIL: id.email,
  };
}
