// `shotlist init` in empty and existing repositories, then `shotlist validate` on the result.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { main } from '../src/cli/main.js';
import { GIT_ENV } from './fakes/repo.js';
import { captureIO } from './helpers/capture-io.js';

async function gitRepo(branch = 'main'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-init-'));
  execFileSync('git', ['init', '-q', '-b', branch], { cwd: dir, env: { ...process.env, ...GIT_ENV } });
  return dir;
}

async function cli(cwd: string, args: string[]) {
  const io = captureIO(cwd, { ...process.env, ...GIT_ENV });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const CONFIG_FILES = [
  'shotlist.yaml',
  'catalog/products.yaml',
  'placements/channels.yaml',
  'prompts/studio-white.yaml',
];

describe('shotlist init', () => {
  it('sets up an empty repository that validates, with modelines, the workflow and .gitattributes', async () => {
    const dir = await gitRepo('trunk');
    const init = await cli(dir, ['init']);
    expect(init.code, init.err).toBe(0);
    for (const f of [...CONFIG_FILES, 'catalog/sources/example-shoe.jpg', '.github/workflows/shotlist.yml'])
      expect(init.out).toContain(`created  ${f}`);
    const validate = await cli(dir, ['validate']);
    expect(validate.code, validate.out).toBe(0);
    expect(validate.out).toContain('configuration is valid: no errors, no warnings');

    // Each modeline, resolved from its file, is the installed package's schema.
    await mkdir(path.join(dir, 'node_modules'));
    await symlink(path.resolve('.'), path.join(dir, 'node_modules/shotlist'));
    for (const f of CONFIG_FILES) {
      const first = (await readFile(path.join(dir, f), 'utf8')).split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(m, f).not.toBeNull();
      expect(existsSync(path.resolve(path.dirname(path.join(dir, f)), m![1]!)), `${f} -> ${m![1]}`).toBe(
        true,
      );
    }

    const workflow = YAML.parse(await readFile(path.join(dir, '.github/workflows/shotlist.yml'), 'utf8'));
    expect(workflow.on.push.branches).toEqual(['trunk']);
    expect(workflow.on.pull_request.paths).toContain('catalog/**');
    const steps = workflow.jobs.shotlist.steps as { uses: string; with?: Record<string, string> }[];
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@v4', '<owner>/shotlist@v1']);
    expect(steps[1]!.with!['working-directory']).toBeUndefined();
    expect(init.out).toContain('replace <owner>/shotlist@v1');
    expect(await readFile(path.join(dir, '.gitattributes'), 'utf8')).toMatch(
      /^generated\/manifest\.jsonl merge=shotlist-manifest$/m,
    );
  });

  it('refuses to overwrite: exit 1 naming the file, and nothing else is written', async () => {
    const dir = await gitRepo();
    await writeFile(path.join(dir, 'shotlist.yaml'), 'paths: { store: out }\n');
    const r = await cli(dir, ['init']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('shotlist.yaml already exists; nothing was written');
    expect(existsSync(path.join(dir, 'catalog'))).toBe(false);
    expect(existsSync(path.join(dir, '.gitattributes'))).toBe(false);
    expect(await readFile(path.join(dir, 'shotlist.yaml'), 'utf8')).toBe('paths: { store: out }\n');
  });

  it('in an existing repository keeps what is there and adds its lines once', async () => {
    const dir = await gitRepo();
    await writeFile(path.join(dir, '.gitattributes'), '*.png binary');
    await writeFile(path.join(dir, '.gitignore'), 'node_modules/\n/shotlist-gallery/\n');
    const r = await cli(dir, ['init', '--action', 'acme/shotlist@v1']);
    expect(r.code, r.err).toBe(0);
    const attrs = await readFile(path.join(dir, '.gitattributes'), 'utf8');
    expect(attrs.startsWith('*.png binary\n# ')).toBe(true);
    expect(attrs).toContain('generated/manifest.jsonl merge=shotlist-manifest\n');
    expect(r.out).toContain('appended .gitattributes');
    expect(r.out).toContain('appended .gitignore');
    const ignore = await readFile(path.join(dir, '.gitignore'), 'utf8');
    expect(ignore.startsWith('node_modules/\n/shotlist-gallery/\n# ')).toBe(true);
    expect(ignore.match(/shotlist-gallery/g)).toHaveLength(1); // already there: not added again
    expect(ignore.endsWith('\n/shotlist-try/\n')).toBe(true);
    const workflow = await readFile(path.join(dir, '.github/workflows/shotlist.yml'), 'utf8');
    expect(workflow).toContain('- uses: acme/shotlist@v1');
    expect(r.out).not.toContain('replace <owner>');
  });

  it('in a subfolder of a repository puts the workflow at the top with working-directory', async () => {
    const top = await gitRepo();
    await mkdir(path.join(top, 'shop/images'), { recursive: true });
    const r = await cli(top, ['init', '--dir', 'shop/images']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('created  ../../.github/workflows/shotlist.yml');
    const workflow = YAML.parse(await readFile(path.join(top, '.github/workflows/shotlist.yml'), 'utf8'));
    expect(workflow.jobs.shotlist.steps[1].with['working-directory']).toBe('shop/images');
    expect(workflow.on.pull_request.paths).toContain('shop/images/catalog/**');
    expect((await cli(top, ['validate', '--dir', 'shop/images'])).code).toBe(0);
  });

  it('a malformed --action is wrong usage (exit 2)', async () => {
    const dir = await gitRepo();
    const r = await cli(dir, ['init', '--action', 'shotlist']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('expected owner/repo@ref');
    expect(existsSync(path.join(dir, 'shotlist.yaml'))).toBe(false);
  });
});
