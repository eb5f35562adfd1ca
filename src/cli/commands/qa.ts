import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatFinding } from '../../domain/findings.js';
import { loadConfig } from '../../config/load.js';
import type { QaSettings } from '../../domain/config.js';
import type { QaReport } from '../../images/qa/index.js';
import { BUILT_IN_PROFILES, QaProfileError, resolveQaProfile } from '../../images/qa/profiles.js';
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

interface Target {
  aspect: string;
  size: number;
  background: string;
  /** The encoder quality the images were written at, when known. */
  quality?: number;
  qa: QaSettings;
  label: string;
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
      // Loaded when the command runs: the checks pull in the OCR engine, which other commands never need.
      const { closeOcr, runQa } = await import('../../images/qa/index.js');
      const target = await resolveTarget(io, opts, setExit);
      if (!target) return;
      try {
        resolveQaProfile(target.qa, target.background);
      } catch (error) {
        if (error instanceof QaProfileError) throw new UsageError(`${target.label}: ${error.message}`);
        throw error;
      }
      const reports: { path: string; report?: QaReport; error?: string }[] = [];
      try {
        for (const p of paths) {
          const file = path.resolve(io.cwd, p);
          let image: Buffer;
          try {
            image = await readFile(file);
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            reports.push({
              path: p,
              error: `cannot read ${p} (${code ?? String(error)}): give an image file`,
            });
            continue;
          }
          const report = await runQa({
            image,
            aspect: target.aspect,
            size: target.size,
            background: target.background,
            ...(target.quality !== undefined ? { quality: target.quality } : {}),
            qa: target.qa,
            color: opts.color,
          });
          reports.push({ path: p, report });
        }
      } finally {
        await closeOcr();
      }
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

async function resolveTarget(
  io: CliIO,
  opts: QaOptions,
  setExit: (code: number) => void,
): Promise<Target | undefined> {
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
  const profile = opts.profile ? { profile: opts.profile } : {};
  if (!opts.placement) {
    if (!opts.aspect || size === undefined) {
      throw new UsageError(
        'give --placement <id> (from shotlist.yaml), or --aspect and --size to check without a config',
      );
    }
    const background = opts.background ?? '#FFFFFF';
    return {
      aspect: opts.aspect,
      size,
      background,
      ...(quality !== undefined ? { quality } : {}),
      qa: profile,
      label: `${opts.aspect}, ${size} px, background ${background}, profile ${opts.profile ?? 'default'}`,
    };
  }
  const dir = await resolveRepoDir(io, opts.dir);
  const { config, findings } = await loadConfig(dir);
  if (!config) {
    for (const f of findings.filter((x) => x.severity === 'error')) io.stderr(`${formatFinding(f)}\n`);
    io.stderr(
      'qa: the configuration has errors (above); fix them, or check with --aspect and --size instead\n',
    );
    setExit(EXIT.failed);
    return undefined;
  }
  const placement = config.placements.get(opts.placement);
  if (!placement) {
    const known = [...config.placements.keys()].sort().join(', ') || 'none';
    throw new UsageError(
      `--placement ${opts.placement}: no such placement in ${dir}; known placements: ${known}`,
    );
  }
  return {
    aspect: opts.aspect ?? placement.aspect,
    size: size ?? placement.size,
    background: opts.background ?? placement.background,
    quality: quality ?? placement.quality,
    qa: { ...placement.qa, ...profile },
    label: `placement ${placement.id} (${placement.aspect}, ${placement.size} px, ${placement.background}, profile ${opts.profile ?? placement.qa.profile ?? 'default'})`,
  };
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
