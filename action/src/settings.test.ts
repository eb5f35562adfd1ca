import { describe, expect, it } from 'vitest';
import { InputError, parseSettings } from './settings.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('parseSettings', () => {
  it('gives the documented defaults for empty inputs', () => {
    expect(parseSettings(reader({}))).toEqual({
      command: 'auto',
      workingDirectory: '.',
      githubToken: '',
      delivery: 'config',
      comment: true,
      failOnQa: true,
      parts: 'shotlist-parts',
    });
  });

  it('types every input', () => {
    const s = parseSettings(
      reader({
        command: 'generate',
        'working-directory': 'shop',
        'github-token': ' ghs_x ',
        delivery: 'none',
        shard: '2/4',
        budget: '$12.50',
        comment: 'false',
        'fail-on-qa': 'no',
        only: 'shoe-*/pdp-main',
        'max-images': '50',
      }),
    );
    expect(s).toMatchObject({
      command: 'generate',
      workingDirectory: 'shop',
      githubToken: 'ghs_x',
      delivery: 'none',
      shard: { index: 2, count: 4 },
      budgetUsd: 12.5,
      comment: false,
      failOnQa: false,
      only: 'shoe-*/pdp-main',
      maxImages: 50,
    });
    expect(parseSettings(reader({ command: 'plan', shard: '8' })).shard).toEqual({ max: 8 });
  });

  it('reports every bad input at once, naming each and what it accepts', () => {
    let error: unknown;
    try {
      parseSettings(
        reader({
          command: 'deploy',
          shard: '5/4',
          budget: 'ten',
          comment: 'maybe',
          'max-images': '-1',
          delivery: 's3',
        }),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const lines = (error as Error).message.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines).toEqual(
      expect.arrayContaining([
        'input command must be one of auto, validate, plan, generate, merge; got "deploy"',
        expect.stringMatching(/^input shard must be i\/N with 1 <= i <= N <= 256 .* got "5\/4"$/),
        expect.stringMatching(/^input budget must be an amount in US dollars .* got "ten"$/),
        'input comment must be true or false; got "maybe"',
        expect.stringMatching(/^input max-images must be a whole number .* got "-1"$/),
        expect.stringMatching(
          /^input delivery: "s3" is not a delivery: the S3 store is set in shotlist\.yaml/,
        ),
      ]),
    );
  });

  it('takes commit, pull-request and none, and anything else by name', () => {
    for (const d of ['commit', 'pull-request', 'none'] as const)
      expect(parseSettings(reader({ delivery: d })).delivery).toBe(d);
    expect(() => parseSettings(reader({ delivery: 'email' }))).toThrow(
      'input delivery must be one of commit, pull-request, none; got "email"',
    );
  });

  it('refuses a shard form that does not fit the command', () => {
    expect(() => parseSettings(reader({ command: 'generate', shard: '4' }))).toThrow(/generate needs i\/N/);
    expect(() => parseSettings(reader({ command: 'plan', shard: '1/4' }))).toThrow(/plan needs N/);
  });
});
