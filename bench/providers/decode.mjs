// bench/providers/decode.mjs: the client-side CPU of one 2 MB base64 answer (Gemini's shape), from
// the body's chunks to checked image bytes, without the network or a fake. Baseline, same run: the
// plain way (Buffer.concat, UTF-8 decode, JSON.parse, Buffer.from(base64), sharp metadata).
//   npm run build && node bench/providers/decode.mjs      env BENCH_IMAGE_BYTES (2000000), BENCH_ROUNDS (200)
import { Buffer } from 'node:buffer';
import console from 'node:console';
import path from 'node:path';
import process from 'node:process';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { heavyImage } from '../../test/fakes/providers/index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(process.env.BENCH_DIST ?? path.join(here, '../../dist'), 'providers/http');
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
const { readBody } = await load('request.js');
const { readJson } = await load('check.js');
const { checkImage } = await load('image.js');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const image = await heavyImage(Number(process.env.BENCH_IMAGE_BYTES ?? 2_000_000));
const answer = Buffer.from(
  JSON.stringify({
    candidates: [
      { content: { parts: [{ inlineData: { mimeType: 'image/png', data: image.toString('base64') } }] } },
    ],
  }),
);
// As undici hands a body over: 64 KiB chunks.
const chunks = [];
for (let at = 0; at < answer.length; at += 65_536) chunks.push(Buffer.from(answer.subarray(at, at + 65_536)));
const headers = { 'content-length': String(answer.length) };
const inline = (r) => r.get('candidates').items()[0].get('content').get('parts').items()[0].get('inlineData');

async function adapter() {
  const body = await readBody('bench', Readable.from(chunks), headers, 1 << 26);
  const bytes = inline(readJson('bench', body)).get('data').base64();
  await checkImage('bench', bytes);
  return bytes;
}

async function plain() {
  const parts = [];
  for await (const chunk of Readable.from(chunks)) parts.push(chunk);
  const json = JSON.parse(Buffer.concat(parts).toString('utf8'));
  const bytes = Buffer.from(json.candidates[0].content.parts[0].inlineData.data, 'base64');
  await sharp(bytes).metadata();
  return bytes;
}

async function cpuMsPerAnswer(fn) {
  for (let i = 0; i < 10; i++) await fn();
  const before = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / ROUNDS;
}

if (!(await adapter()).equals(image) || !(await plain()).equals(image))
  throw new Error('a decode path did not give back the image');
// Alternate the two so a change in machine load hits both alike.
const times = { adapter: [], plain: [] };
for (let i = 0; i < 3; i++) {
  times.plain.push(await cpuMsPerAnswer(plain));
  times.adapter.push(await cpuMsPerAnswer(adapter));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [a, p] = [median(times.adapter), median(times.plain)];
console.log(
  `one ${(answer.length / 1e6).toFixed(1)} MB base64 answer to checked image bytes, CPU ms (median of 3 x ${ROUNDS}):`,
);
console.log(`  baseline plain (concat, utf8, JSON.parse, Buffer.from, sharp metadata)  ${p.toFixed(2)}`);
console.log(`  adapter (readBody, readJson lifting, base64(), checkImage)              ${a.toFixed(2)}`);
console.log(`  adapter / baseline = ${(a / p).toFixed(2)}`);
