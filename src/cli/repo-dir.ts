import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type CliIO } from './io.js';

/** The repository folder a command works on: `--dir`, else the current folder; a missing one is wrong usage. */
export async function resolveRepoDir(io: CliIO, dirOption: string | undefined): Promise<string> {
  const dir = path.resolve(io.cwd, dirOption ?? '.');
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    throw new UsageError(
      `--dir ${dirOption ?? '.'}: no such folder (${dir}); give the folder holding shotlist.yaml`,
    );
  }
  return dir;
}
