// `shotlist prune`: a dry run by default, then --apply removes orphaned records and files.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { parseManifest } from '../src/store/manifest.js';
import { makeRepo } from './fakes/repo.js';
import { captureIO } from './helpers/capture-io.js';
import { cleanupGitDirs, writeShots } from './helpers/git-remote.js';

afterEach(cleanupGitDirs);

const exists = (f: string) =>
  access(f).then(
    () => true,
    () => false,
  );

describe('shotlist prune', () => {
  it('lists orphans without touching anything, then removes exactly those with --apply', async () => {
    const dir = await makeRepo({ skus: 2, git: false });
    await writeShots(dir, ['sku-0000/v1', 'sku-0001/v1', 'gone-sku/v1'], {
      runId: 'r1',
      createdAt: '2026-01-01T00:00:00Z',
    });
    await writeFile(path.join(dir, 'generated/sku-0000/v1.jpeg'), 'left by a format change');
    await mkdir(path.join(dir, 'generated/.raw'), { recursive: true });
    await writeFile(path.join(dir, 'generated/.raw/0123abcd.png'), 'raw nobody uses');
    await mkdir(path.join(dir, 'generated/reports'), { recursive: true });
    await writeFile(path.join(dir, 'generated/reports/r1.json'), '{}');
    const manifest = path.join(dir, 'generated/manifest.jsonl');
    const before = await readFile(manifest, 'utf8');

    const dry = captureIO(dir);
    expect(await main(['prune', '--json'], dry)).toBe(0);
    const listed = JSON.parse(dry.out) as { applied: boolean; records: string[]; files: string[] };
    expect(listed).toEqual({
      applied: false,
      records: ['gone-sku/v1'],
      files: ['generated/.raw/0123abcd.png', 'generated/gone-sku/v1.webp', 'generated/sku-0000/v1.jpeg'],
    });
    expect(await readFile(manifest, 'utf8')).toBe(before);
    expect(await exists(path.join(dir, 'generated/sku-0000/v1.jpeg'))).toBe(true);

    const run = captureIO(dir);
    expect(await main(['prune', '--apply'], run)).toBe(0);
    expect(run.out).toMatch(/removed 1 records and 3 files/);
    expect([...parseManifest(await readFile(manifest)).records.keys()]).toEqual([
      'sku-0000/v1',
      'sku-0001/v1',
    ]);
    for (const f of listed.files) expect(await exists(path.join(dir, f))).toBe(false);
    expect(await exists(path.join(dir, 'generated/sku-0000/v1.webp'))).toBe(true);
    expect(await exists(path.join(dir, 'generated/reports/r1.json'))).toBe(true);
  });

  it('refuses to prune from an invalid configuration (every shot would look orphaned)', async () => {
    const dir = await makeRepo({ skus: 1, git: false });
    await writeShots(dir, ['sku-0000/v1'], { runId: 'r1', createdAt: '2026-01-01T00:00:00Z' });
    await writeFile(path.join(dir, 'catalog/main.yaml'), 'products: 7\n');
    const io = captureIO(dir);
    expect(await main(['prune', '--apply'], io)).toBe(1);
    expect(io.err).toMatch(/catalog\/main\.yaml:1:\d+ error[\s\S]*nothing removed/);
    expect(await exists(path.join(dir, 'generated/sku-0000/v1.webp'))).toBe(true);
  });
});
