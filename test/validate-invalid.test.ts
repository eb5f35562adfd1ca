import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Finding } from '../src/domain/findings.js';
import { captureIO } from './helpers/capture-io.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const invalidDir = path.join(repoRoot, 'test/fixtures/invalid');
const validDir = path.join(repoRoot, 'test/fixtures/valid/minimal');

/** Every path under dir with its size and mtime: validate must leave this unchanged. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((rel) => {
      const s = statSync(path.join(dir, rel));
      return `${rel} ${s.size} ${s.mtimeMs}`;
    });
}

interface Case {
  name: string;
  file: string;
  line: number;
  /** Omitted where the column is not meaningful to the case. */
  column?: number;
  message: string;
}

// One row per folder under test/fixtures/invalid: the finding that must be reported, exactly there.
const CASES: Case[] = [
  {
    name: 'yaml-unclosed-flow-map',
    file: 'catalog/main.yaml',
    line: 6,
    column: 17,
    message: 'YAML syntax: the "{" on line 6 is never closed; end the line with "}"',
  },
  {
    name: 'yaml-bad-indentation',
    file: 'catalog/main.yaml',
    line: 6,
    column: 4,
    message:
      'YAML indentation: line 6 is indented 3 spaces, which matches no level around it: the entries above are at 4 spaces ("name", line 5) or 2 spaces (line 4); indent it 4 spaces to continue that map',
  },
  {
    // The parser blames line 5 ("Implicit keys need to be on a single line"); the mistake is line 6.
    name: 'yaml-over-indented-key',
    file: 'catalog/main.yaml',
    line: 6,
    column: 7,
    message:
      'YAML indentation: line 6 is indented 6 spaces, more than "name" on line 5 (4 spaces), which already has a value; indent it 4 spaces to put it beside "name"',
  },
  { name: 'yaml-unclosed-quote', file: 'catalog/main.yaml', line: 6, message: 'Missing closing "quote' },
  {
    name: 'yaml-duplicate-key',
    file: 'catalog/main.yaml',
    line: 6,
    column: 5,
    message: 'key "name" appears twice in the same map, on lines 5 and 6; keep one of them',
  },
  {
    name: 'yaml-duplicate-placement-key',
    file: 'placements/main.yaml',
    line: 8,
    column: 3,
    message: 'key "pdp" appears twice in the same map, on lines 2 and 8; keep one of them',
  },
  {
    name: 'yaml-tab-indentation',
    file: 'catalog/main.yaml',
    line: 5,
    column: 1,
    message: 'tabs are not allowed as indentation; indent with spaces',
  },
  {
    name: 'yaml-undefined-alias',
    file: 'catalog/main.yaml',
    line: 5,
    column: 11,
    message: 'alias *missing has no anchor &missing',
  },
  { name: 'alias-bomb', file: 'catalog/main.yaml', line: 1, column: 1, message: 'an alias bomb); refused' },
  {
    name: 'size-not-a-number',
    file: 'placements/main.yaml',
    line: 4,
    column: 11,
    message: 'placements.pdp.size: expected a whole number, found the text "big"',
  },
  {
    name: 'models-not-a-list',
    file: 'placements/main.yaml',
    line: 7,
    column: 13,
    message: 'placements.pdp.models: expected a list, found the text "nano-banana-2"',
  },
  {
    name: 'products-is-a-map',
    file: 'catalog/main.yaml',
    line: 2,
    column: 3,
    message: 'products: expected a list, found a map',
  },
  {
    name: 'attributes-is-a-list',
    file: 'catalog/main.yaml',
    line: 6,
    column: 17,
    message: 'products[0].attributes: expected a map',
  },
  {
    name: 'aspect-zero-height',
    file: 'placements/main.yaml',
    line: 3,
    column: 13,
    message: 'aspect "1:0": width and height must be whole numbers from 1 to 100',
  },
  {
    name: 'aspect-not-a-ratio',
    file: 'placements/main.yaml',
    line: 3,
    column: 13,
    message: 'placements.pdp.aspect: the text "abc" is not w:h',
  },
  {
    name: 'aspect-too-large',
    file: 'placements/main.yaml',
    line: 3,
    column: 13,
    message: 'aspect "101:1": width and height must be whole numbers from 1 to 100',
  },
  {
    name: 'size-zero',
    file: 'placements/main.yaml',
    line: 4,
    column: 11,
    message: 'placements.pdp.size: expected a value >= 64, found 0',
  },
  {
    name: 'size-100000',
    file: 'placements/main.yaml',
    line: 4,
    column: 11,
    message: 'placements.pdp.size: expected a value <= 8192, found 100000',
  },
  {
    name: 'quality-101',
    file: 'placements/main.yaml',
    line: 8,
    column: 14,
    message: 'placements.pdp.quality: expected a value <= 100, found 101',
  },
  {
    name: 'background-not-hex',
    file: 'placements/main.yaml',
    line: 6,
    column: 17,
    message: 'the text "white" is not a colour #RRGGBB',
  },
  {
    name: 'format-unknown',
    file: 'placements/main.yaml',
    line: 5,
    column: 13,
    message: 'expected one of webp, jpeg, png, avif, found the text "webpp"; did you mean "webp"?',
  },
  {
    name: 'sku-path-traversal',
    file: 'catalog/main.yaml',
    line: 4,
    column: 10,
    message: 'the text "../../etc/passwd" is not a SKU',
  },
  {
    name: 'sku-double-dot',
    file: 'catalog/main.yaml',
    line: 4,
    column: 10,
    message: 'sku "shoe..1" contains ".."',
  },
  {
    name: 'sku-uppercase',
    file: 'catalog/main.yaml',
    line: 4,
    column: 10,
    message: 'the text "Shoe-1" is not a SKU',
  },
  {
    name: 'duplicate-sku-two-files',
    file: 'catalog/more.yaml',
    line: 6,
    column: 10,
    message: 'sku "shoe-1" is already used at catalog/main.yaml:4:10',
  },
  {
    name: 'unknown-variant',
    file: 'catalog/main.yaml',
    line: 6,
    column: 26,
    message: 'unknown variant "pdp-mian"; did you mean "pdp-main"?',
  },
  {
    name: 'unknown-variant-in-defaults',
    file: 'catalog/main.yaml',
    line: 2,
    column: 24,
    message: 'defaults.variants names unknown variant "hero"; known variants: pdp-main',
  },
  {
    name: 'missing-prompt-version',
    file: 'placements/main.yaml',
    line: 9,
    column: 39,
    message: 'pins studio-white@3, but prompt "studio-white" has version(s) 1, 2',
  },
  {
    name: 'unknown-prompt',
    file: 'placements/main.yaml',
    line: 9,
    column: 39,
    message: 'unknown prompt "studio-whit"; did you mean "studio-white"?',
  },
  {
    name: 'prompt-not-pinned',
    file: 'placements/main.yaml',
    line: 9,
    column: 39,
    message: 'is not a pinned prompt version id@N',
  },
  {
    // At the typo in the prompt, not at the products using it.
    name: 'template-variable-typo',
    file: 'prompts/studio-white.yaml',
    line: 3,
    column: 26,
    message:
      '{{attribtes.color}} in prompt studio-white@1 does not resolve for product "shoe-1", through variant "pdp-main"; did you mean {{attributes.color}}?',
  },
  {
    // Object.prototype's members are no attributes: validate once let this through and plan failed.
    name: 'template-prototype-key',
    file: 'prompts/studio-white.yaml',
    line: 3,
    column: 36,
    message:
      '{{attributes.constructor}} in prompt studio-white@1 does not resolve for product "shoe-1", through variant "pdp-main"; the product has no attribute "constructor"',
  },
  {
    // The manifest records the hash of version 1 as it was when it made shoe-1's image.
    name: 'prompt-edited-after-use',
    file: 'prompts/studio-white.yaml',
    line: 3,
    column: 3,
    message: 'prompt studio-white@1 changed since it was used for 1 shot; add version 3 instead',
  },
  {
    name: 'template-attribute-missing',
    file: 'catalog/main.yaml',
    line: 7,
    column: 5,
    message: 'product "shoe-2": {{attributes.color}} in prompt studio-white@2',
  },
  {
    name: 'template-category-missing',
    file: 'prompts/studio-white.yaml',
    line: 3,
    column: 15,
    message:
      '{{category}} in prompt studio-white@1 does not resolve for product "shoe-1", through variant "pdp-main"; the product has no category',
  },
  {
    name: 'template-unknown-variable',
    file: 'prompts/studio-white.yaml',
    line: 3,
    column: 24,
    message:
      '{{nmae}} in prompt studio-white@1 does not resolve for product "shoe-1", through variant "pdp-main"; did you mean {{name}}?',
  },
  {
    name: 'model-not-allowed',
    file: 'placements/main.yaml',
    line: 9,
    column: 62,
    message: 'model "imagen-3" is not allowed by placement "pdp" (allowed: nano-banana-2, studio)',
  },
  {
    name: 'model-unknown-in-placement',
    file: 'placements/main.yaml',
    line: 7,
    column: 14,
    message: 'unknown model "nano-banan-2"; did you mean "nano-banana-2"?',
  },
  {
    name: 'model-unknown-in-variant',
    file: 'placements/main.yaml',
    line: 9,
    column: 62,
    message: 'unknown model "dall-e"; known models: studio',
  },
  {
    name: 'model-cannot-make-aspect',
    file: 'placements/main.yaml',
    line: 7,
    column: 29,
    message: 'model "gpt-image-1" cannot make aspect 4:1',
  },
  {
    name: 'unknown-placement',
    file: 'placements/main.yaml',
    line: 9,
    column: 26,
    message: 'unknown placement "pdpp"; did you mean "pdp"?',
  },
  {
    name: 'unknown-key-did-you-mean',
    file: 'placements/main.yaml',
    line: 7,
    column: 5,
    message: 'unknown key "formt" in placements.pdp; did you mean "format"?',
  },
  {
    name: 'unknown-product-key',
    file: 'catalog/main.yaml',
    line: 6,
    column: 5,
    message: 'unknown key "colour" in products[0]; did you mean "color"?',
  },
  {
    name: 'missing-product-name',
    file: 'catalog/main.yaml',
    line: 4,
    column: 5,
    message: 'products[0] is missing the required key "name"',
  },
  {
    name: 'source-is-text',
    file: 'catalog/main.yaml',
    line: 6,
    column: 13,
    message: 'source "sources/shoe.jpg" (catalog/sources/shoe.jpg) is not an image that can be decoded',
  },
  {
    name: 'source-missing',
    file: 'catalog/main.yaml',
    line: 6,
    column: 13,
    message: 'source "sources/nowhere.jpg" (catalog/sources/nowhere.jpg) does not exist',
  },
  {
    name: 'source-outside-repo',
    file: 'catalog/main.yaml',
    line: 6,
    column: 13,
    message: 'source "../../etc/hosts" points outside the repository',
  },
  {
    name: 'studio-without-source',
    file: 'catalog/main.yaml',
    line: 4,
    column: 5,
    message: 'product "shoe-1" has no source photo, but variant "pdp-main" uses the studio model',
  },
  { name: 'empty-catalog-file', file: 'catalog/main.yaml', line: 1, column: 1, message: 'file is empty' },
  {
    name: 'empty-prompt-file',
    file: 'prompts/studio-white.yaml',
    line: 1,
    column: 1,
    message: 'file is empty',
  },
  {
    name: 'catalog-without-products',
    file: 'catalog/main.yaml',
    line: 3,
    column: 11,
    message: 'the catalog has no products',
  },
  {
    name: 'catalog-products-null',
    file: 'catalog/main.yaml',
    line: 3,
    column: 10,
    message: 'products: expected a list, found null',
  },
  {
    name: 'non-utf8-bytes',
    file: 'catalog/main.yaml',
    line: 5,
    column: 14,
    message: 'byte 0xe9 is not valid UTF-8; save the file as UTF-8',
  },
  {
    name: 'duplicate-placement-across-files',
    file: 'placements/more.yaml',
    line: 2,
    column: 3,
    message: 'placement "pdp" is already defined at placements/main.yaml:2:3',
  },
  {
    name: 'duplicate-variant-across-files',
    file: 'placements/more.yaml',
    line: 2,
    column: 3,
    message: 'variant "pdp-main" is already defined at placements/main.yaml:9:3',
  },
  {
    name: 'duplicate-prompt-across-files',
    file: 'prompts/studio-white.yaml',
    line: 1,
    column: 1,
    message: 'prompt "studio-white" is already defined at prompts/copy.yaml:1:1',
  },
  {
    name: 'settings-unknown-key',
    file: 'shotlist.yaml',
    line: 2,
    column: 3,
    message: 'unknown key "maxAtempts" in run; did you mean "maxAttempts"?',
  },
  {
    name: 'settings-unknown-provider',
    file: 'shotlist.yaml',
    line: 2,
    column: 3,
    message: 'unknown key "gemni" in providers; did you mean "gemini"?',
  },
  {
    name: 'settings-path-escapes',
    file: 'shotlist.yaml',
    line: 2,
    column: 12,
    message: 'the text "../elsewhere" is not a folder inside the repository',
  },
  {
    name: 'settings-s3-without-bucket',
    file: 'shotlist.yaml',
    line: 2,
    column: 3,
    message: 'storage is missing the required key "bucket"',
  },
  {
    name: 'missing-catalog-folder',
    file: 'catalog/',
    line: 1,
    column: 1,
    message: 'folder catalog/ not found',
  },
  {
    name: 'placements-file-is-a-list',
    file: 'placements/main.yaml',
    line: 1,
    column: 1,
    message: 'expected the file to be a map of keys (like "placements:"), found a list',
  },
  {
    name: 'prompt-version-not-a-number',
    file: 'prompts/studio-white.yaml',
    line: 3,
    column: 3,
    message: '"v1" in versions is not a version number',
  },
  {
    name: 'prompt-id-invalid',
    file: 'prompts/studio-white.yaml',
    line: 1,
    column: 5,
    message: 'the text "Studio_White" is not a prompt id',
  },
  {
    name: 'placement-id-invalid',
    file: 'placements/main.yaml',
    line: 2,
    column: 3,
    message: '"PDP_Main" in placements is not a placement id',
  },
  {
    name: 'product-color-not-hex',
    file: 'catalog/main.yaml',
    line: 6,
    column: 12,
    message: 'the text "#12345" is not a colour #RRGGBB',
  },
  {
    name: 'studio-background-invalid',
    file: 'placements/main.yaml',
    line: 8,
    column: 27,
    message: 'the text "linear(#FFFFFF)" is not a colour #RRGGBB or a vertical gradient',
  },
  {
    name: 'qa-unknown-key',
    file: 'placements/main.yaml',
    line: 8,
    column: 11,
    message: 'unknown key "minSharpnes" in placements.pdp.qa; did you mean "minSharpness"?',
  },
  {
    name: 'multiple-documents',
    file: 'catalog/main.yaml',
    line: 6,
    column: 1,
    message: 'the file holds more than one YAML document (a second "---"); keep one document per file',
  },
  {
    name: 'file-is-a-scalar',
    file: 'catalog/main.yaml',
    line: 1,
    column: 1,
    message: 'expected the file to be a map of keys (like "products:"), found the text "just some words"',
  },
  {
    name: 'yaml-binary-tag',
    file: 'catalog/main.yaml',
    line: 4,
    column: 14,
    message: 'products[0]: expected a map (key: value lines), found the text "aGVsbG8="',
  },
  {
    name: 'qa-fill-reversed',
    file: 'placements/main.yaml',
    line: 8,
    column: 17,
    message: 'qa.fill [0.9, 0.7] is [min, max] but min is larger',
  },
  {
    name: 'qa-profile-unknown',
    file: 'placements/main.yaml',
    line: 8,
    column: 20,
    message:
      'expected one of default, marketplace-main, found the text "marketplace-white"; did you mean "marketplace-main"?',
  },
  {
    name: 'qa-severity-unknown-check',
    file: 'placements/main.yaml',
    line: 8,
    column: 23,
    message: 'unknown key "sharpnes" in placements.pdp.qa.severity; did you mean "sharpness"?',
  },
];

const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

describe('shotlist validate on bad input', () => {
  it('has a table row for every fixture folder, and at least 40', () => {
    const folders = readdirSync(invalidDir).sort();
    expect(CASES.map((c) => c.name).sort()).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(40);
  });

  it('accepts the minimal valid repository the cases are variations of', async () => {
    const io = captureIO(repoRoot);
    expect(await main(['validate', '--dir', validDir], io)).toBe(0);
    expect(io.out).toBe('configuration is valid: no errors, no warnings\n');
  });

  it.each(CASES)('$name: $file:$line', async (c) => {
    const dir = path.join(invalidDir, c.name);
    const before = snapshot(dir);
    const io = captureIO(repoRoot);
    const code = await main(['validate', '--dir', dir], io);
    expect(code).toBe(1);
    const lines = io.out.trimEnd().split('\n');
    const prefix = c.column === undefined ? `${c.file}:${c.line}:` : `${c.file}:${c.line}:${c.column} error `;
    const hit = lines.find((l) => l.startsWith(prefix) && l.includes(' error ') && l.includes(c.message));
    expect(hit, `expected "${prefix}… ${c.message}" in:\n${io.out}`).toBeDefined();
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?$/);
    expect(io.out + io.err).not.toMatch(STACK_TRACE);
    expect(io.err).toBe('');
    expect(snapshot(dir)).toEqual(before);

    // The same finding through --json.
    const jsonIO = captureIO(repoRoot);
    expect(await main(['validate', '--json', '--dir', dir], jsonIO)).toBe(1);
    const findings = JSON.parse(jsonIO.out) as Finding[];
    const match = findings.find(
      (f) =>
        f.file === c.file &&
        f.line === c.line &&
        (c.column === undefined || f.column === c.column) &&
        f.severity === 'error' &&
        f.message.includes(c.message),
    );
    expect(match).toBeDefined();
  });
});

describe('findings that lead to the cause', () => {
  it('a file that does not load hides what only follows from it, and says so once at the end', async () => {
    for (const name of ['yaml-duplicate-placement-key', 'placements-file-is-a-list', 'empty-prompt-file']) {
      const io = captureIO(repoRoot);
      expect(await main(['validate', '--dir', path.join(invalidDir, name)], io)).toBe(1);
      const lines = io.out.trimEnd().split('\n');
      expect(
        lines.filter((l) => / error /.test(l)),
        name,
      ).toHaveLength(1);
      expect(io.out).not.toMatch(/ error .*unknown (variant|prompt|placement)/);
      const note = lines.filter((l) => l.includes('not shown: they may only follow from'));
      expect(note, name).toHaveLength(1);
      expect(lines.at(-2)).toBe(note[0]);
      expect(lines.at(-1)).toBe('1 error, 1 warning');
    }
  });

  it('reports the unknown variant when the placements load and the variant is simply missing', async () => {
    const io = captureIO(repoRoot);
    await main(['validate', '--dir', path.join(invalidDir, 'unknown-variant')], io);
    expect(io.out).toContain('names unknown variant "pdp-mian"');
    expect(io.out).not.toContain('not shown');
  });

  it('never reports a position 0:0', async () => {
    for (const name of readdirSync(invalidDir)) {
      const io = captureIO(repoRoot);
      await main(['validate', '--json', '--dir', path.join(invalidDir, name)], io);
      for (const f of JSON.parse(io.out) as Finding[]) {
        expect([name, f.line >= 1, f.column >= 1]).toEqual([name, true, true]);
      }
    }
  });
});

describe('limits', () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  });

  it('refuses a file over the 5 MB cap without parsing it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shotlist-big-'));
    temps.push(dir);
    cpSync(validDir, dir, { recursive: true });
    const product = '  - sku: p-{i}\n    name: product {i}\n';
    let body = 'defaults:\n  variants: [pdp-main]\nproducts:\n';
    for (let i = 0; body.length < 5.2 * 1024 * 1024; i++) body += product.replaceAll('{i}', String(i));
    writeFileSync(path.join(dir, 'catalog/huge.yaml'), body);
    const before = snapshot(dir);
    const io = captureIO(repoRoot);
    const started = performance.now();
    expect(await main(['validate', '--dir', dir], io)).toBe(1);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(io.out).toMatch(
      /^catalog\/huge\.yaml:1:1 error file is 5\.2 MB, over the 5 MB limit per YAML file; split it/m,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses the alias bomb fast and with bounded memory', async () => {
    const dir = path.join(invalidDir, 'alias-bomb');
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const io = captureIO(repoRoot);
    expect(await main(['validate', '--dir', dir], io)).toBe(1);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - rssBefore;
    // Expanded, the bomb is 9^9 (~387 million) strings: refusing it must cost almost nothing.
    expect(elapsed).toBeLessThan(2000);
    expect(grown).toBeLessThan(100 * 1024 * 1024);
    expect(io.out).toContain('alias bomb');
  });

  it('runs end to end as a process: node bin/shotlist.js validate', () => {
    const cli = path.join(repoRoot, 'bin/shotlist.js');
    const bad = spawnSync(
      process.execPath,
      [cli, 'validate', '--dir', path.join(invalidDir, 'unknown-variant')],
      {
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      'catalog/main.yaml:6:26 error product "shoe-1" names unknown variant "pdp-mian"',
    );
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    const good = spawnSync(process.execPath, [cli, 'validate'], { cwd: repoRoot, encoding: 'utf8' });
    expect(good.stdout).toBe('configuration is valid: no errors, no warnings\n');
    expect(good.status).toBe(0);
    const usage = spawnSync(
      process.execPath,
      [cli, 'validate', '--dir', path.join(repoRoot, 'no-such-folder')],
      {
        encoding: 'utf8',
      },
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('no such folder');
  });
});

describe('usage', () => {
  it('exits 2 on an unknown flag', async () => {
    const io = captureIO(repoRoot);
    expect(await main(['validate', '--jsno'], io)).toBe(2);
    expect(io.err).toContain("unknown option '--jsno'");
  });
  it('exits 2 on an extra argument or a --dir without a value', async () => {
    const extra = captureIO(repoRoot);
    expect(await main(['validate', 'catalog'], extra)).toBe(2);
    expect(extra.err).toContain('too many arguments');
    const missing = captureIO(repoRoot);
    expect(await main(['validate', '--dir'], missing)).toBe(2);
    expect(missing.err).toContain("option '--dir <path>' argument missing");
  });

  it('--dir is relative to the working folder', async () => {
    const io = captureIO(path.join(repoRoot, 'test/fixtures'));
    expect(await main(['validate', '--dir', 'valid/minimal'], io)).toBe(0);
  });
});
