import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../domain/config.js';
import { formatFinding, hasErrors } from '../domain/findings.js';
import { resolveSpecs } from './resolve.js';
import type { ShotSpec } from '../domain/spec.js';

/** The configuration as it was at a git ref, or why it could not be read. */
export interface BaseSide {
  ref: string;
  config?: Config;
  specs: ShotSpec[];
  /** Set when the base could not be resolved; plans still work, reasons fall back to the manifest. */
  problem?: string;
  /** True when the ref had no configuration at all (the pull request adds shotlist). */
  empty?: boolean;
}

/** Thrown when the ref itself is wrong (a usage error, not a config error). */
export class GitRefError extends Error {
  override name = 'GitRefError';
}

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.trim() || `exit ${code}`}`)),
    );
  });
}

/** `git archive REF -- paths | tar -x -C dest`, without a shell, so no quoting of user paths. */
function extract(top: string, ref: string, pathspecs: string[], dest: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const git = spawn('git', ['archive', '--format=tar', ref, '--', ...pathspecs], {
      cwd: top,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tar = spawn('tar', ['-x', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
    let gitErr = '';
    let tarErr = '';
    git.stderr.on('data', (d: Buffer) => (gitErr += d.toString()));
    tar.stderr.on('data', (d: Buffer) => (tarErr += d.toString()));
    git.stdout.pipe(tar.stdin);
    let gitCode: number | null = null;
    let tarCode: number | null = null;
    const done = () => {
      if (gitCode === null || tarCode === null) return;
      if (gitCode !== 0) reject(new Error(`git archive ${ref} failed: ${gitErr.trim()}`));
      else if (tarCode !== 0) reject(new Error(`tar could not unpack ${ref}: ${tarErr.trim()}`));
      else resolve();
    };
    git.on('error', reject);
    tar.on('error', reject);
    git.on('close', (c) => {
      gitCode = c ?? 1;
      done();
    });
    tar.on('close', (c) => {
      tarCode = c ?? 1;
      done();
    });
  });
}

/**
 * Loads and resolves the configuration at `ref` for the repository that holds `dir`. The tree is
 * unpacked into a temp folder (without the store folder: images are not needed to plan) and removed
 * afterwards, so the work tree and index are never touched.
 */
export async function resolveAtRef(dir: string, ref: string, storeFolder: string): Promise<BaseSide> {
  let top: string;
  let prefix: string;
  try {
    top = (await run('git', ['rev-parse', '--show-toplevel'], dir)).trim();
    prefix = (await run('git', ['rev-parse', '--show-prefix'], dir)).trim();
  } catch (error) {
    throw new GitRefError(`--base needs a git repository, but ${dir} is not inside one`, { cause: error });
  }
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  } catch (error) {
    throw new GitRefError(
      `--base ${ref}: no such commit, branch or tag in ${top}; fetch it first (e.g. git fetch origin ${ref}) or pass an existing ref`,
      { cause: error },
    );
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'shotlist-base-'));
  try {
    const sub = prefix.replace(/\/$/, '');
    const storeRel = path.posix.join(sub, storeFolder);
    const pathspecs = [sub === '' ? '.' : sub, `:(exclude)${storeRel}`];
    try {
      await extract(top, ref, pathspecs, tmp);
    } catch (error) {
      // An empty pathspec match (the folder did not exist at that ref) means there was no config.
      return {
        ref,
        specs: [],
        empty: true,
        problem: `no configuration at ${ref} (${(error as Error).message})`,
      };
    }
    const root = path.join(tmp, sub);
    const { config, findings } = await loadConfig(root);
    const errors = findings.filter((f) => f.severity === 'error');
    if (!config && errors.length > 0 && errors.every((f) => f.rule === 'missing-folder')) {
      // No catalog, placements or prompts at that ref: the change adds shotlist to the repository.
      return { ref, specs: [], empty: true };
    }
    if (!config || hasErrors(findings)) {
      const first = findings.find((f) => f.severity === 'error');
      return {
        ref,
        specs: [],
        problem: `the configuration at ${ref} is not valid${first ? ` (${formatFinding(first)})` : ''}`,
      };
    }
    try {
      const specs = await resolveSpecs(config);
      return { ref, config, specs };
    } catch (error) {
      return {
        ref,
        config,
        specs: [],
        problem: `cannot resolve shots at ${ref}: ${(error as Error).message}`,
      };
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
