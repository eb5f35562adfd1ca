import path from 'node:path';
import type { Command } from 'commander';
import { formatFinding } from '../../domain/findings.js';
import { OptionsError } from '../../core/errors.js';
import { qa, resolveQaTarget, type QaTargetOptions } from '../../core/qa.js';
import type { QaReport } from '../../images/qa/index.js';
import { BUILT_IN_PROFILES } from '../../images/qa/profiles.js';
import type { QaCheckResult } from '../../domain/manifest-record.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

interface QaOptions {
  placement?: string;
  dir?: string;
  json?: boolean;
  aspect?: string;
  size?: string;
  background?: string;
  profile?: string;
  color?: string;
  quality?: string;
}

/** `shotlist qa PATH...`: checks any images against a placement of the repo, or against flags. */
export const registerQa: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('qa')
    .description(
      'Check images against a placement: size, background, framing, sharpness, seams, halos, colour, text.',
    )
    .argument('<paths...>', 'image files to check')
    .option('--placement <id>', 'placement of the repository config to check against')
    .option('--dir <path>', 'repository folder holding shotlist.yaml (default: the current folder)')
    .option('--aspect <w:h>', 'aspect ratio, without a placement (or to override it)')
    .option('--size <px>', 'long edge in px, without a placement (or to override it)')
    .option('--background <colour>', 'expected background #RRGGBB (default #FFFFFF without a placement)')
    .option('--profile <name>', `QA profile: ${Object.keys(BUILT_IN_PROFILES).join(', ')}`)
    .option('--color <#RRGGBB>', "the product's declared colour, to check against the image")
    .option(
      '--quality <1-100>',
      "encoder quality the images were written at (default: the placement's): how far a lossy format may move a flat background colour",
    )
    .option('--json', 'print the reports as JSON')
    .action(async (paths: string[], opts: QaOptions) => {
      const found = await resolveQaTarget(await targetOptions(io, opts)).catch((error: unknown) => {
        if (error instanceof OptionsError) throw new UsageError(error.message);
        throw error;
      });
      if ('findings' in found) {
        for (const f of found.findings) io.stderr(`${formatFinding(f)}\n`);
        io.stderr(
          'qa: the configuration has errors (above); fix them, or check with --aspect and --size instead\n',
        );
        setExit(EXIT.failed);
        return;
      }
      const { target } = found;
      const files = paths.map((p) => ({ path: p, absolute: path.resolve(io.cwd, p) }));
      const reports = await qa(files, target, opts.color);
      if (opts.json) {
        io.stdout(
          `${JSON.stringify(
            reports.map((r) => ({ path: r.path, ...(r.report ?? { status: 'fail', error: r.error }) })),
            null,
            2,
          )}\n`,
        );
      } else {
        io.stdout(`checking against ${target.label}\n`);
        for (const r of reports) io.stdout(formatReport(r.path, r.report, r.error));
        const failed = reports.filter((r) => !r.report || r.report.status === 'fail').length;
        io.stdout(
          `${reports.length - failed} of ${reports.length} image${reports.length === 1 ? '' : 's'} passed${failed ? `, ${failed} failed` : ''}\n`,
        );
      }
      setExit(reports.some((r) => !r.report || r.report.status === 'fail') ? EXIT.failed : EXIT.ok);
    });
};

/** Flags to target options; malformed values are usage errors here, before anything loads. */
async function targetOptions(io: CliIO, opts: QaOptions): Promise<QaTargetOptions> {
  const size = opts.size === undefined ? undefined : Number(opts.size);
  if (size !== undefined && !(Number.isInteger(size) && size > 0)) {
    throw new UsageError(`--size ${opts.size}: expected the long edge in px, a positive whole number`);
  }
  const quality = opts.quality === undefined ? undefined : Number(opts.quality);
  if (quality !== undefined && !(Number.isInteger(quality) && quality >= 1 && quality <= 100)) {
    throw new UsageError(
      `--quality ${opts.quality}: expected the encoder quality, a whole number from 1 to 100`,
    );
  }
  if (opts.aspect !== undefined && !/^\d+:\d+$/.test(opts.aspect)) {
    throw new UsageError(`--aspect ${opts.aspect}: expected w:h with small whole numbers, e.g. 1:1 or 4:5`);
  }
  if (opts.background !== undefined && !/^#[0-9a-f]{6}$/i.test(opts.background)) {
    throw new UsageError(`--background ${opts.background}: expected a colour #RRGGBB`);
  }
  const o: QaTargetOptions = { ...opts, size, quality };
  if (opts.placement) o.dir = await resolveRepoDir(io, opts.dir);
  return o;
}

function formatValue(c: QaCheckResult): string {
  if (c.value === null) return '-';
  return String(c.value);
}

function formatThreshold(t: QaCheckResult['threshold']): string {
  if (t === undefined) return '';
  return Array.isArray(t) ? `${t[0]}-${t[1]}` : String(t);
}

export function formatReport(file: string, report: QaReport | undefined, error?: string): string {
  if (!report) return `${file}: FAIL\n  ${error}\n`;
  const width = Math.max(...report.checks.map((c) => c.check.length));
  const lines = [`${file}: ${report.status.toUpperCase()}`];
  for (const c of report.checks) {
    lines.push(
      `  ${c.status.padEnd(4)}  ${c.check.padEnd(width)}  ${formatValue(c).padEnd(10)}  (threshold ${formatThreshold(c.threshold)})  ${c.message ?? ''}`.trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}
