// Every provider fake, by API id, with what a bench or a cross-API test needs to drive it.
import { startFalFake } from './fal.mjs';
import { startGeminiFake } from './gemini.mjs';
import { startOpenAIFake } from './openai.mjs';
import { startPixelmuseFake } from './pixelmuse.mjs';
import { startRecraftFake } from './recraft.mjs';
import { startReplicateFake } from './replicate.mjs';

export { heavyImage, productImage } from './common.mjs';

/**
 * `delivery`: how the image comes back (base64 in the JSON, or a URL the client downloads).
 * `generation(ms)`: the options that make one generation take `ms`: synchronous APIs hold the answer
 * (latencyMs), queue APIs run the job that long (jobMs) and answer each exchange at once.
 * `model`: a model id the fake serves, for benches.
 */
export const PROVIDER_FAKES = {
  gemini: {
    start: startGeminiFake,
    delivery: 'base64',
    model: 'gemini-3.1-flash-image',
    generation: (ms) => ({ latencyMs: ms }),
  },
  openai: {
    start: startOpenAIFake,
    delivery: 'base64',
    model: 'gpt-image-1',
    generation: (ms) => ({ latencyMs: ms }),
  },
  recraft: {
    start: startRecraftFake,
    delivery: 'url',
    model: 'recraftv4',
    // The generation takes `ms`, the download of its result URL does not (latencyMs would delay both).
    generation: (ms) => ({
      script: (ctx) => (ctx.op === 'download' ? undefined : { type: 'ok', latencyMs: ms }),
    }),
  },
  fal: {
    start: startFalFake,
    delivery: 'url',
    model: 'fal-ai/nano-banana-2',
    generation: (ms) => ({ jobMs: ms }),
  },
  replicate: {
    start: startReplicateFake,
    delivery: 'url',
    model: 'black-forest-labs/flux-schnell',
    generation: (ms) => ({ jobMs: ms }),
  },
  pixelmuse: {
    start: startPixelmuseFake,
    delivery: 'base64',
    model: 'nano-banana-2',
    generation: (ms) => ({ jobMs: ms }),
  },
};
