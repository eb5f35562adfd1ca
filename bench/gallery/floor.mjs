// The floor of bench/gallery: write the same thumbnails and nothing else (no manifest, no git, no
// page). Reads a JSON list of [image file, sha256] and uses the gallery's own thumbnail writer with
// the same concurrency, so the ratio is what the rest of the build costs on top.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { writeThumbnails, thumbPath } from '../../dist/report/gallery-thumbs.js';

const [listFile, outDir] = process.argv.slice(2);
const list = JSON.parse(await readFile(listFile, 'utf8'));
const jobs = list.map(([file, sha256]) => ({
  ref: { kind: 'file', path: file, sha256 },
  file: thumbPath(sha256),
}));
const result = await writeThumbnails(outDir, jobs, (ref) => readFile(ref.path));
if (result.problems.length)
  throw new Error(`floor: ${result.problems.length} thumbnails failed: ${result.problems[0].message}`);
process.stdout.write(`${result.written}\n`);
