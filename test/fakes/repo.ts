// Builds a real user repository in a temp folder (YAML files, optional git init) for run tests.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Run Test',
  GIT_AUTHOR_EMAIL: 'run@example.invalid',
  GIT_COMMITTER_NAME: 'Run Test',
  GIT_COMMITTER_EMAIL: 'run@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export interface RepoOptions {
  skus: number;
  /** Hosted model used by the fake; flux-schnell (provider fal) makes 1:1 natively. */
  model?: string;
  size?: number;
  format?: 'webp' | 'jpeg' | 'png' | 'avif';
  variants?: number;
  /** YAML for shotlist.yaml (providers, run). */
  settings?: string;
  qa?: string;
  git?: boolean;
}

/** Writes `rel` under the repository `root`, making its folders. */
export async function writeRepoFile(root: string, rel: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), text);
}

export async function makeRepo(o: RepoOptions): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-run-'));
  const put = (rel: string, text: string) => writeRepoFile(dir, rel, text);
  const model = o.model ?? 'flux-schnell';
  const nv = o.variants ?? 1;
  const variantIds = Array.from({ length: nv }, (_, i) => `v${i + 1}`);
  await put('shotlist.yaml', o.settings ?? 'run: { rerolls: 1 }\n');
  await put(
    'placements/main.yaml',
    [
      'placements:',
      '  grid:',
      '    aspect: "1:1"',
      `    size: ${o.size ?? 64}`,
      `    format: ${o.format ?? 'webp'}`,
      '    quality: 80',
      '    background: "#FFFFFF"',
      `    models: [${model}, studio]`,
      `    qa: ${o.qa ?? '{ minLongEdge: 32, minBorderShare: 0.5 }'}`,
      'variants:',
      ...variantIds.map((v) => `  ${v}: { placement: grid, prompt: p@1, model: ${model} }`),
      '',
    ].join('\n'),
  );
  await put('prompts/p.yaml', 'id: p\nversions:\n  1: { text: "studio photo of {{name}}" }\n');
  const lines = [`defaults: { variants: [${variantIds.join(', ')}] }`, 'products:'];
  for (let i = 0; i < o.skus; i++) {
    const sku = `sku-${String(i).padStart(4, '0')}`;
    lines.push(`  - sku: ${sku}`, `    name: product ${i}`);
  }
  await put('catalog/main.yaml', lines.join('\n') + '\n');
  if (o.git !== false) {
    const env = { ...process.env, ...GIT_ENV };
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
    execFileSync('git', ['add', '-A'], { cwd: dir, env });
    execFileSync('git', ['commit', '-q', '-m', 'catalog'], { cwd: dir, env });
  }
  return dir;
}
