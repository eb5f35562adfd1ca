// The figures in README.md and docs/ that come from code, checked against the code, and the docs
// kept self-contained (every link they make resolves inside the repository). The QA defaults table
// has its own test in src/images/qa/profiles.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSettings } from '../src/config/settings.js';
import { resolveQaProfile } from '../src/images/qa/profiles.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel: string) => readFileSync(path.join(repoRoot, rel), 'utf8');

/** README.md and every markdown file under docs/. */
function docs(): string[] {
  const under = readdirSync(path.join(repoRoot, 'docs'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f.split(path.sep).join('/')}`);
  return ['README.md', ...under];
}

/** The one number a sentence gives for a setting, found by the words before it. */
function figure(text: string, pattern: RegExp): number {
  const m = pattern.exec(text.replace(/\s+/g, ' '));
  expect(m, `no match for ${pattern} in the docs`).not.toBeNull();
  return Number(m![1]);
}

describe('docs say what the code does', () => {
  it('the studio page states the halo and seam limits of every QA profile the example uses', () => {
    const page = read('docs/studio/README.md');
    for (const profile of [undefined, 'marketplace-main']) {
      const resolved = resolveQaProfile(profile ? { profile } : {}, '#FFFFFF');
      expect(figure(page, /halo limit (\d+(?:\.\d+)?), `maxHalo`/)).toBe(resolved.thresholds.maxHalo);
      expect(figure(page, /seam limit (\d+(?:\.\d+)?) \(`maxSeam`\)/)).toBe(resolved.thresholds.maxSeam);
    }
  });

  it('the README states the default number of rerolls from settings and schema', () => {
    const readme = read('README.md');
    const stated = figure(readme, /up to `run\.rerolls` times \(default (\d+)\)/);
    expect(stated).toBe(buildSettings(undefined).run.rerolls);
    const schema = JSON.parse(read('schemas/shotlist.schema.json')) as {
      properties: { run: { properties: { rerolls: { default: number } } } };
    };
    expect(stated).toBe(schema.properties.run.properties.rerolls.default);
  });

  it('the README states the licence of package.json, and the LICENSE file is that licence', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string };
    expect(read('README.md')).toContain(`Licence: ${pkg.license} ([LICENSE](LICENSE))`);
    expect(read('LICENSE')).toMatch(
      new RegExp(`^${pkg.license} License\\n\\nCopyright \\(c\\) 2026 shotlist contributors`),
    );
  });
});

describe('docs are self-contained', () => {
  it('every relative link in README.md and docs/ points at a file in the repository', () => {
    for (const doc of docs()) {
      const text = read(doc);
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!.split('#')[0]!;
        if (/^[a-z]+:/i.test(target) || target === '') continue;
        const resolved = path.join(repoRoot, path.dirname(doc), target);
        expect([doc, target, existsSync(resolved)]).toEqual([doc, target, true]);
      }
    }
  });

  it('names no markdown file that is not in the repository', () => {
    const skip = new Set(['node_modules', '.git', 'dist', 'generated']);
    const known = new Set(
      readdirSync(repoRoot, { withFileTypes: true })
        .filter((e) => !skip.has(e.name))
        .flatMap((e) =>
          e.isDirectory()
            ? readdirSync(path.join(repoRoot, e.name), { recursive: true }).map((f) => String(f))
            : [e.name],
        )
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.basename(f)),
    );
    for (const doc of docs()) {
      for (const m of read(doc).matchAll(/\b([A-Za-z][\w-]*\.md)\b/g)) {
        expect([doc, m[1], known.has(m[1]!)]).toEqual([doc, m[1], true]);
      }
    }
  });
});
