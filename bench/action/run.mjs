// bench/action: the bundled action (action/dist/index.js) on a pull_request event for a 50,000-product
// catalog (bench/plan's: 200,000 shots, a prompt bump touching 50,000), from process start to the plan
// comment posted on a local fake of the GitHub API, as a ratio of `shotlist plan --markdown --base`
// on the same repository (both child processes, alternated, best of REPEAT). Also prints the bundle's
// start-up time (a push that deletes a branch: load, route, say why, exit) against a bare `node -e 0`,
// and the bundle's size.
// Run: npm run bench:action   (PRODUCTS=5000 for a quick run)
import { execFileSync, spawn } from 'node:child_process';
import console from 'node:console';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { writeBenchCatalog } from '../plan/catalog.mjs';
import { startFakeGitHub } from '../../test/fakes/fake-github.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(root, 'action/dist/index.js');
const PRODUCTS = Number(process.env.PRODUCTS ?? 50_000);
const REPEAT = Number(process.env.REPEAT ?? 3);
const TARGET = 1.2;
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (dir, ...args) =>
  execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();

const dir = mkdtempSync(path.join(os.tmpdir(), 'shotlist-bench-action-'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'shotlist-bench-action-run-'));
console.log(`bench/action: ${PRODUCTS.toLocaleString()} products x 4 variants in ${dir}`);
const catalog = await writeBenchCatalog(dir, PRODUCTS);
git(dir, 'init', '-q', '-b', 'main');
git(dir, 'add', '-A');
git(dir, 'commit', '-q', '-m', 'catalog and its generated manifest');
const base = git(dir, 'rev-parse', 'HEAD');
const affected = catalog.bump();
git(dir, 'commit', '-q', '-am', 'hero: lifestyle@2');
const head = git(dir, 'rev-parse', 'HEAD');

let posted;
const gh = await startFakeGitHub({
  onWrite: (_action, comment) => (posted = { at: performance.now(), comment }),
});
const prPayload = JSON.parse(
  readFileSync(path.join(root, 'test/fixtures/github/pull_request.opened.json'), 'utf8'),
);
prPayload.pull_request.base.sha = base;
prPayload.pull_request.head.sha = head;
const deletePayload = JSON.parse(
  readFileSync(path.join(root, 'test/fixtures/github/push.tag-deleted.json'), 'utf8'),
);
deletePayload.ref = 'refs/heads/old-feature';

function actionEnv(event, payload) {
  const eventPath = path.join(tmp, `${event}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  for (const f of ['output', 'summary.md']) writeFileSync(path.join(tmp, f), '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...GIT_ENV,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/catalog',
    GITHUB_API_URL: gh.url,
    RUNNER_TEMP: tmp,
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
  };
}

/** Runs a child; resolves with its wall time to exit and, if given, the time `mark()` reports. */
function timed(args, env, mark) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const end = performance.now();
      if (code !== 0)
        reject(new Error(`${args.join(' ')} exited ${code}: ${err.slice(-2000)}${out.slice(-2000)}`));
      else resolve({ ms: end - start, markMs: mark ? mark() - start : undefined, out });
    });
  });
}

const cliArgs = [path.join(root, 'bin/shotlist.js'), 'plan', '--markdown', '--base', base];
let cli = Infinity;
let action = Infinity;
let actionExit = Infinity;
let cliOut = '';
for (let r = 0; r < REPEAT; r++) {
  const c = await timed(cliArgs, { ...process.env, ...GIT_ENV });
  cli = Math.min(cli, c.ms);
  cliOut = c.out;
  posted = undefined;
  const a = await timed([BUNDLE], actionEnv('pull_request', prPayload), () => posted?.at ?? NaN);
  if (!posted) throw new Error('the action exited without posting the comment');
  action = Math.min(action, a.markMs);
  actionExit = Math.min(actionExit, a.ms);
}
let startup = Infinity;
let nodeFloor = Infinity;
for (let r = 0; r < 5; r++) {
  nodeFloor = Math.min(nodeFloor, (await timed(['-e', '0'], process.env)).ms);
  startup = Math.min(startup, (await timed([BUNDLE], actionEnv('push', deletePayload))).ms);
}
await gh.close();

const comment = gh.state.comments[0]?.body ?? '';
const plannedInComment = /\*\*([\d,]+) images? to generate\*\*/.exec(comment)?.[1];
const sameAsCli = /\*\*([\d,]+) images? to generate\*\*/.exec(cliOut)?.[1];
const sizes = readdirSync(path.join(root, 'action/dist'), { recursive: true })
  .map((f) => path.join(root, 'action/dist', String(f)))
  .filter((f) => statSync(f).isFile())
  .map((f) => ({ f: path.relative(root, f), bytes: statSync(f).size }));
const total = sizes.reduce((n, s) => n + s.bytes, 0);
const mbs = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const s2 = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = action / cli;
console.log('');
console.log(`shotlist plan --markdown --base, best of ${REPEAT}: ${s2(cli)}`);
console.log(
  `bundled action on pull_request, start to comment posted, best of ${REPEAT}: ${s2(action)} (process exit ${s2(actionExit)})`,
);
console.log(
  `ratio action / CLI: ${ratio.toFixed(2)}  (target <= ${TARGET}) ${ratio <= TARGET ? 'ok' : 'MISSED'}`,
);
console.log(
  `comment plans ${plannedInComment} images, CLI ${sameAsCli}, affected ${affected.toLocaleString()}`,
);
console.log(
  `bundle start-up (push deleting a branch: load, route, exit), best of 5: ${startup.toFixed(0)} ms; bare node -e 0: ${nodeFloor.toFixed(0)} ms`,
);
console.log(
  `bundle size: ${mbs(total)} in ${sizes.length} files; action/dist/index.js ${mbs(sizes.find((s) => s.f.endsWith('dist/index.js'))?.bytes ?? 0)}; largest: ${sizes
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((s) => `${s.f} ${mbs(s.bytes)}`)
    .join(', ')}`,
);
console.log(
  `machine: ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
if (!process.env.KEEP) {
  rmSync(dir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}
if (plannedInComment !== sameAsCli || Number(plannedInComment?.replace(/,/g, '')) !== affected) {
  console.error('FAIL: the comment does not plan the affected shots');
  process.exit(1);
}
