// Loaded with `node --import` into a timed child: on exit it writes the process's CPU time (all
// threads, so libvips' own threads count) to the file named by BENCH_CPU_FILE.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    writeFileSync(file, String((u.user + u.system) / 1000));
  });
}
