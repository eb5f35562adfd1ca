/** The action's inputs, parsed once into one typed object. Every problem is reported at once. */

export type Command = 'auto' | 'validate' | 'plan' | 'generate' | 'merge';
/** `config`: as shotlist.yaml's git.delivery says (commit there means commit and push here). */
export type Delivery = 'config' | 'commit' | 'pull-request' | 'none';

export interface Settings {
  command: Command;
  workingDirectory: string;
  githubToken: string;
  delivery: Delivery;
  /** `plan`: the most shards the matrix may have. `generate`: this runner's shard. */
  shard?: { index: number; count: number } | { max: number };
  budgetUsd?: number;
  comment: boolean;
  failOnQa: boolean;
  only?: string;
  maxImages?: number;
  /** `merge`: the folder holding the shard parts downloaded from the artifacts. */
  parts: string;
}

/** A wrong input: the message names the input, what it got and what it accepts. */
export class InputError extends Error {
  override name = 'InputError';
}

export type ReadInput = (name: string) => string;

const COMMANDS: readonly Command[] = ['auto', 'validate', 'plan', 'generate', 'merge'];
const DELIVERIES: readonly Delivery[] = ['commit', 'pull-request', 'none'];

function oneOf<T extends string>(name: string, text: string, allowed: readonly T[], problems: string[]): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  problems.push(`input ${name} must be one of ${allowed.join(', ')}; got "${text}"`);
  return allowed[0]!;
}

function bool(name: string, text: string, problems: string[]): boolean {
  if (/^(true|yes|on)$/i.test(text)) return true;
  if (/^(false|no|off)$/i.test(text)) return false;
  problems.push(`input ${name} must be true or false; got "${text}"`);
  return false;
}

function wholeNumber(name: string, text: string, problems: string[]): number | undefined {
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  problems.push(`input ${name} must be a whole number such as 50; got "${text}"`);
  return undefined;
}

function parseShard(text: string, problems: string[]): Settings['shard'] {
  if (text === '') return undefined;
  const pair = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (pair) {
    const index = Number(pair[1]);
    const count = Number(pair[2]);
    if (count >= 1 && count <= 256 && index >= 1 && index <= count) return { index, count };
  } else if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 256) {
    return { max: Number(text) };
  }
  problems.push(
    `input shard must be i/N with 1 <= i <= N <= 256 (generate one shard, e.g. 2/4) or N (plan: at most N shards); got "${text}"`,
  );
  return undefined;
}

function parseBudget(text: string, problems: string[]): number | undefined {
  if (text === '') return undefined;
  const n = Number(text.replace(/^\$/, ''));
  if (/^\$?\d+(\.\d+)?$/.test(text) && Number.isFinite(n)) return n;
  problems.push(`input budget must be an amount in US dollars such as 25 or 12.50; got "${text}"`);
  return undefined;
}

/** Reads and checks every input; throws one InputError listing all problems. */
export function parseSettings(read: ReadInput): Settings {
  const problems: string[] = [];
  const get = (name: string, fallback: string) => read(name).trim() || fallback;
  const delivery = read('delivery').trim();
  // Where images are stored is the repository's setting, not the workflow's: refused with the fix.
  if (delivery === 's3')
    problems.push(
      'input delivery: "s3" is not a delivery: the S3 store is set in shotlist.yaml (storage: { kind: s3, bucket: … }) and the manifest is still delivered by commit or pull-request; use commit, pull-request or none, or leave it empty to follow git.delivery in shotlist.yaml',
    );
  const settings: Settings = {
    command: oneOf('command', get('command', 'auto'), COMMANDS, problems),
    workingDirectory: get('working-directory', '.'),
    githubToken: read('github-token').trim(),
    delivery:
      delivery === '' || delivery === 's3' ? 'config' : oneOf('delivery', delivery, DELIVERIES, problems),
    comment: bool('comment', get('comment', 'true'), problems),
    failOnQa: bool('fail-on-qa', get('fail-on-qa', 'true'), problems),
    parts: get('parts', 'shotlist-parts'),
  };
  const shard = parseShard(get('shard', ''), problems);
  if (shard) settings.shard = shard;
  const budget = parseBudget(get('budget', ''), problems);
  if (budget !== undefined) settings.budgetUsd = budget;
  const only = get('only', '');
  if (only) settings.only = only;
  const maxImages = wholeNumber('max-images', get('max-images', ''), problems);
  if (maxImages !== undefined) settings.maxImages = maxImages;
  if (settings.shard && 'max' in settings.shard && settings.command === 'generate')
    problems.push(
      `input shard: generate needs i/N (which shard this runner does), got "${get('shard', '')}"`,
    );
  if (settings.shard && 'index' in settings.shard && settings.command === 'plan')
    problems.push(`input shard: plan needs N (at most N shards), got "${get('shard', '')}"`);
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return settings;
}
