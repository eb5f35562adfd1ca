import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The newest run reports of a store (`<store>/reports/<runId>.json`; run ids start with their UTC
 * time, so names sort by age), parsed. Unreadable or malformed files are left out: they only
 * calibrate estimates.
 */
export async function readRecentReports(storeDir: string, limit = 20): Promise<unknown[]> {
  const dir = path.join(storeDir, 'reports');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const newest = names.sort().slice(-limit);
  const parsed = await Promise.all(
    newest.map(async (n) => {
      try {
        return JSON.parse(await readFile(path.join(dir, n), 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    }),
  );
  return parsed.filter((r) => r !== undefined);
}
