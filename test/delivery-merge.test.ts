// `shotlist merge` as a real git merge driver and as the combiner of shard manifests.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, spawnCli } from './fakes/cli.js';
import {
  bareEnv,
  cleanupGitDirs,
  git,
  remoteWithClones,
  TEST_IDENTITY,
  writeShots,
} from './helpers/git-remote.js';
import { parseManifest } from '../src/store/manifest.js';

beforeAll(ensureBuilt, 300_000);
afterEach(cleanupGitDirs);

describe('shotlist merge', () => {
  it('resolves a git merge of two branches that both added shots, with the documented .gitattributes line', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    await writeFile(path.join(dir, '.gitattributes'), 'generated/manifest.jsonl merge=shotlist-manifest\n');
    git(dir, ['config', 'merge.shotlist-manifest.name', 'shotlist manifest merge'], env);
    git(
      dir,
      ['config', 'merge.shotlist-manifest.driver', `"${process.execPath}" "${BIN}" merge %O %A %B`],
      env,
    );
    await writeShots(dir, ['base/v1'], { runId: 'r0', createdAt: '2026-01-01T00:00:00Z' });
    git(dir, ['add', '-A'], env);
    git(dir, ['commit', '-qm', 'base'], env);
    git(dir, ['checkout', '-qb', 'other'], env);
    await writeShots(dir, ['b/v1', 'shared/v1'], { runId: 'r2', createdAt: '2026-01-03T00:00:00Z' });
    git(dir, ['commit', '-qam', 'other'], env);
    git(dir, ['add', '-A'], env);
    git(dir, ['commit', '-qm', 'other files'], env);
    git(dir, ['checkout', '-q', 'main'], env);
    await writeShots(dir, ['a/v1', 'shared/v1'], { runId: 'r1', createdAt: '2026-01-02T00:00:00Z' });
    git(dir, ['add', '-A'], env);
    git(dir, ['commit', '-qm', 'main'], env);
    // The manifest lines of a/v1 and b/v1 are adjacent: a line merge would conflict (and -X theirs
    // would drop a/v1); the driver merges by key. -X theirs only settles the shared image file.
    git(dir, ['merge', '-q', '--no-edit', '-X', 'theirs', '--no-ff', 'other'], env);
    const records = parseManifest(await readFile(path.join(dir, 'generated/manifest.jsonl'))).records;
    expect([...records.keys()].sort()).toEqual(['a/v1', 'b/v1', 'base/v1', 'shared/v1']);
    expect(records.get('shared/v1')!.runId).toBe('r2');
  });

  it('fails a driver merge on conflict markers and leaves the file alone; combines shards with --out', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { clones } = await remoteWithClones(1, env);
    const dir = clones[0]!;
    await writeShots(dir, ['a/v1'], { runId: 'r1', createdAt: '2026-01-01T00:00:00Z' });
    const good = await readFile(path.join(dir, 'generated/manifest.jsonl'), 'utf8');
    await writeFile(path.join(dir, 'ours.jsonl'), good);
    await writeFile(path.join(dir, 'theirs.jsonl'), `<<<<<<< x\n${good}`);
    await writeFile(path.join(dir, 'base.jsonl'), '');
    const bad = await spawnCli(['merge', 'base.jsonl', 'ours.jsonl', 'theirs.jsonl'], dir, env).done;
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /theirs\.jsonl:1: line is not valid JSON[\s\S]*ours\.jsonl was left as it was/,
    );
    expect(await readFile(path.join(dir, 'ours.jsonl'), 'utf8')).toBe(good);

    await writeShots(dir, ['b/v1'], { runId: 'r2', createdAt: '2026-01-01T00:00:00Z', store: 'shard2' });
    await writeShots(dir, ['c/v1'], { runId: 'r3', createdAt: '2026-01-01T00:00:00Z', store: 'shard3' });
    const ok = await spawnCli(
      ['merge', '--out', 'generated/manifest.jsonl', 'shard2/manifest.jsonl', 'shard3/manifest.jsonl'],
      dir,
      env,
    ).done;
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/3 records/);
    const records = parseManifest(await readFile(path.join(dir, 'generated/manifest.jsonl'))).records;
    expect([...records.keys()]).toEqual(['a/v1', 'b/v1', 'c/v1']);

    const usage = await spawnCli(['merge', 'a', 'b'], dir, env).done;
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/expected three files/);
  });
});
