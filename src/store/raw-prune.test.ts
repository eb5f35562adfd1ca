// Pruning refs/shotlist/raw on a real bare remote: the lease keeps raw outputs a run pushed meanwhile.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bareEnv,
  cleanupGitDirs,
  git,
  remoteWithClones,
  TEST_IDENTITY,
} from '../../test/helpers/git-remote.js';
import { gitRunner } from './git-exec.js';
import type { GitIdentity } from './git-identity.js';
import { applyRawPrune, planRawPrune } from './raw-prune.js';
import { commitRaw, pushRaw, RAW_REF } from './raw-ref.js';

afterEach(cleanupGitDirs);

const ID: GitIdentity = { name: 'Store Test', email: 'store@example.invalid', source: 'config' };

async function keepRaw(dir: string, env: Record<string, string>, names: string[], runId: string) {
  const files = names.map((n) => `generated/.raw/${n}.png`);
  await mkdir(path.join(dir, 'generated/.raw'), { recursive: true });
  for (const f of files) await writeFile(path.join(dir, f), `raw bytes of ${f}`);
  const g = gitRunner(dir, env);
  await commitRaw(g, files, runId, ID);
  await pushRaw(g, 'origin', files, runId, ID);
}

const rawTree = (remote: string, env: Record<string, string>) =>
  git(remote, ['ls-tree', '-r', '--name-only', RAW_REF], env).trim().split('\n');

describe('raw ref prune', () => {
  it('refuses to replace the ref when a run pushed raw outputs after the plan, then prunes on a new plan', async () => {
    const env = { ...(await bareEnv()), ...TEST_IDENTITY };
    const { remote, clones } = await remoteWithClones(2, env);
    const [a, b] = clones as [string, string];
    await keepRaw(a, env, ['one', 'two'], 'r1');
    const ga = gitRunner(a, env);
    const plan = await planRawPrune(ga, 'origin', new Set(['generated/.raw/one.png']));
    expect(plan.files).toEqual(['generated/.raw/two.png']);

    // Another run adds a raw output before the prune is applied.
    await keepRaw(b, env, ['three'], 'r2');
    await expect(applyRawPrune(ga, 'origin', plan, ID)).rejects.toThrow(
      /refs\/shotlist\/raw on origin moved while pruning .* nothing was removed from it/,
    );
    expect(rawTree(remote, env)).toEqual([
      'generated/.raw/one.png',
      'generated/.raw/three.png',
      'generated/.raw/two.png',
    ]);

    const again = await planRawPrune(
      ga,
      'origin',
      new Set(['generated/.raw/one.png', 'generated/.raw/three.png']),
    );
    expect(again.files).toEqual(['generated/.raw/two.png']);
    await applyRawPrune(ga, 'origin', again, ID);
    expect(rawTree(remote, env)).toEqual(['generated/.raw/one.png', 'generated/.raw/three.png']);
    expect(git(remote, ['rev-list', '--count', RAW_REF], env).trim()).toBe('1');
  });
});
