import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';

/** Shown under each command's --help; every command has at least one. */
export const EXAMPLES: Readonly<Record<string, string[]>> = {
  validate: ['shotlist validate', 'shotlist validate --json --dir shop/images'],
  plan: ['shotlist plan', 'shotlist plan --base origin/main --markdown', 'shotlist plan --shards 4 --json'],
  generate: [
    'shotlist generate --offline --no-commit   # studio shots only, nothing committed',
    'shotlist generate --only "shoe-*/pdp-main" --max-images 20',
    'shotlist generate --shard 2/4             # one CI matrix job',
  ],
  qa: [
    'shotlist qa generated/shoe-4812/pdp-main.webp --placement pdp',
    'shotlist qa photo.jpg --aspect 1:1 --size 1600 --profile marketplace-main',
  ],
  accept: ['shotlist accept shoe-4812/pdp-main --by "Kim (design)"'],
  gallery: ['shotlist gallery', 'shotlist gallery --base origin/main --out review/'],
  init: ['shotlist init', 'shotlist init --action acme/shotlist@v1'],
  try: [
    'shotlist try studio-white@2 --sku shoe-4812 --count 8',
    'shotlist try lifestyle@2 --sku mug-set-2 --against lifestyle@1 --max-usd 1',
    'shotlist try lifestyle@2 --sku mug-set-2 --pick 3       # freeze candidate 3',
  ],
  merge: [
    'shotlist merge %O %A %B                  # as the git merge driver of generated/manifest.jsonl',
    'shotlist merge --out generated/manifest.jsonl parts/*/manifest.jsonl   # combine shard manifests',
  ],
  prune: ['shotlist prune                           # list what would go', 'shotlist prune --apply'],
};

export function addExamples(program: Command): void {
  for (const cmd of program.commands) {
    const lines = EXAMPLES[cmd.name()];
    if (lines) cmd.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
  }
  program.addHelpText(
    'after',
    '\nStart here:\n  $ shotlist init                              # example config and workflow in this repository\n' +
      '  $ shotlist generate --offline --no-commit    # its images, made offline\n' +
      '  $ shotlist gallery                           # review them\n',
  );
}

/** Commands that read the repository's configuration. */
const NEEDS_CONFIG = new Set(['validate', 'plan', 'generate', 'accept', 'gallery', 'try']);

/** Thrown before a command runs in a folder with no shotlist configuration at all. */
export class NoConfigError extends Error {
  override name = 'NoConfigError';
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/**
 * A first run in the wrong folder (or before `init`) says what to do instead of listing three
 * missing folders. A folder with any of shotlist.yaml, catalog/, placements/, prompts/ goes on to
 * the command, which reports what exactly is missing.
 */
export async function checkConfigPresent(command: Command, cwd: string): Promise<void> {
  if (!NEEDS_CONFIG.has(command.name())) return;
  const dir = path.resolve(cwd, (command.opts() as { dir?: string }).dir ?? '.');
  if (!(await exists(dir))) return; // the command reports a missing --dir as wrong usage
  for (const p of ['shotlist.yaml', 'catalog', 'placements', 'prompts'])
    if (await exists(path.join(dir, p))) return;
  throw new NoConfigError(
    `no shotlist configuration in ${dir} (no shotlist.yaml, catalog/, placements/ or prompts/): run shotlist init there to create an example, or pass --dir with the folder that holds it`,
  );
}
