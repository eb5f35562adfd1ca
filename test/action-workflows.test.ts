// The workflows users copy and this repository's own: pinned actions, least permissions, and the
// README's table of inputs and outputs matching action.yml.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { END, START, renderActionIo } from '../action/readme-io.mjs';

const EXAMPLES = ['shotlist.yml', 'shotlist-sharded.yml'];
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

interface Workflow {
  permissions?: unknown;
  concurrency?: { group?: string };
  jobs: Record<string, { permissions?: Record<string, string>; steps?: { uses?: string }[] }>;
}

async function load(file: string): Promise<{ text: string; wf: Workflow }> {
  const text = await readFile(file, 'utf8');
  return { text, wf: YAML.parse(text) as Workflow };
}

/** Table rows as trimmed cells, so prettier's column padding does not matter. */
function rows(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s:|-]+\|$/.test(l))
    .map((l) =>
      l
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
        .join('|'),
    );
}

describe('workflows', () => {
  for (const name of EXAMPLES) {
    it(`${name}: every action pinned by commit SHA, no permissions by default, each job its own`, async () => {
      const { wf } = await load(`.github/workflows/${name}`);
      expect(wf.permissions).toEqual({});
      expect(wf.concurrency?.group).toMatch(/github\.(head_ref|ref_name)/);
      for (const [job, spec] of Object.entries(wf.jobs)) {
        expect(spec.permissions, job).toBeDefined();
        for (const step of spec.steps ?? []) {
          if (!step.uses) continue;
          if (step.uses === './') continue;
          expect(step.uses, `${job}: ${step.uses}`).toMatch(PINNED);
        }
      }
      const plan = wf.jobs.plan;
      if (name === 'shotlist.yml') {
        expect(plan?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
        // Provider secrets only where images are generated.
        expect(JSON.stringify(plan)).not.toMatch(/secrets\./);
        expect(JSON.stringify(wf.jobs.generate)).toMatch(/secrets\.GEMINI_API_KEY/);
      }
    });

    it(`examples/workflows/${name} is the same workflow, using the published action`, async () => {
      const own = await load(`.github/workflows/${name}`);
      const example = await load(`examples/workflows/${name}`);
      const uses = (wf: Workflow) =>
        Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses));
      expect(uses(example.wf)).toEqual(uses(own.wf).map((u) => (u === './' ? 'shotlist/shotlist@v1' : u)));
      const strip = (text: string) =>
        text.replace(/uses: (\.\/|shotlist\/shotlist@v1.*)$/gm, 'uses: SHOTLIST');
      expect(strip(example.text)).toBe(strip(own.text));
    });
  }

  it('the CI workflow runs .ci/run with the repository read-only', async () => {
    const { wf } = await load('.github/workflows/ci.yml');
    expect(wf.permissions).toEqual({ contents: 'read' });
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
    expect(steps.some((s) => (s as { run?: string }).run === 'bash .ci/run')).toBe(true);
    for (const s of steps) if (s.uses) expect(s.uses).toMatch(PINNED);
  });

  it("the README's inputs and outputs table is the one generated from action.yml", async () => {
    const readme = await readFile('README.md', 'utf8');
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
    const expected = renderActionIo(await readFile('action.yml', 'utf8'));
    expect(rows(block), 'README.md is stale: run npm run docs:action').toEqual(rows(expected));
    const action = YAML.parse(await readFile('action.yml', 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining([
        'command',
        'working-directory',
        'github-token',
        'delivery',
        'shard',
        'budget',
        'comment',
        'fail-on-qa',
        'only',
        'max-images',
      ]),
    );
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['planned', 'generated', 'failed', 'cost-usd', 'manifest', 'matrix', 'report']),
    );
  });
});
