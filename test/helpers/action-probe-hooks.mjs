// Loader hooks of action-probe.mjs (they run on the loader thread): log every module loaded.
import { appendFileSync } from 'node:fs';

let file;
export function initialize(data) {
  file = data.file;
}
export async function load(url, context, next) {
  appendFileSync(file, `load ${url}\n`);
  return next(url, context);
}
