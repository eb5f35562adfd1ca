// Runs one fake in its own process so the bench's RSS is the adapter's, not the fake's.
//   node fake-child.mjs <api|generic> <generationMs> <imageBytes>
// Sends {url, baseUrl, apiKey} once listening; answers 'stats' with the fake's counters; exits on 'close'.
import process from 'node:process';
import { startFakeServer } from '../../test/fakes/fake-server.mjs';
import { PROVIDER_FAKES, heavyImage } from '../../test/fakes/providers/index.mjs';

const [api, generationMs, imageBytes] = process.argv.slice(2);
const image = await heavyImage(Number(imageBytes));
let fake;
if (api === 'generic') {
  fake = await startFakeServer({ latencyMs: Number(generationMs), image: () => image });
  fake.baseUrl = fake.url;
} else {
  const entry = PROVIDER_FAKES[api];
  fake = await entry.start({ ...entry.generation(Number(generationMs)), image: () => image });
}
process.send({ url: fake.url, baseUrl: fake.baseUrl, apiKey: fake.apiKey, imageBytes: image.length });
process.on('message', async (msg) => {
  if (msg === 'stats') {
    const s = fake.stats;
    process.send({
      requests: typeof s.requests === 'number' ? s.requests : 0,
      paid: s.paid ?? [...(s.successesByKey?.values() ?? [])].reduce((a, b) => a + b, 0),
      schemaViolations: s.schemaViolations?.length ?? 0,
      firstViolation: s.schemaViolations?.[0],
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      noticeMs: noticeDelays(fake.jobs),
    });
  } else if (msg === 'close') {
    await fake.close();
    process.exit(0);
  }
});

/**
 * Queue APIs: how long after a job ended the client's next look found it (median, p90 ms), from
 * the fake's own clock. A job settles when a request looks at it; it was due at doneAt.
 */
function noticeDelays(jobs) {
  if (!jobs) return undefined;
  const late = [...jobs.values()]
    .filter((j) => j.completedAt !== undefined && Number.isFinite(j.doneAt))
    .map((j) => j.completedAt - j.doneAt)
    .sort((a, b) => a - b);
  if (late.length === 0) return undefined;
  return { median: late[Math.floor(late.length / 2)], p90: late[Math.floor(late.length * 0.9)] };
}
