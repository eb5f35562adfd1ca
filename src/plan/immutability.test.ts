import { describe, expect, it } from 'vitest';
import { recordFor, sampleConfig } from '../../test/plan-fixtures.js';
import { checkPromptImmutability } from '../config/immutability.js';
import { resolveSpecs } from './resolve.js';

describe('checkPromptImmutability', () => {
  it('accepts unchanged prompt versions and versions never used', async () => {
    const cfg = sampleConfig(3);
    const records = (await resolveSpecs(cfg)).map((s) => recordFor(s));
    expect(checkPromptImmutability(cfg, records)).toEqual([]);
    expect(checkPromptImmutability(cfg, [])).toEqual([]);
  });

  it('reports an edited version at its line with the number of shots and the next version', async () => {
    const cfg = sampleConfig(3);
    const records = (await resolveSpecs(cfg)).map((s) => recordFor(s));
    const v2 = cfg.prompts.get('studio-white')!.versions.get(2)!;
    v2.negative = 'text, watermark';
    const used = records.filter((r) => r.prompt === 'studio-white@2').length;
    expect(used).toBe(4);
    expect(checkPromptImmutability(cfg, records)).toEqual([
      {
        file: 'prompts/studio-white.yaml',
        line: v2.at.line,
        column: 1,
        severity: 'error',
        rule: 'prompt-immutable',
        message: expect.stringMatching(
          /^prompt studio-white@2 changed since it was used for 4 shots; add version 3 instead/,
        ) as unknown as string,
      },
    ]);
  });
});
