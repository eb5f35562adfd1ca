// bench:qa: every QA check on a 2048 px image next to a bare sharp decode of the same bytes (the
// floor), as a ratio measured in one run; OCR (the text check) is timed separately.
// Run after `npm run build`: it imports the compiled code from dist/.
import console from 'node:console';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { closeOcr, runQa } from '../../dist/images/qa/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const photo = path.join(here, '..', '..', 'test', 'fixtures', 'photos', 'mugs-cutout.png');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

/** The mug set on pure white at 2048 px, 85% fill, opaque, as the normaliser writes it (PNG or JPEG). */
async function image(format) {
  const cut = await sharp(photo).trim().toBuffer();
  const product = await sharp(cut)
    .resize(1740, 1740, { fit: 'inside' })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = product.info;
  return sharp({ create: { width: 2048, height: 2048, channels: 3, background: '#FFFFFF' } })
    .composite([
      { input: product.data, left: Math.round((2048 - width) / 2), top: Math.round((2048 - height) / 2) },
    ])
    .removeAlpha()
    .toFormat(format, { quality: 90 })
    .toBuffer();
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** CPU time (all threads: libvips works on its own) per timed call, by what was timed. */
const cpu = new Map();

async function time(fn, label) {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (label) {
    const used = process.cpuUsage(c);
    cpu.set(label, [...(cpu.get(label) ?? []), (used.user + used.system) / 1000]);
  }
  return wall;
}

async function measure(format) {
  const bytes = await image(format);
  const input = { image: bytes, aspect: '1:1', size: 2048, background: '#FFFFFF', color: '#C8102E' };
  const qaNoOcr = { ...input, qa: { profile: 'marketplace-main', noText: false } };
  const qaOcr = { ...input, qa: { profile: 'marketplace-main', noText: true } };
  const decode = () => sharp(bytes).raw().toBuffer();
  // Warm up both paths (libvips caches, JIT: one round leaves the first format measured 30% slow),
  // then interleave the floor and the checks so drift
  // hits both alike. OCR runs in rounds of its own afterwards: interleaved, the garbage its worker
  // round leaves behind would be collected during the next OCR-off round and counted there.
  for (let i = 0; i < 5; i++) {
    await decode();
    await runQa(qaNoOcr);
  }
  const floor = [];
  const checks = [];
  for (let i = 0; i < ROUNDS; i++) {
    floor.push(await time(decode, `floor ${format}`));
    checks.push(await time(() => runQa(qaNoOcr), `checks ${format}`));
  }
  await runQa(qaOcr);
  const withOcr = [];
  const withoutOcr = [];
  for (let i = 0; i < Math.ceil(ROUNDS / 3); i++) {
    withOcr.push(await time(() => runQa(qaOcr)));
    withoutOcr.push(await time(() => runQa(qaNoOcr)));
  }
  // The cut-out checks (issue 17) are off in both built-in profiles; their cost when a placement turns them on.
  const qaCutOut = {
    ...input,
    qa: {
      profile: 'marketplace-main',
      noText: false,
      severity: { 'shadow-remnant': 'fail', 'backdrop-inside': 'fail' },
    },
  };
  const withCut = [];
  const withoutCut = [];
  for (let i = 0; i < ROUNDS; i++) {
    withCut.push(await time(() => runQa(qaCutOut)));
    withoutCut.push(await time(() => runQa(qaNoOcr)));
  }
  const f = median(floor);
  const c = median(checks);
  const ocrCost = median(withOcr) - median(withoutOcr);
  const cutCost = median(withCut) - median(withoutCut);
  const report = await runQa(qaNoOcr);
  console.log(
    `2048x2048 ${format.toUpperCase()} (${(bytes.length / 1024).toFixed(0)} KiB), median of ${ROUNDS} interleaved rounds`,
  );
  console.log(`  floor: bare sharp decode to raw pixels       ${f.toFixed(1)} ms`);
  console.log(`  all ${report.checks.length} checks, OCR off                    ${c.toFixed(1)} ms`);
  if (process.env.BENCH_DEBUG) {
    const q = (xs) =>
      [...xs]
        .sort((a, b) => a - b)
        .map((x) => x.toFixed(1))
        .join(' ');
    console.log(`  floor rounds: ${q(floor)}\n  check rounds: ${q(checks)}`);
  }
  console.log(`  ratio checks / floor                         ${(c / f).toFixed(2)}  (target <= 3)`);
  const cf = median(cpu.get(`floor ${format}`));
  const cc = median(cpu.get(`checks ${format}`));
  console.log(
    `  CPU time (all threads): ${cc.toFixed(1)} ms vs ${cf.toFixed(1)} ms  ${(cc / cf).toFixed(2)}x (the plane is decoded on the second core)`,
  );
  console.log(
    `  OCR (text check: 3 reads + unsure lines)     +${ocrCost.toFixed(0)} ms per image, warm worker`,
  );
  console.log(
    `  shadow-remnant + backdrop-inside, when on    +${cutCost.toFixed(1)} ms per image (off by default)`,
  );
}

const coldStart = await time(async () => {
  const bytes = await image('png');
  await runQa({
    image: bytes,
    aspect: '1:1',
    size: 2048,
    background: '#FFFFFF',
    qa: { profile: 'marketplace-main' },
  });
});
console.log(
  `bench:qa  (first image with OCR, including worker start and model load: ${coldStart.toFixed(0)} ms)`,
);
await measure(process.env.FIRST ?? 'png');
await measure(process.env.FIRST === 'jpeg' ? 'png' : 'jpeg');
await closeOcr();
