// The delivery settings in shotlist.yaml: what is built is read; what does not apply is an error.
import { afterAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { loadConfig } from '../src/config/load.js';
import { makeRepo, writeRepoFile } from './fakes/repo.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function load(settings: string) {
  const dir = await makeRepo({ skus: 1, git: false });
  dirs.push(dir);
  await writeRepoFile(dir, 'shotlist.yaml', settings);
  return loadConfig(dir);
}

describe('delivery settings', () => {
  it('reads git and s3 settings into the configuration', async () => {
    const { config, findings } = await load(
      [
        'git: { author: "Catalog Bot <bot@shop.example>", delivery: pull-request, branch: main, raw: tree }',
        'storage: { kind: s3, bucket: img, endpoint: "http://127.0.0.1:9000", forcePathStyle: true, prefix: p }',
        '',
      ].join('\n'),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(config!.settings.git).toEqual({
      author: 'Catalog Bot <bot@shop.example>',
      delivery: 'pull-request',
      branch: 'main',
      remote: 'origin',
      pullRequestBranch: 'shotlist/{base}',
      raw: 'tree',
    });
    expect(config!.settings.storage).toMatchObject({
      kind: 's3',
      bucket: 'img',
      forcePathStyle: true,
      prefix: 'p',
    });
  });

  it('rejects s3 keys under kind git, a malformed author and an unknown delivery, with file and line', async () => {
    const { config, findings } = await load(
      'storage: { kind: git, bucket: img }\ngit: { author: nobody, delivery: ftp }\n',
    );
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.line}: ${f.message}`);
    expect(config).toBeUndefined();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1: storage: bucket, endpoint, .* apply only to kind: s3/),
        expect.stringMatching(/^2: git\.author: .*"nobody" is not a commit author written "Name <email>"/),
        expect.stringMatching(/^2: git\.delivery: expected one of commit, push, pull-request/),
      ]),
    );
  });
});
