/* global process, console */
// bench/validate: `shotlist validate` on a 50,000-product catalog over 100 files, next to the floor:
// a raw js-yaml parse of the same files in a child process. Run with `npm run bench:validate`
// (builds first). Prints wall time, peak RSS and the ratio; exits 1 when a target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'bin/shotlist.js');
const PRODUCTS = 50_000;
const FILES = 100;
const PER_FILE = PRODUCTS / FILES;
const TARGET_RATIO = 1.25; // issue 11: the core alone was 1.05x, the CLI start-up the rest
const TARGET_RSS_MB = 1024;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

const dir = mkdtempSync(path.join(tmpdir(), 'shotlist-bench-validate-'));
// A small real PNG shared by one product in ten; validate reads only its header.
const sharedPng = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#808080' } })
  .png()
  .toBuffer();

try {
  generate(dir);
  // Interleaved repeats, best of each: other work on the machine slows single runs unevenly.
  const floorRuns = [];
  const validateRuns = [];
  const coreRuns = [];
  for (let i = 0; i < REPEATS; i++) {
    floorRuns.push(measure(process.execPath, [path.join(repo, 'bench/validate/floor.mjs'), dir]));
    validateRuns.push(measure(process.execPath, [cli, 'validate', '--dir', dir]));
    coreRuns.push(measure(process.execPath, [path.join(repo, 'bench/validate/core.mjs'), dir]));
  }
  const floor = best(floorRuns);
  const validate = best(validateRuns);
  const core = best(coreRuns);
  // The CLI's own start-up (loading every command's modules), which validate cannot avoid.
  const startup = best(Array.from({ length: REPEATS }, () => measure(process.execPath, [cli, '--help'])));
  const bare = best(Array.from({ length: REPEATS }, () => measure(process.execPath, ['-e', '0'])));
  if (validate.status !== 0)
    fail(`validate failed on the clean catalog:\n${validate.stdout}${validate.stderr}`);
  if (!validate.stdout.includes('configuration is valid')) fail(`unexpected output:\n${validate.stdout}`);

  // An error injected into file 57 must still be reported at its exact line and column.
  const injected = inject(dir, 57);
  const broken = measure(process.execPath, [cli, 'validate', '--dir', dir]);
  const exact = broken.status === 1 && broken.stdout.split('\n').some((l) => l.startsWith(injected.expect));

  const ratio = validate.wallMs / floor.wallMs;
  const rows = [
    ['js-yaml parse (floor)', floor],
    ['shotlist validate', validate],
    ['shotlist validate, 1 error in file 57', broken],
    ['validate core only (core validate, no CLI)', core],
    ['CLI start-up only (shotlist --help)', startup],
    ['node start-up only', bare],
  ];
  console.log(
    `bench/validate: ${PRODUCTS} products in ${FILES} files (${floor.stdout.trim()}); best of ${REPEATS} interleaved runs`,
  );
  for (const [name, m] of rows) {
    console.log(
      `  ${name.padEnd(38)} ${m.wallMs.toFixed(0).padStart(6)} ms wall ${m.cpuMs.toFixed(0).padStart(6)} ms CPU   peak RSS ${m.rssMb.toFixed(0).padStart(5)} MB`,
    );
  }
  console.log(`  ratio validate / floor: ${ratio.toFixed(2)} wall (target <= ${TARGET_RATIO})`);
  console.log(
    `  ratio validate / floor: ${(validate.cpuMs / floor.cpuMs).toFixed(2)} CPU time (for reference)`,
  );
  console.log(`  peak RSS of validate: ${validate.rssMb.toFixed(0)} MB (target <= ${TARGET_RSS_MB} MB)`);
  console.log(`  error in file 57 reported as "${injected.expect}…": ${exact ? 'yes, exact' : 'NO'}`);
  if (!exact) console.log(broken.stdout.split('\n').slice(0, 5).join('\n'));
  const ok = ratio <= TARGET_RATIO && validate.rssMb <= TARGET_RSS_MB && exact;
  console.log(ok ? 'all targets met' : 'TARGET MISSED');
  process.exitCode = ok ? 0 : 1;
} finally {
  // BENCH_KEEP=1 keeps the generated repository for profiling.
  if (process.env.BENCH_KEEP) console.log(`  kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

/** The fastest run, with the highest peak RSS seen over all runs (memory is not noisy the same way). */
function best(runs) {
  const fastest = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  return { ...fastest, rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Runs a child under /usr/bin/time -v when available (peak RSS of the child itself). */
function measure(cmd, args) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const started = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let rssMb;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  if (m) rssMb = Number(m[1]) / 1024;
  else rssMb = process.resourceUsage().maxRSS / 1024; // upper bound: the largest child so far
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : NaN;
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', wallMs, cpuMs, rssMb };
}

function generate(root) {
  for (const d of ['catalog/sources', 'placements', 'prompts'])
    mkdirSync(path.join(root, d), { recursive: true });
  writeFileSync(
    path.join(root, 'placements/channels.yaml'),
    `placements:
  pdp: { aspect: "1:1", size: 2048, format: webp, background: "#FFFFFF", models: [studio, nano-banana-2] }
  grid: { aspect: "1:1", size: 800, format: jpeg, models: [nano-banana-2, studio] }
  social: { aspect: "4:5", size: 1080, models: [nano-banana-2, studio] }
  hero: { aspect: "16:9", size: 1920, models: [nano-banana-2, nano-banana-pro] }
variants:
  pdp-main: { placement: pdp, prompt: studio-white@2 }
  grid: { placement: grid, prompt: studio-white@1 }
  social: { placement: social, prompt: studio-white@2 }
  hero: { placement: hero, prompt: lifestyle@1 }
`,
  );
  writeFileSync(
    path.join(root, 'prompts/studio-white.yaml'),
    `id: studio-white
versions:
  1: { text: "studio photo of {{name}}" }
  2: { text: "studio photo of a {{attributes.color}} {{name}} ({{category}}), {{sku}}" }
`,
  );
  writeFileSync(
    path.join(root, 'prompts/lifestyle.yaml'),
    `id: lifestyle
versions:
  1: { text: "{{name}} in {{attributes.material}} on a table, {{variant}}" }
`,
  );
  writeFileSync(path.join(root, 'catalog/sources/shared.png'), sharedPng);
  const colors = ['black', 'white', 'red', 'navy', 'olive', 'sand'];
  const materials = ['leather', 'canvas', 'steel', 'ceramic', 'oak'];
  let n = 0;
  for (let f = 1; f <= FILES; f++) {
    let text = `# generated for bench/validate\ndefaults:\n  variants: [grid, social, hero]\nproducts:\n`;
    for (let i = 0; i < PER_FILE; i++, n++) {
      text += `  - sku: sku-${String(n).padStart(6, '0')}\n`;
      text += `    name: product number ${n}\n`;
      text += `    category: category ${n % 37}\n`;
      text += `    attributes: { color: ${colors[n % colors.length]}, material: ${materials[n % materials.length]}, weight: ${100 + (n % 900)} }\n`;
      // One product in ten has the shared supplier photo and a studio pdp shot.
      if (n % 10 === 0) {
        text += `    source: sources/shared.png\n`;
        text += `    variants: [pdp-main, grid, hero]\n`;
      }
    }
    writeFileSync(path.join(root, `catalog/part-${String(f).padStart(3, '0')}.yaml`), text);
  }
}

/** Makes catalog/part-0NN.yaml's 123rd product name an unknown variant; returns where it must be reported. */
function inject(root, fileNo) {
  const rel = `catalog/part-${String(fileNo).padStart(3, '0')}.yaml`;
  const abs = path.join(root, rel);
  const lines = readFileSync(abs, 'utf8').split('\n');
  const skuLine = lines.findIndex(
    (l) => l === `  - sku: sku-${String((fileNo - 1) * PER_FILE + 123).padStart(6, '0')}`,
  );
  // Insert after the product's attributes line: "    variants: [grid, hreo]".
  const insertAt = skuLine + 4;
  lines.splice(insertAt, 0, '    variants: [grid, hreo]');
  writeFileSync(abs, lines.join('\n'));
  return { expect: `${rel}:${insertAt + 1}:22 error ` };
}
