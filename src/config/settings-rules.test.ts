import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './load.js';

const minimal = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test/fixtures/valid/minimal',
);
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'shotlist-routing-'));
  temps.push(dir);
  cpSync(minimal, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function placement(aspect: string, models: string): string {
  return `placements:\n  pdp:\n    aspect: "${aspect}"\n    size: 1024\n    format: webp\n    background: "#FFFFFF"\n    models: [${models}]\nvariants:\n  pdp-main: { placement: pdp, prompt: studio-white@1 }\n`;
}

const brief = (f: { file: string; line: number; column: number; rule: string; severity: string }) =>
  `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`;

describe('routing and provider settings in shotlist.yaml', () => {
  it('accepts a route, a fallback, a key variable, a base URL and a poll interval', async () => {
    const dir = repo({
      'shotlist.yaml':
        'providers:\n  pixelmuse: { baseUrl: "https://gw.example/api/v1/", keyEnv: PM_KEY, pollSeconds: 1 }\nrouting:\n  nano-banana-2: { provider: pixelmuse, fallback: gemini }\n',
    });
    const { config, findings } = await loadConfig(dir);
    expect(findings).toEqual([]);
    expect(config!.settings.routing).toEqual({
      'nano-banana-2': { provider: 'pixelmuse', fallback: 'gemini' },
    });
    expect(config!.settings.providers.pixelmuse).toMatchObject({
      baseUrl: 'https://gw.example/api/v1',
      keyEnv: 'PM_KEY',
      pollSeconds: 1,
    });
  });

  it('names direct Imagen, a provider that does not serve the model, an unknown or retired model, at their lines', async () => {
    const dir = repo({
      'shotlist.yaml': [
        'providers:',
        '  imagen: { concurrency: 2 }',
        'routing:',
        '  imagen-3: { provider: imagen }',
        '  recraft-v4: { provider: gemini }',
        '  nano-banan-2: { provider: fal }',
        '  imagen-4: { provider: pixelmuse }',
        '  flux-schnell: { provider: fal, fallback: fal }',
        '',
      ].join('\n'),
    });
    const { config, findings } = await loadConfig(dir);
    expect(config).toBeUndefined();
    expect(findings.map(brief)).toEqual([
      'shotlist.yaml:2:3 error provider-imagen',
      'shotlist.yaml:4:25 error model-route',
      'shotlist.yaml:5:27 error model-route',
      'shotlist.yaml:6:3 error unknown-model',
      'shotlist.yaml:7:3 error model-retired',
      'shotlist.yaml:8:44 warning model-route',
    ]);
    expect(findings[1]!.message).toMatch(/shut Imagen down.*2026-08-17.*pixelmuse/);
    expect(findings[2]!.message).toMatch(
      /gemini does not serve recraft-v4; recraft-v4 is served by recraft, pixelmuse/,
    );
    expect(findings[3]!.message).toMatch(/did you mean "nano-banana-2"/);
  });

  it('flags a retired model in a placement and checks aspects against the routed provider', async () => {
    const retired = await loadConfig(
      repo({ 'placements/main.yaml': placement('1:1', 'nano-banana-2, imagen-4') }),
    );
    expect(retired.findings.map(brief)).toEqual(['placements/main.yaml:7:29 error model-retired']);
    expect(retired.findings[0]!.message).toMatch(/imagen-3 \(served through pixelmuse\)/);
    // 9:21 is native on Pixelmuse; Gemini's tallest frame (9:16) would waste 32%, fal's too: both fine, 1:4 is not.
    const tall = placement('1:4', 'nano-banana-2');
    expect((await loadConfig(repo({ 'placements/main.yaml': tall }))).findings.map((f) => f.rule)).toEqual([
      'model-aspect',
    ]);
    const gpt = await loadConfig(repo({ 'placements/main.yaml': placement('16:9', 'gpt-image-1') }));
    expect(gpt.findings).toEqual([]);
    const gptWide = await loadConfig(repo({ 'placements/main.yaml': placement('4:1', 'gpt-image-1') }));
    expect(gptWide.findings[0]!.message).toMatch(
      /it makes 1:1 \(1024x1024\), 3:2 \(1536x1024\), 2:3 \(1024x1536\)/,
    );
  });
});
