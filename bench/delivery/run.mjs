// bench/delivery: the S3 upload ratio, the push-race ratio and the clone growth per 100 shots, in turn.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const script of ['s3-upload.mjs', 'push-race.mjs', 'clone-growth.mjs'])
  execFileSync(process.execPath, [path.join(here, script)], { stdio: 'inherit' });
