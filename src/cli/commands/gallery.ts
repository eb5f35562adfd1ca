import path from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_GALLERY_DIR, gallery } from '../../core/gallery.js';
import { ForeignPageError } from '../../report/gallery.js';
import { GitRevisionError } from '../../store/git-history.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

interface GalleryFlags {
  out?: string;
  base?: string;
  dir?: string;
  json?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `shotlist gallery`: the static review page of the manifest's shots. */
export const registerGallery: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('gallery')
    .description(
      'Write a static HTML review page: a row per product, a column per variant, QA badges, before and after.',
    )
    .option(
      '--out <dir>',
      `folder for index.html and thumbs/ (default: ${DEFAULT_GALLERY_DIR} in the repository)`,
    )
    .option(
      '--base <ref>',
      'commit to compare with (default: HEAD for uncommitted results, else the commit before the last run)',
    )
    .option('--dir <path>', 'repository folder holding shotlist.yaml (default: the current folder)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: GalleryFlags) => {
      const dir = await resolveRepoDir(io, opts.dir);
      let result;
      try {
        result = await gallery({
          dir,
          ...(opts.out ? { out: path.resolve(io.cwd, opts.out) } : {}),
          ...(opts.base ? { base: opts.base } : {}),
        });
      } catch (error) {
        if (error instanceof GitRevisionError || error instanceof ForeignPageError)
          throw new UsageError(error.message, { cause: error });
        throw error;
      }
      if (result.kind === 'no-manifest') {
        io.stderr(
          `gallery: no manifest at ${path.relative(io.cwd, result.manifestPath) || result.manifestPath}; run shotlist generate first (it records every shot there)\n`,
        );
        setExit(EXIT.failed);
        return;
      }
      for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
      const page = path.relative(io.cwd, result.indexFile) || result.indexFile;
      const c = result.model.counts;
      if (opts.json) {
        io.stdout(
          `${JSON.stringify(
            {
              indexFile: result.indexFile,
              base: result.baseLabel ?? null,
              counts: c,
              thumbnails: {
                written: result.thumbs.written,
                reused: result.thumbs.reused,
                problems: result.thumbs.problems.length,
              },
              warnings: result.warnings,
            },
            null,
            2,
          )}\n`,
        );
      } else {
        const since = result.baseLabel
          ? `, ${c.new} new and ${c.changed} changed since ${result.baseLabel}`
          : '';
        io.stdout(`gallery: ${page} (${plural(c.all, 'shot')}${since})\n`);
        io.stdout(
          `  ${plural(result.thumbs.written, 'thumbnail')} written, ${result.thumbs.reused} reused${result.thumbs.problems.length ? `, ${result.thumbs.problems.length} unreadable` : ''}\n`,
        );
      }
      setExit(EXIT.ok);
    });
};
