// Runs the bundled action (action/dist/index.js) as a real child process, the way the runner does:
// inputs as INPUT_* (hyphens kept), the payload in GITHUB_EVENT_PATH, outputs and the job summary
// appended to the files in GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GIT_ENV } from '../fakes/repo.js';

export const BUNDLE = path.resolve('action/dist/index.js');

let installed: string | undefined;
/**
 * The runner runs an action from a download of its repository, with no node_modules beside it: the
 * bundle is copied (with action.yml) to a temp folder outside this repository and run from there,
 * so anything it still resolves from node_modules fails here as it would on a runner.
 */
export function installedBundle(): string {
  if (!installed) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shotlist-action-install-'));
    cpSync('action.yml', path.join(dir, 'action.yml'));
    cpSync('action/dist', path.join(dir, 'action/dist'), { recursive: true });
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    installed = path.join(dir, 'action/dist/index.js');
  }
  return installed;
}
const PROBE = path.resolve('test/helpers/action-probe.mjs');

export interface ActionRunOptions {
  workspace: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  env?: Record<string, string>;
  /** Secret variable names whose reads the probe records. */
  watchSecrets?: string[];
  node?: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Probe lines: `load <url>`, `dlopen <file>`, `secret <NAME>`. */
  probe: string[];
  ms: number;
}

/** Parses the `name<<delimiter\nvalue\ndelimiter` blocks @actions/core appends to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'shotlist-action-run-'));
  const files = {
    event: path.join(tmp, 'event.json'),
    output: path.join(tmp, 'output'),
    summary: path.join(tmp, 'summary.md'),
    probe: path.join(tmp, 'probe.log'),
  };
  await writeFile(files.event, JSON.stringify(o.payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.probe, '');
  const inputs = Object.fromEntries(
    Object.entries(o.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...GIT_ENV,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'acme/catalog',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: tmp,
    SHOTLIST_PROBE_FILE: files.probe,
    SHOTLIST_PROBE_SECRETS: (o.watchSecrets ?? []).join(','),
    ...inputs,
    ...o.env,
  };
  const started = Date.now();
  const child = spawn(o.node ?? process.execPath, ['--import', PROBE, installedBundle()], {
    cwd: o.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const ms = Date.now() - started;
  return {
    code,
    stdout,
    stderr,
    ms,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    probe: (await readFile(files.probe, 'utf8')).split('\n').filter(Boolean),
  };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
}

/** A bare remote made from `source`, and a checkout of it at `ref`, like actions/checkout with fetch-depth 0. */
export async function remoteAndCheckout(
  source: string,
  ref?: string,
): Promise<{ remote: string; workspace: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-action-git-'));
  const remote = path.join(root, 'remote.git');
  git(root, 'clone', '-q', '--bare', source, remote);
  const workspace = await checkout(remote, ref);
  return { remote, workspace };
}

export async function checkout(remote: string, ref?: string): Promise<string> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'shotlist-action-ws-'));
  git(workspace, 'clone', '-q', remote, '.');
  if (ref) git(workspace, 'checkout', '-q', '--detach', ref);
  return workspace;
}
