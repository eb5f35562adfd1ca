import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import type { CliIO } from './io.js';

function captureIO(): CliIO & { out: string; err: string } {
  const io = {
    cwd: process.cwd(),
    env: {},
    isTTY: false,
    out: '',
    err: '',
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
  };
  return io;
}

describe('main', () => {
  it('exits 2 on an unknown command and says so', async () => {
    const io = captureIO();
    expect(await main(['no-such-command'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command|too many arguments/);
  });

  it('prints help with exit 0', async () => {
    const io = captureIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/Usage: shotlist/);
  });
});
