import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../../store/atomic-file.js';
import { mergeManifestTexts, type ManifestMergeInput } from '../../store/manifest-merge.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';

interface MergeOptions {
  out?: string;
  json?: boolean;
}

async function readInput(io: CliIO, file: string, missingIsEmpty: boolean): Promise<ManifestMergeInput> {
  const abs = path.resolve(io.cwd, file);
  try {
    return { name: file, text: await readFile(abs) };
  } catch (error) {
    if (missingIsEmpty && (error as NodeJS.ErrnoException).code === 'ENOENT') return { name: file, text: '' };
    throw new UsageError(`cannot read manifest ${file}: ${(error as Error).message}`);
  }
}

/**
 * `shotlist merge`: manifests merged by key, the newer record per key winning.
 * - `shotlist merge %O %A %B`: git's merge-driver convention; the result replaces %A.
 * - `shotlist merge --out generated/manifest.jsonl a.jsonl b.jsonl ...`: shard manifests combined
 *   (with what --out already holds).
 */
export const registerMerge: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('merge')
    .description(
      'Merge manifests by key (newest record per key wins): as a git merge driver "shotlist merge %O %A %B", or --out FILE to combine shard manifests.',
    )
    .argument('<files...>', 'base ours theirs (merge driver), or the manifests to combine with --out')
    .option('--out <file>', 'write the union of the given manifests (and of this file, if it exists) here')
    .option('--json', 'print the outcome as JSON')
    .action(async (files: string[], opts: MergeOptions) => {
      let base: ManifestMergeInput | undefined;
      let sides: ManifestMergeInput[];
      let target: string;
      if (opts.out) {
        sides = [await readInput(io, opts.out, true)];
        for (const f of files) sides.push(await readInput(io, f, false));
        target = opts.out;
      } else {
        if (files.length !== 3)
          throw new UsageError(
            `expected three files (base ours theirs, as git passes %O %A %B) or --out <file> with the manifests to combine; got ${files.length}`,
          );
        // git passes an empty base when the file had no common ancestor.
        base = await readInput(io, files[0]!, true);
        sides = [await readInput(io, files[1]!, false), await readInput(io, files[2]!, false)];
        target = files[1]!;
      }
      const result = mergeManifestTexts(base, sides);
      if (!result.ok) {
        for (const p of result.problems) io.stderr(`${p}\n`);
        io.stderr(
          `merge stopped: the lines above are not manifest records (conflict markers or a damaged file?); ${target} was left as it was. Fix those lines (git show :2:<path> and :3:<path> give each side), then merge again\n`,
        );
        setExit(EXIT.failed);
        return;
      }
      await writeFileAtomic(path.resolve(io.cwd, target), result.text);
      for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
      if (opts.json) io.stdout(`${JSON.stringify({ out: target, records: result.records })}\n`);
      else
        io.stdout(
          `merged ${sides.length + (base ? 1 : 0)} manifests into ${target}: ${result.records} records\n`,
        );
      setExit(EXIT.ok);
    });
};
