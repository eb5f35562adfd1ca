// The CLI's first impressions: --version, examples in every --help, a first run in an empty
// folder, the missing-key message, plurals, and progress lines for CI logs.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { progressLine, progressPrinter } from '../src/cli/progress.js';
import { EXAMPLES } from '../src/cli/help.js';
import { missingKeyMessage } from '../src/providers/registry.js';
import type { ShotOutcome } from '../src/run/shot-types.js';
import { GIT_ENV, makeRepo } from './fakes/repo.js';
import { captureIO } from './helpers/capture-io.js';

async function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const io = captureIO(cwd, { ...process.env, ...GIT_ENV, ...env });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe('CLI polish', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const r = await cli(process.cwd(), ['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it('every command has examples under --help', async () => {
    const help = await cli(process.cwd(), ['--help']);
    const commands = [...help.out.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(help.out).toContain('Start here:');
    for (const c of commands) {
      const r = await cli(process.cwd(), [c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out, c).toContain(`Examples:\n  $ shotlist ${c}`);
    }
  });

  it('a first run in a folder without configuration says to run init', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-empty-'));
    for (const c of [['validate'], ['plan'], ['generate', '--dry-run'], ['gallery']]) {
      const r = await cli(dir, c);
      expect(r.code, c[0]).toBe(1);
      expect(r.err, c[0]).toContain('no shotlist configuration in');
      expect(r.err, c[0]).toContain('run shotlist init there');
    }
    // qa with explicit sizes needs no configuration; init is what makes one.
    expect((await cli(dir, ['init'])).code).toBe(0);
    expect((await cli(dir, ['validate'])).code).toBe(0);
  });

  it('a missing key names the variable, the provider with the right article, and where to set it', () => {
    const m = missingKeyMessage('gpt-image-1', 'openai', 'OPENAI_API_KEY');
    expect(m).toContain('needs the OPENAI_API_KEY environment variable (an OpenAI API key)');
    expect(m).toContain('export OPENAI_API_KEY=');
    expect(m).toContain('repository secret OPENAI_API_KEY');
    expect(missingKeyMessage('nano-banana-2', 'gemini', 'GEMINI_API_KEY')).toContain('(a Gemini API key)');
  });

  it('says "1 shot", not "1 shots"', async () => {
    const dir = await makeRepo({ skus: 1 });
    // The fake's address is never contacted by a dry run; it only makes the hosted model available.
    const r = await cli(dir, ['generate', '--dry-run'], { SHOTLIST_FAKE_PROVIDER_URL: 'http://127.0.0.1:9' });
    expect(r.out).toContain('generate --dry-run: 1 shot would run');
    const plan = await cli(dir, ['plan']);
    expect(plan.out).toMatch(/cost: 1 image,/);
  });

  it('off a terminal, prints plain progress lines with rate and time left', () => {
    expect(progressLine(40, 400, 20)).toBe('generate: 40/400 shots done, 2.0 shots/s, about 3m left');
    expect(progressLine(3, 400, 60)).toBe('generate: 3/400 shots done, 3.0 shots/min, about 2h 12m left');
    const io = captureIO();
    let t = 0;
    const print = progressPrinter(io, () => t);
    print({ type: 'run-start', runId: 'r', total: 20 });
    const outcome = (key: string): ShotOutcome => ({
      key,
      status: 'ok',
      plan: 'new',
      model: 'studio',
      attempts: 1,
      rerolls: 0,
      rederived: false,
      ms: 1,
      costUsd: 0,
    });
    for (let i = 1; i <= 20; i++) {
      t = i * 500;
      print({ type: 'shot-done', outcome: outcome(`s${i}/v`), done: i, total: 20 });
    }
    const lines = io.err.trim().split('\n');
    expect(lines).toHaveLength(10); // one per 10%
    expect(lines[0]).toBe('generate: 2/20 shots done, 2.0 shots/s, about 9s left');
    expect(lines.at(-1)).toBe('generate: 20/20 shots done, 2.0 shots/s');
    expect(io.err).not.toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
  });
});
