// What a bench needs to know about each provider fake, without loading the fakes themselves (ajv and
// their schemas): the bench's client process imports only this, so its heap, which every full
// garbage collection walks, holds the adapter and not the fakes.
/**
 * `delivery`: how the image comes back (base64 in the JSON, or a URL the client downloads).
 * `generation(ms)`: the options that make one generation take `ms`: synchronous APIs hold the answer
 * (latencyMs), queue APIs run the job that long (jobMs) and answer each exchange at once.
 * `model`: a model id the fake serves, for benches.
 */
export const FAKE_CATALOG = {
  gemini: {
    delivery: 'base64',
    model: 'gemini-3.1-flash-image',
    generation: (ms) => ({ latencyMs: ms }),
  },
  openai: {
    delivery: 'base64',
    model: 'gpt-image-1',
    generation: (ms) => ({ latencyMs: ms }),
  },
  recraft: {
    delivery: 'url',
    model: 'recraftv4',
    // The generation takes `ms`, the download of its result URL does not (latencyMs would delay both).
    generation: (ms) => ({
      script: (ctx) => (ctx.op === 'download' ? undefined : { type: 'ok', latencyMs: ms }),
    }),
  },
  fal: { delivery: 'url', model: 'fal-ai/nano-banana-2', generation: (ms) => ({ jobMs: ms }) },
  replicate: {
    delivery: 'url',
    model: 'black-forest-labs/flux-schnell',
    generation: (ms) => ({ jobMs: ms }),
  },
  pixelmuse: { delivery: 'base64', model: 'nano-banana-2', generation: (ms) => ({ jobMs: ms }) },
};
