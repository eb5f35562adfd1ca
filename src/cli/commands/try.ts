import path from 'node:path';
import type { Command } from 'commander';
import { OptionsError } from '../../core/errors.js';
import type { CoreEvent } from '../../core/host.js';
import { formatFinding, type Finding } from '../../domain/findings.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

interface TryFlags {
  sku: string;
  variant?: string;
  model?: string;
  count: string;
  pick?: string;
  against?: string;
  maxUsd?: string;
  out?: string;
  offline?: boolean;
  dir?: string;
  json?: boolean;
}

function whole(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} ${text}: expected a whole number`);
  return Number(text);
}

function showInvalid(io: CliIO, findings: Finding[]): void {
  for (const f of findings.filter((x) => x.severity === 'error')) io.stderr(`${formatFinding(f)}\n`);
  io.stderr('try: the configuration has errors (above); fix them first (shotlist validate)\n');
}

/** `shotlist try TEMPLATE@VERSION --sku SKU`: candidates on a contact sheet; `--pick N` freezes one. */
export const registerTry: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('try')
    .description(
      'Render candidates of a prompt version for one product into a contact sheet; --pick N freezes one.',
    )
    .argument('<template@version>', 'prompt template and version, e.g. studio-white@2')
    .requiredOption('--sku <sku>', 'the product to try it on')
    .option(
      '--variant <id>',
      "the product's variant whose placement to follow (default: one using the template)",
    )
    .option('--model <id>', "model to try (default: the variant's); must be allowed by the placement")
    .option('--count <n>', 'candidates (different seeds; framings for the studio)', '8')
    .option('--against <template@version>', 'render another version with the same seeds, side by side')
    .option('--max-usd <usd>', "spending cap (default: the budget's maxUsd, else $2)")
    .option(
      '--pick <n>',
      'freeze candidate N: write its seed (or studio framing) and the version into the variant',
    )
    .option(
      '--out <dir>',
      'folder of the contact sheet (default: shotlist-try/<sku>-<variant>-<template> in the repository)',
    )
    .option('--offline', 'refuse hosted models (only the studio renders)')
    .option('--dir <path>', 'repository folder holding shotlist.yaml (default: the current folder)')
    .option('--json', 'print the result as JSON')
    .action(async (template: string, flags: TryFlags) => {
      const dir = await resolveRepoDir(io, flags.dir);
      const base = { dir, template, sku: flags.sku, count: whole('--count', flags.count) };
      const selection = {
        ...base,
        ...(flags.variant ? { variant: flags.variant } : {}),
        ...(flags.model ? { model: flags.model } : {}),
      };
      try {
        if (flags.pick !== undefined)
          setExit(await pick(io, flags, { ...selection, pick: whole('--pick', flags.pick) }));
        else setExit(await render(io, flags, selection));
      } catch (error) {
        if (error instanceof OptionsError) throw new UsageError(error.message, { cause: error });
        throw error;
      }
    });
};

async function pick(
  io: CliIO,
  flags: TryFlags,
  options: Parameters<typeof import('../../core/try-pick.js').pickCandidate>[0],
) {
  const { pickCandidate } = await import('../../core/try-pick.js');
  const result = await pickCandidate(options);
  if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  if (result.kind === 'invalid') {
    showInvalid(io, result.findings);
    return EXIT.failed;
  }
  if (!flags.json) {
    io.stdout(
      `picked candidate ${options.pick}: ${result.file}, variant ${result.variant}: ${result.changes.join(', ')}\n`,
    );
    const n = result.products.length;
    io.stdout(
      `the variant is shared: ${n} ${n === 1 ? 'shot changes' : 'shots change'} (${result.products.slice(0, 5).join(', ')}${n > 5 ? ', …' : ''}); run shotlist plan to see them\n`,
    );
  }
  return EXIT.ok;
}

async function render(
  io: CliIO,
  flags: TryFlags,
  selection: Parameters<typeof import('../../core/try-render.js').tryTemplate>[0],
) {
  const { tryTemplate } = await import('../../core/try-render.js');
  let maxUsd: number | undefined;
  if (flags.maxUsd !== undefined) {
    maxUsd = Number(flags.maxUsd.replace(/^\$/, ''));
    if (!Number.isFinite(maxUsd) || maxUsd < 0)
      throw new UsageError(`--max-usd ${flags.maxUsd}: expected an amount such as 1.50`);
  }
  const onEvent = (e: CoreEvent) => {
    if (e.type === 'log') io.stderr(`${e.level === 'warning' ? 'warning: ' : ''}${e.message}\n`);
  };
  const result = await tryTemplate(
    {
      ...selection,
      ...(flags.against ? { against: flags.against } : {}),
      ...(maxUsd !== undefined ? { maxUsd } : {}),
      ...(flags.out ? { out: path.resolve(io.cwd, flags.out) } : {}),
      ...(flags.offline ? { offline: true } : {}),
    },
    { env: io.env, onEvent },
  );
  if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  if (result.kind === 'invalid') {
    showInvalid(io, result.findings);
    return EXIT.failed;
  }
  if (result.kind === 'over-cap') {
    if (!flags.json)
      io.stderr(
        `try: estimated $${result.cost.usd.toFixed(2)} is over the cap of $${result.cost.capUsd.toFixed(2)}; nothing was called (lower --count, or raise the cap with --max-usd)\n`,
      );
    return EXIT.failed;
  }
  if (!flags.json) {
    for (const c of result.candidates) {
      const what = c.fill === undefined ? `seed ${c.seed}` : `fill ${c.fill}`;
      const qa = c.qa ? `QA ${c.qa.status}` : '';
      const why = c.error ? `${c.error.kind}: ${c.error.message}` : '';
      io.stdout(
        `${c.row} #${String(c.n).padEnd(2)} ${what.padEnd(16)} ${c.status.padEnd(9)} ${qa || why}\n`.replace(
          / +\n$/,
          '\n',
        ),
      );
    }
    io.stdout(
      `contact sheet: ${path.relative(io.cwd, result.indexFile) || result.indexFile} (spent $${result.spentUsd.toFixed(2)})\n`,
    );
    io.stdout(`freeze one: shotlist try ${selection.template} --sku ${selection.sku} --pick N\n`);
  }
  return result.candidates.some((c) => c.status === 'ok') ? EXIT.ok : EXIT.failed;
}
