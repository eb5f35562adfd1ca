// Every provider fake, by API id, with what a bench or a cross-API test needs to drive it.
import { FAKE_CATALOG } from './catalog.mjs';
import { startFalFake } from './fal.mjs';
import { startGeminiFake } from './gemini.mjs';
import { startOpenAIFake } from './openai.mjs';
import { startPixelmuseFake } from './pixelmuse.mjs';
import { startRecraftFake } from './recraft.mjs';
import { startReplicateFake } from './replicate.mjs';

export { heavyImage, productImage } from './common.mjs';

const START = {
  gemini: startGeminiFake,
  openai: startOpenAIFake,
  recraft: startRecraftFake,
  fal: startFalFake,
  replicate: startReplicateFake,
  pixelmuse: startPixelmuseFake,
};

/** FAKE_CATALOG (delivery, model, generation) with each fake's `start`. */
export const PROVIDER_FAKES = Object.fromEntries(
  Object.entries(FAKE_CATALOG).map(([api, entry]) => [api, { ...entry, start: START[api] }]),
);
