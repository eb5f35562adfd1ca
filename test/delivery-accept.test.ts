// `shotlist accept` commits like a run: the published image, the manifest and the removed review
// copy in one commit naming who approved it.
import { execFileSync } from 'node:child_process';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { readManifest, writeManifest } from '../src/store/manifest.js';
import { GIT_ENV, makeRepo } from './fakes/repo.js';
import { captureIO } from './helpers/capture-io.js';
import { cleanupGitDirs, writeShots } from './helpers/git-remote.js';

afterEach(cleanupGitDirs);

describe('shotlist accept', () => {
  it('commits the accepted shot in one commit with a summary and the run trailer', async () => {
    const dir = await makeRepo({ skus: 1 });
    const env = { ...process.env, ...GIT_ENV };
    const git = (args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    // A shot kept for review, as a run leaves it.
    const [r] = await writeShots(dir, ['sku-0000/v1'], { runId: 'r1', createdAt: '2026-01-01T00:00:00Z' });
    const review = 'generated/.review/sku-0000/v1.webp';
    await mkdir(path.join(dir, 'generated/.review/sku-0000'), { recursive: true });
    await rename(path.join(dir, r!.output!.path!), path.join(dir, review));
    const manifest = path.join(dir, 'generated/manifest.jsonl');
    await writeManifest(manifest, [
      {
        ...r!,
        status: 'qa-failed',
        output: { ...r!.output!, path: review },
        qa: { status: 'fail', checks: [] },
      },
    ]);
    git(['add', '-A']);
    git(['commit', '-qm', 'run r1']);

    const io = captureIO(dir, env);
    expect(await main(['accept', 'sku-0000/v1', '--by', 'Dana'], io)).toBe(0);
    expect(io.out).toMatch(/committed [0-9a-f]{12}/);
    expect(git(['log', '-1', '--format=%s']).trim()).toBe('accept: 1 shot approved by Dana');
    expect(git(['log', '-1', '--format=%(trailers:key=Shotlist-Run,valueonly)']).trim()).toMatch(
      /^accept-\d{8}T\d{6}Z$/,
    );
    const changed = git(['show', '--no-renames', '--name-status', '--format=', 'HEAD'])
      .trim()
      .split('\n')
      .sort();
    // The first delivery also adds the store's .gitignore that keeps raw outputs off the branch.
    expect(changed).toEqual([
      'A\tgenerated/.gitignore',
      'A\tgenerated/sku-0000/v1.webp',
      `D\t${review}`,
      'M\tgenerated/manifest.jsonl',
    ]);
    expect((await readManifest(manifest)).records.get('sku-0000/v1')!.status).toBe('accepted');
    expect(git(['status', '--porcelain'])).toBe('');
  });
});
