/** Matrix mode: a shard's new files as a part for upload, and the merge of all parts into one commit. */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { StepContext } from './context.js';

const exec = promisify(execFile);

export const PART_PREFIX = 'shotlist-part-';

/** Files under `storeRel` that differ from HEAD (new images, raw outputs, reports, the manifest). */
async function changedFiles(dir: string, storeRel: string): Promise<string[]> {
  const { stdout } = await exec(
    'git',
    ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', storeRel],
    {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const files: string[] = [];
  for (const entry of stdout.split('\0')) {
    if (entry.length < 4 || entry[0] === 'D' || entry[1] === 'D') continue;
    files.push(entry.slice(3));
  }
  return files;
}

/** Copies what this shard made into `<RUNNER_TEMP>/shotlist-part-i-of-N/` (paths relative to the config folder). */
export async function writePart(
  ctx: StepContext,
  storeRel: string,
  shard: { index: number; count: number },
): Promise<string> {
  const part = path.join(ctx.temp, `${PART_PREFIX}${shard.index}-of-${shard.count}`);
  const prefix = path.relative(await gitTop(ctx.dir), ctx.dir);
  // git status names paths from the repository's top; the part holds them from the config folder.
  for (const fromTop of await changedFiles(ctx.dir, storeRel)) {
    const rel = prefix ? path.relative(prefix, fromTop) : fromTop;
    const dest = path.join(part, rel);
    await mkdir(path.dirname(dest), { recursive: true });
    await copyFile(path.join(ctx.dir, rel), dest);
  }
  await mkdir(part, { recursive: true });
  return part;
}

async function gitTop(dir: string): Promise<string> {
  const { stdout } = await exec('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
  return stdout.trim();
}

/** Every part folder under `root` (download-artifact puts each artifact in a folder of its name). */
export async function findParts(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && e.name.startsWith(PART_PREFIX))
    .map((e) => path.join(root, e.name))
    .sort();
}

/** All files in a folder, relative to it. */
export async function listFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(root, child)));
    else if ((await stat(path.join(root, child))).isFile()) out.push(child);
  }
  return out;
}
