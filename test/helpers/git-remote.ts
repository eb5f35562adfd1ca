// Real git repositories for the store tests: a bare remote in a temp folder and clones of it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ManifestRecord } from '../../src/domain/manifest-record.js';
import { readManifest, writeManifest } from '../../src/store/manifest.js';

const made: string[] = [];

/** Removes every folder made by this helper (call from afterEach). */
export async function cleanupGitDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export async function tempDir(prefix = 'shotlist-git-'): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

/**
 * An environment with no git identity at all: no global or system config, an empty HOME, no
 * GIT_AUTHOR_* or GITHUB_* variables. What a fresh CI runner looks like to git.
 */
export async function bareEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const home = await tempDir('shotlist-home-');
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, 'no-gitconfig'),
    ...extra,
  };
}

export const TEST_IDENTITY = {
  GIT_AUTHOR_NAME: 'Store Test',
  GIT_AUTHOR_EMAIL: 'store@example.invalid',
  GIT_COMMITTER_NAME: 'Store Test',
  GIT_COMMITTER_EMAIL: 'store@example.invalid',
};

export function git(cwd: string, args: string[], env: Record<string, string>): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A bare remote whose `main` holds a catalog commit, plus `n` clones of it. */
export async function remoteWithClones(
  n: number,
  env: Record<string, string>,
  cloneArgs: string[] = [],
): Promise<{ remote: string; clones: string[] }> {
  const remote = path.join(await tempDir(), 'remote.git');
  const seed = await tempDir();
  const e = { ...env, ...TEST_IDENTITY };
  git(seed, ['init', '-q', '-b', 'main'], e);
  await writeFile(path.join(seed, 'shotlist.yaml'), 'run: { rerolls: 1 }\n');
  git(seed, ['add', '-A'], e);
  git(seed, ['commit', '-q', '-m', 'catalog'], e);
  git(seed, ['init', '-q', '--bare', '-b', 'main', remote], e);
  git(seed, ['push', '-q', remote, 'main'], e);
  const clones: string[] = [];
  for (let i = 0; i < n; i++) {
    const dir = path.join(await tempDir(), 'work');
    git(path.dirname(dir), ['clone', '-q', ...cloneArgs, `file://${remote}`, dir], e);
    clones.push(dir);
  }
  return { remote, clones };
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Does what a run does in the store for each key: writes the image (files first), then the record
 * (manifest rewritten sorted). Returns the records written.
 */
export async function writeShots(
  root: string,
  keys: string[],
  o: { runId: string; createdAt: string; content?: string; store?: string },
): Promise<ManifestRecord[]> {
  const store = o.store ?? 'generated';
  const manifestPath = path.join(root, store, 'manifest.jsonl');
  const existing = await readManifest(manifestPath);
  const out: ManifestRecord[] = [];
  for (const key of keys) {
    const [sku, variant] = key.split('/') as [string, string];
    const bytes = Buffer.from(`image of ${key} from ${o.runId} ${o.content ?? ''}`);
    const rel = `${store}/${sku}/${variant}.webp`;
    await mkdir(path.join(root, store, sku), { recursive: true });
    await writeFile(path.join(root, rel), bytes);
    const record: ManifestRecord = {
      key,
      sku,
      variant,
      genHash: sha256(`${key}${o.content ?? ''}`),
      specHash: sha256(`${key}${o.content ?? ''}spec`),
      prompt: 'p@1',
      templateHash: 't',
      model: 'flux-schnell',
      provider: 'fal',
      seed: 1,
      status: 'ok',
      output: { path: rel, sha256: sha256(bytes), bytes: bytes.length, width: 1, height: 1, format: 'webp' },
      attempts: 1,
      ms: 1,
      costUsd: 0.003,
      createdAt: o.createdAt,
      runId: o.runId,
    };
    existing.records.set(key, record);
    out.push(record);
  }
  await writeManifest(manifestPath, existing.records.values());
  return out;
}
