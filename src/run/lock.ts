import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One generate per store at a time: two runs appending to one journal would each fold the other's
 * records away. A lock left by a killed run (its pid is gone) is taken over.
 */
export async function acquireRunLock(
  storeDir: string,
): Promise<{ release: () => Promise<void> } | { heldBy: number }> {
  await mkdir(storeDir, { recursive: true });
  const file = path.join(storeDir, '.generate.lock');
  for (let i = 0; i < 2; i++) {
    try {
      const h = await open(file, 'wx');
      await h.writeFile(String(process.pid));
      await h.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return { heldBy: pid };
      await rm(file, { force: true });
    }
  }
  return { heldBy: -1 };
}
