import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../domain/models.js';
import { modelsTable, TABLE_END, TABLE_START } from './models-table.js';

/** Table text with cell padding and separator lengths dropped (prettier aligns the README's columns). */
function cells(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) =>
      l.startsWith('|')
        ? l
            .split('|')
            .map((c) => c.trim().replace(/^-+$/, '---'))
            .join('|')
        : l,
    )
    .join('\n');
}

const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');

describe('README models x providers table', () => {
  it('is the one generated from the registry (npm run gen:models-table, then prettier)', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(TABLE_START);
    const end = text.indexOf(TABLE_END);
    expect(start, 'README lacks the models table markers').toBeGreaterThan(-1);
    expect(cells(text.slice(start, end + TABLE_END.length))).toBe(cells(modelsTable()));
  });

  it('has a row per live route with its key variable, and lists retired models apart', () => {
    const table = modelsTable();
    const routes = MODELS.filter((m) => !m.retired).reduce((n, m) => n + m.routes.length, 0);
    expect(
      table
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| model') && !l.startsWith('| ---')),
    ).toHaveLength(routes);
    expect(table).toMatch(/\| `imagen-3` \| pixelmuse \| `imagen-3` .*`PIXELMUSE_API_KEY` \|/);
    expect(table).toMatch(
      /\| `nano-banana-2` \| gemini \(default\) \| `gemini-3\.1-flash-image` .*`GEMINI_API_KEY` \|/,
    );
    expect(table).toContain('1:1 (1024x1024), 3:2 (1536x1024), 2:3 (1024x1536)');
    expect(table).toMatch(/- `imagen-4`: retired since 2026-08-17/);
    expect(table).not.toMatch(/-preview/);
  });
});
