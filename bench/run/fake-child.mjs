// Runs the fake image API in its own process so its work does not share the run's event loop.
import process from 'node:process';
import { startFakeServer, makeTestImage } from '../../test/fakes/fake-server.mjs';

const latencyMs = Number(process.argv[2] ?? 300);
const size = Number(process.argv[3] ?? 1024);
const image = await makeTestImage(size, size);
const fake = await startFakeServer({ latencyMs, image: () => image });
process.send?.({ url: fake.url });
process.on('message', (m) => {
  if (m === 'stats') process.send?.({ stats: fake.statsJson() });
  if (m === 'close') void fake.close().then(() => process.exit(0));
});
