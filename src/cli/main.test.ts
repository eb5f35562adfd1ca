import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { captureIO } from '../../test/helpers/capture-io.js';

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
