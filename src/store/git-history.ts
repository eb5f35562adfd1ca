import { spawn, execFile, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Thrown when a revision given by the user does not name a commit (a usage error). */
export class GitRevisionError extends Error {
  override name = 'GitRevisionError';
}

export interface GitRepo {
  /** Absolute path of the work tree's top folder. */
  top: string;
  /** The folder's path inside the repository, with a trailing slash, or '' at the top. */
  prefix: string;
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The repository holding `dir`, or undefined when it is not in a git work tree. */
export async function findRepo(dir: string): Promise<GitRepo | undefined> {
  try {
    const out = await git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
    const [top, prefix = ''] = out.split('\n');
    return top ? { top, prefix } : undefined;
  } catch {
    return undefined;
  }
}

/** The full commit id a revision names, or undefined when it names none (e.g. HEAD before the first commit). */
export async function commitOf(top: string, rev: string): Promise<string | undefined> {
  try {
    return (await git(top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The checked-out branch's short name, or undefined on a detached HEAD. */
export async function currentBranch(top: string): Promise<string | undefined> {
  try {
    return (await git(top, ['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The last commit that changed `rel` (a path from the top), up to HEAD. */
export async function lastCommitTouching(top: string, rel: string): Promise<string | undefined> {
  try {
    return (await git(top, ['log', '-1', '--format=%H', '--', rel])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads blobs as `<rev>:<path>` through one `git cat-file --batch` process, so reading the previous
 * version of 5,000 images costs one process, not 5,000. Requests are answered one at a time in order.
 */
export class GitBlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private pending: { resolve: (b: Buffer | undefined) => void; reject: (e: Error) => void } | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private failure: Error | undefined;

  constructor(top: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (d: Buffer) => {
      this.chunks.push(d);
      this.buffered += d.length;
      this.pump();
    });
    let stderr = '';
    this.child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const fail = (error: Error) => {
      this.failure = error;
      this.pending?.reject(error);
      this.pending = undefined;
    };
    this.child.on('error', (e) =>
      fail(new Error(`git cat-file could not start: ${e.message}`, { cause: e })),
    );
    this.child.on('close', (code) => {
      if (this.pending) fail(new Error(`git cat-file ended (exit ${code}): ${stderr.trim()}`));
    });
  }

  /** The bytes of `path` (from the repository top) at `rev`, or undefined when it is not there. */
  read(rev: string, path: string): Promise<Buffer | undefined> {
    const next = this.queue.then(() => this.request(`${rev}:${path}`));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.child.stdin.end();
  }

  private request(spec: string): Promise<Buffer | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (/[\n\r]/.test(spec)) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.child.stdin.write(`${spec}\n`);
      this.pump();
    });
  }

  private pump(): void {
    if (!this.pending || this.buffered === 0) return;
    const buf = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.chunks = [buf];
    const nl = buf.indexOf(10);
    if (nl < 0) return;
    const header = buf.toString('utf8', 0, nl);
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    let value: Buffer | undefined;
    let used: number;
    if (!m) {
      used = nl + 1; // "<spec> missing" or "<spec> ambiguous"
    } else {
      const size = Number(m[2]);
      if (buf.length < nl + 1 + size + 1) return;
      value = m[1] === 'blob' ? Buffer.from(buf.subarray(nl + 1, nl + 1 + size)) : undefined;
      used = nl + 1 + size + 1;
    }
    const rest = buf.subarray(used);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    const { resolve } = this.pending;
    this.pending = undefined;
    resolve(value);
  }
}

export interface ReviewBase {
  /** The commit to compare with; undefined means "nothing before" (every shot is new). */
  rev?: string;
  label: string;
}

const short = (sha: string) => sha.slice(0, 7);

/**
 * What a reviewer wants to compare with when they did not say: uncommitted results (a local run
 * with --no-commit) against HEAD; otherwise the results of the last commit that changed the
 * manifest (the last run) against the commit before it.
 */
export async function defaultReviewBase(
  repo: GitRepo,
  manifestRel: string,
  working: { text: string | undefined; journal: boolean },
  reader: GitBlobReader,
): Promise<ReviewBase> {
  const head = await commitOf(repo.top, 'HEAD');
  if (!head) return { label: 'an empty repository (no commits yet)' };
  const atHead = await reader.read(head, manifestRel);
  if (working.journal || (working.text ?? '') !== (atHead?.toString('utf8') ?? '')) {
    return { rev: head, label: `HEAD (${short(head)})` };
  }
  const last = await lastCommitTouching(repo.top, manifestRel);
  if (!last) return { rev: head, label: `HEAD (${short(head)})` };
  const parent = await commitOf(repo.top, `${last}^`);
  if (!parent) return { label: `the commit before ${short(last)} (the manifest's first commit)` };
  return { rev: parent, label: `${short(parent)}, before the last run (${short(last)})` };
}

/** Resolves a revision the user gave, or says what is wrong with it. */
export async function userReviewBase(repo: GitRepo | undefined, ref: string): Promise<ReviewBase> {
  if (!repo) throw new GitRevisionError(`--base ${ref}: this folder is not in a git repository`);
  const sha = await commitOf(repo.top, ref);
  if (!sha) {
    throw new GitRevisionError(
      `--base ${ref}: no such commit; give a branch, tag or commit (fetch it first in CI, e.g. actions/checkout with fetch-depth: 0)`,
    );
  }
  return { rev: sha, label: `${ref} (${short(sha)})` };
}
