// bench:qa: every QA check on a 2048 px image next to a bare sharp decode of the same bytes (the
// floor), as a ratio measured in one run, with the text check off; the text check (the PaddleOCR
// detector through ONNX Runtime, then tesseract on the lines inside the product, which promotional
// wording makes overlays) is timed separately, and the detector alone per image, warm.
// Run after `npm run build`: it imports the compiled code from dist/.
import console from 'node:console';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { decodeImage } from '../../dist/images/qa/analyse.js';
import { closeOcr, runQa } from '../../dist/images/qa/index.js';
import { DETECT_EDGE, closeTextDetector, detectText } from '../../dist/images/qa/text-detect.js';

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
  // noText: false turns the text check (the detector) off; true runs it.
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
      severity: {
        'shadow-remnant': 'fail',
        'backdrop-inside': 'fail',
        'ragged-outline': 'fail',
        'faint-outline': 'fail',
      },
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
  console.log(`  all ${report.checks.length} checks, text check off             ${c.toFixed(1)} ms`);
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
  const text = (await runQa(qaOcr)).checks.find((k) => k.check === 'text');
  console.log(
    `  text check (detector + OCR of lines inside the product)  +${ocrCost.toFixed(0)} ms per image, warm (${text.message})`,
  );
  console.log(
    `  the four cut-out checks (shadow-remnant, backdrop-inside, ragged-outline, faint-outline), when on  +${cutCost.toFixed(1)} ms per image (off by default)`,
  );
  const d = await detectorCost(bytes);
  console.log(
    `  detector alone on the ${d.plane} analysis plane (input ${d.input}): ${d.ms.toFixed(0)} ms per image, warm (target <= 300); CPU time ${d.cpu.toFixed(0)} ms on ${Math.min(2, os.availableParallelism())} threads`,
  );
  console.log(
    `  reading the lines inside the product for promotional wording (text check minus detector alone): +${(ocrCost - d.ms).toFixed(0)} ms per image`,
  );
}

/** The text detector alone on the analysis plane the QA gives it, warm: median of ROUNDS runs. */
async function detectorCost(bytes) {
  const a = await decodeImage(bytes, [255, 255, 255]);
  const { width, height, rgb } = a.small;
  const pixels = new Uint8Array(rgb.buffer, rgb.byteOffset, rgb.length);
  for (let i = 0; i < 3; i++) await detectText(pixels, width, height);
  const runs = [];
  for (let i = 0; i < ROUNDS; i++)
    runs.push(await time(() => detectText(pixels, width, height), `detector ${bytes.length}`));
  const scale = DETECT_EDGE / Math.max(width, height);
  const input = `${Math.round((width * scale) / 32) * 32}x${Math.round((height * scale) / 32) * 32}`;
  return {
    ms: median(runs),
    cpu: median(cpu.get(`detector ${bytes.length}`)),
    plane: `${width}x${height}`,
    input,
  };
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
  `bench:qa  (first image with the text check, including the detector's load: ${coldStart.toFixed(0)} ms; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, ${os.availableParallelism()} cores)`,
);
await measure(process.env.FIRST ?? 'png');
await measure(process.env.FIRST === 'jpeg' ? 'png' : 'jpeg');
await closeOcr();
await closeTextDetector();
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
