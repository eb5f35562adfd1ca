import { execFile } from 'node:child_process';

export type Env = Readonly<Record<string, string | undefined>>;

/** A git command that exited non-zero; `stderr` is what git said (no secrets: git prints no tokens). */
export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitCallOptions {
  input?: string | Buffer;
  env?: Env;
  /** Exit codes other than 0 that are answers, not failures (e.g. 1 of `git config --get`). */
  okCodes?: number[];
}

export interface GitRunner {
  /** Runs git in the repository and returns stdout; throws GitError on a non-zero exit. */
  (args: string[], options?: GitCallOptions): Promise<string>;
  /** The same, returning stdout as bytes (blobs). */
  bytes(args: string[], options?: GitCallOptions): Promise<Buffer>;
  readonly root: string;
}

function cleanEnv(env: Env | undefined, extra: Env | undefined): NodeJS.ProcessEnv | undefined {
  // Without an env from the host the child inherits the parent's, as any child process would.
  if (!env && !extra) return undefined;
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries({ ...env, ...extra })) if (v !== undefined) out[k] = v;
  // Never wait for a password or an editor: CI has no terminal.
  out.GIT_TERMINAL_PROMPT = '0';
  out.GIT_EDITOR = 'true';
  return out;
}

/**
 * A git runner bound to a repository and to the environment the host passed in (the store never
 * reads process.env: identity, credentials and config isolation all come through `env`).
 */
export function gitRunner(root: string, env?: Env): GitRunner {
  const bytes = (args: string[], options: GitCallOptions = {}): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        {
          cwd: root,
          env: cleanEnv(env, options.env),
          maxBuffer: 512 * 1024 * 1024,
          encoding: 'buffer',
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
          if (error && !(code !== null && options.okCodes?.includes(code))) {
            const said = stderr.toString('utf8').trim();
            reject(
              new GitError(
                `git ${args[0]} failed (exit ${code ?? 'signal'}): ${said || error.message}`,
                code,
                said,
              ),
            );
            return;
          }
          resolve(stdout);
        },
      );
      if (options.input !== undefined) child.stdin!.end(options.input);
      else child.stdin!.end();
    });
  const run = async (args: string[], options: GitCallOptions = {}): Promise<string> =>
    (await bytes(args, options)).toString('utf8');
  return Object.assign(run, { root, bytes });
}
