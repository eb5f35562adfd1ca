// Runs `shotlist plan --json` in this process and reports its peak RSS, so the parent can compare it.
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { main } from '../../dist/cli/main.js';

const [dir, outFile] = process.argv.slice(2);
const chunks = [];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const code = await main(['plan', '--json', '--dir', dir], {
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
  stdout: (t) => chunks.push(t),
  stderr: (t) => process.stderr.write(t),
});
const ms = performance.now() - t0;
writeFileSync(outFile, chunks.join(''));
process.stdout.write(
  JSON.stringify({
    code,
    ms,
    cpuMs: (() => {
      const c = process.cpuUsage(cpu0);
      return (c.user + c.system) / 1000;
    })(),
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
