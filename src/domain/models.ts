/**
 * The model registry: what each model can do, which hosted APIs serve it, and what it costs, as data.
 * Wire facts (ids, aspects, sizes) follow the APIs as of 2026-11 (see docs/providers.md). Prices
 * are per image in USD from public price lists; Pixelmuse prices are its credits times
 * PIXELMUSE_USD_PER_CREDIT. Seconds are typical, for the plan's time estimate.
 */
export type ProviderId = 'studio' | 'gemini' | 'openai' | 'recraft' | 'fal' | 'replicate' | 'pixelmuse';

export const HOSTED_PROVIDERS = ['gemini', 'openai', 'recraft', 'fal', 'replicate', 'pixelmuse'] as const;

/** One way to get a model: through which API, under which id, with what it supports there. */
export interface ModelRoute {
  provider: ProviderId;
  /** The id the provider's API expects. */
  providerModel: string;
  /** fal: the endpoint that takes reference images (`…/edit`). */
  editModel?: string;
  /** Aspects the API makes natively, `w:h`. Others are made by generating a wider frame and cropping. */
  aspects: string[];
  /** APIs that take sizes, not aspects (OpenAI, Recraft): the size to ask for per native aspect. */
  sizes?: Record<string, string>;
  /** Gemini `imageSize` / fal `resolution` tiers the route offers, smallest first, with their long edge. */
  tiers?: { value: string; longEdge: number }[];
  /** Long edge in px of the largest native image. */
  maxSize: number;
  seed: boolean;
  reference: boolean;
  negativePrompt: boolean;
  priceUsd: number;
  /** Pixelmuse: credits per image (the API reports what it charged). */
  credits?: number;
  /** OpenAI: USD per million tokens, for the cost from the API's `usage`. */
  tokenUsd?: { textIn: number; imageIn: number; imageOut: number };
  secondsPerImage: number;
}

/** A model: its default route's fields at the top level (the first route), every route in `routes`. */
export interface ModelInfo extends ModelRoute {
  id: string;
  routes: readonly ModelRoute[];
  /** IPTC DigitalSourceType of its output. */
  sourceType:
    'trainedAlgorithmicMedia' | 'compositeWithTrainedAlgorithmicMedia' | 'digitalCapture' | 'composite';
  /** True when every aspect can be made exactly (the studio composes any canvas). */
  anyAspect?: boolean;
  /** No API serves it any more: `validate` refuses it and names the alternatives. */
  retired?: { since: string; why: string; use: string };
}

/** USD per Pixelmuse credit, for its price and its reported `credits_charged`. An assumption: Pixelmuse sells credits in packs. */
export const PIXELMUSE_USD_PER_CREDIT = 0.05;

const GEMINI_ASPECTS = ['1:1', '2:3', '3:2', '3:4', '4:3', '9:16', '16:9', '21:9'];
const FAL_NANO_ASPECTS = ['21:9', '16:9', '3:2', '4:3', '5:4', '1:1', '4:5', '3:4', '2:3', '9:16'];
// google/nano-banana(-pro) on Replicate: its published input schema (UNCONFIRMED in detail).
const REPLICATE_NANO_ASPECTS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'];
const PIXELMUSE_ASPECTS = ['1:1', '16:9', '9:16', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '21:9', '9:21'];
const GEMINI_TIERS = [
  { value: '1K', longEdge: 1024 },
  { value: '2K', longEdge: 2048 },
  { value: '4K', longEdge: 4096 },
];
const FAL_TIERS = [
  { value: '1K', longEdge: 1024 },
  { value: '2K', longEdge: 2048 },
  { value: '4K', longEdge: 4096 },
];
const OPENAI_SIZES = { '1:1': '1024x1024', '3:2': '1536x1024', '2:3': '1024x1536' };
// gpt-image-2 takes any WxH with sides divisible by 16, at most 3:1 and 3840x2160: each aspect
// exactly, long edge at most 2048 (the largest placement size the plan asks for).
const OPENAI_2_SIZES = {
  '1:1': '2048x2048',
  '4:5': '1600x2000',
  '5:4': '2000x1600',
  '3:4': '1536x2048',
  '4:3': '2048x1536',
  '2:3': '1344x2016',
  '3:2': '2016x1344',
  '9:16': '1152x2048',
  '16:9': '2048x1152',
  '1:2': '1024x2048',
  '2:1': '2048x1024',
  '9:21': '864x2016',
  '21:9': '2016x864',
};
const RECRAFT_V4_SIZES = {
  '1:1': '1024x1024',
  '4:5': '896x1152',
  '16:9': '1344x768',
  '3:2': '1280x832',
  '4:3': '1216x896',
  '2:1': '1536x768',
};
// Recraft's Pro sizes are "about 2x" the V4 table (not listed exactly): it takes the aspect string.
const RECRAFT_PRO_SIZES = Object.fromEntries(Object.keys(RECRAFT_V4_SIZES).map((a) => [a, a]));

function pixelmuse(providerModel: string, credits: number, rest: Partial<ModelRoute>): ModelRoute {
  return {
    provider: 'pixelmuse',
    providerModel,
    aspects: PIXELMUSE_ASPECTS,
    maxSize: 2048,
    seed: false,
    reference: false,
    negativePrompt: true,
    credits,
    priceUsd: Math.round(credits * PIXELMUSE_USD_PER_CREDIT * 1000) / 1000,
    secondsPerImage: 15,
    ...rest,
  };
}

type ModelData = Omit<ModelInfo, keyof ModelRoute>;

function model(data: ModelData): ModelInfo {
  const first = data.routes[0]!;
  return { ...first, ...data };
}

const AI: ModelInfo['sourceType'] = 'trainedAlgorithmicMedia';

export const MODELS: readonly ModelInfo[] = [
  model({
    id: 'studio',
    sourceType: 'composite',
    anyAspect: true,
    routes: [
      {
        provider: 'studio',
        providerModel: 'studio',
        aspects: [],
        maxSize: 8192,
        seed: true,
        reference: true,
        negativePrompt: false,
        priceUsd: 0,
        secondsPerImage: 0.3,
      },
    ],
  }),
  model({
    id: 'nano-banana-pro',
    sourceType: AI,
    routes: [
      {
        provider: 'gemini',
        providerModel: 'gemini-3-pro-image',
        aspects: GEMINI_ASPECTS,
        tiers: GEMINI_TIERS,
        maxSize: 4096,
        seed: false,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.134,
        secondsPerImage: 25,
      },
      {
        provider: 'fal',
        providerModel: 'fal-ai/nano-banana-pro',
        editModel: 'fal-ai/nano-banana-pro/edit',
        aspects: FAL_NANO_ASPECTS,
        tiers: FAL_TIERS,
        maxSize: 4096,
        seed: false,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.15,
        secondsPerImage: 25,
      },
      pixelmuse('nano-banana-pro', 4, { reference: true, secondsPerImage: 25 }),
      {
        provider: 'replicate',
        providerModel: 'google/nano-banana-pro',
        aspects: REPLICATE_NANO_ASPECTS,
        tiers: GEMINI_TIERS,
        maxSize: 4096,
        seed: false,
        reference: true,
        negativePrompt: false,
        // An estimate: Replicate's per-image price for 1K/2K (4K costs more).
        priceUsd: 0.15,
        secondsPerImage: 25,
      },
    ],
  }),
  model({
    id: 'nano-banana-2',
    sourceType: AI,
    routes: [
      {
        provider: 'gemini',
        providerModel: 'gemini-3.1-flash-image',
        aspects: GEMINI_ASPECTS,
        tiers: GEMINI_TIERS,
        maxSize: 4096,
        seed: false,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.067,
        secondsPerImage: 15,
      },
      {
        provider: 'fal',
        providerModel: 'fal-ai/nano-banana-2',
        editModel: 'fal-ai/nano-banana-2/edit',
        aspects: FAL_NANO_ASPECTS,
        tiers: FAL_TIERS,
        maxSize: 4096,
        seed: false,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.08,
        secondsPerImage: 15,
      },
      pixelmuse('nano-banana-2', 1, { reference: true }),
    ],
  }),
  model({
    id: 'nano-banana',
    sourceType: AI,
    routes: [
      {
        provider: 'gemini',
        providerModel: 'gemini-2.5-flash-image',
        aspects: GEMINI_ASPECTS,
        maxSize: 1024,
        seed: false,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.039,
        secondsPerImage: 12,
      },
      {
        provider: 'replicate',
        providerModel: 'google/nano-banana',
        aspects: REPLICATE_NANO_ASPECTS,
        maxSize: 1024,
        seed: false,
        reference: true,
        negativePrompt: false,
        // An estimate: Replicate's per-image price.
        priceUsd: 0.039,
        secondsPerImage: 12,
      },
    ],
  }),
  model({
    id: 'imagen-3',
    sourceType: AI,
    routes: [pixelmuse('imagen-3', 1, { maxSize: 1408, secondsPerImage: 10 })],
  }),
  model({
    id: 'imagen-4',
    sourceType: AI,
    retired: {
      since: '2026-08-17',
      why: 'Google shut Imagen down in the Gemini API and Vertex, and no gateway serves imagen-4',
      use: 'imagen-3 (served through pixelmuse), nano-banana-2 or nano-banana-pro',
    },
    routes: [
      {
        provider: 'gemini',
        providerModel: 'imagen-4.0-generate-001',
        aspects: ['1:1', '3:4', '4:3', '9:16', '16:9'],
        maxSize: 2048,
        seed: false,
        reference: false,
        negativePrompt: false,
        priceUsd: 0.04,
        secondsPerImage: 12,
      },
    ],
  }),
  model({
    id: 'gpt-image-1',
    sourceType: AI,
    routes: [
      {
        provider: 'openai',
        providerModel: 'gpt-image-1',
        aspects: ['1:1', '3:2', '2:3'],
        sizes: OPENAI_SIZES,
        maxSize: 1536,
        seed: false,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.167,
        tokenUsd: { textIn: 5, imageIn: 10, imageOut: 40 },
        secondsPerImage: 40,
      },
    ],
  }),
  model({
    id: 'gpt-image-1-mini',
    sourceType: AI,
    routes: [
      {
        provider: 'openai',
        providerModel: 'gpt-image-1-mini',
        aspects: ['1:1', '3:2', '2:3'],
        sizes: OPENAI_SIZES,
        maxSize: 1536,
        seed: false,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.052,
        tokenUsd: { textIn: 2, imageIn: 2.5, imageOut: 8 },
        secondsPerImage: 25,
      },
    ],
  }),
  model({
    id: 'gpt-image-1.5',
    sourceType: AI,
    routes: [
      {
        provider: 'openai',
        providerModel: 'gpt-image-1.5',
        aspects: ['1:1', '3:2', '2:3'],
        sizes: OPENAI_SIZES,
        maxSize: 1536,
        seed: false,
        reference: true,
        negativePrompt: false,
        // Estimates: OpenAI's list price for high quality at 1024x1024 and its token rates.
        priceUsd: 0.133,
        tokenUsd: { textIn: 5, imageIn: 8, imageOut: 32 },
        secondsPerImage: 30,
      },
    ],
  }),
  model({
    id: 'gpt-image-2',
    sourceType: AI,
    routes: [
      {
        provider: 'openai',
        providerModel: 'gpt-image-2',
        aspects: Object.keys(OPENAI_2_SIZES),
        sizes: OPENAI_2_SIZES,
        maxSize: 2048,
        seed: false,
        reference: true,
        negativePrompt: false,
        // Estimates (no confirmed list price): gpt-image-1.5's token rates, about 4x the tokens at 2048x2048.
        priceUsd: 0.5,
        tokenUsd: { textIn: 5, imageIn: 8, imageOut: 32 },
        secondsPerImage: 40,
      },
    ],
  }),
  model({
    id: 'recraft-v4',
    sourceType: AI,
    routes: [
      {
        provider: 'recraft',
        providerModel: 'recraftv4',
        aspects: Object.keys(RECRAFT_V4_SIZES),
        sizes: RECRAFT_V4_SIZES,
        maxSize: 1536,
        seed: true,
        reference: true,
        negativePrompt: true,
        priceUsd: 0.04,
        secondsPerImage: 10,
      },
      pixelmuse('recraft-v4', 1, { maxSize: 1536, secondsPerImage: 10 }),
    ],
  }),
  model({
    id: 'recraft-v4-pro',
    sourceType: AI,
    routes: [
      {
        provider: 'recraft',
        providerModel: 'recraftv4_pro',
        aspects: Object.keys(RECRAFT_PRO_SIZES),
        sizes: RECRAFT_PRO_SIZES,
        maxSize: 3072,
        seed: true,
        reference: true,
        negativePrompt: true,
        priceUsd: 0.25,
        secondsPerImage: 20,
      },
      pixelmuse('recraft-v4-pro', 7, { maxSize: 3072, secondsPerImage: 20 }),
    ],
  }),
  model({
    id: 'flux-schnell',
    sourceType: AI,
    routes: [
      {
        provider: 'fal',
        providerModel: 'fal-ai/flux/schnell',
        aspects: ['1:1', '4:3', '3:4', '16:9', '9:16'],
        maxSize: 1024,
        seed: true,
        reference: false,
        negativePrompt: false,
        priceUsd: 0.003,
        secondsPerImage: 3,
      },
      pixelmuse('flux-schnell', 1, { maxSize: 1024, negativePrompt: false, secondsPerImage: 5 }),
      {
        provider: 'replicate',
        providerModel: 'black-forest-labs/flux-schnell',
        aspects: ['1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'],
        maxSize: 1440,
        seed: true,
        reference: false,
        negativePrompt: false,
        priceUsd: 0.003,
        secondsPerImage: 3,
      },
    ],
  }),
  model({
    id: 'replicate-flux-dev',
    sourceType: AI,
    routes: [
      {
        provider: 'replicate',
        providerModel: 'black-forest-labs/flux-dev',
        aspects: ['1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'],
        maxSize: 1440,
        seed: true,
        reference: true,
        negativePrompt: false,
        priceUsd: 0.025,
        secondsPerImage: 8,
      },
    ],
  }),
  model({
    id: 'pixelmuse-nano-banana-2',
    sourceType: AI,
    retired: {
      since: '2026-11-29',
      why: 'models are named once and routed to a provider in shotlist.yaml',
      use: 'nano-banana-2 with `routing: { nano-banana-2: { provider: pixelmuse } }` in shotlist.yaml',
    },
    routes: [pixelmuse('nano-banana-2', 1, { reference: true })],
  }),
];

const BY_ID = new Map(MODELS.map((m) => [m.id, m]));

export function findModel(id: string): ModelInfo | undefined {
  return BY_ID.get(id);
}

/** The route of `model` through `provider`, or its default route when `provider` is undefined. */
export function findRoute(model: ModelInfo, provider?: string): ModelRoute | undefined {
  if (provider === undefined) return model.routes[0];
  return model.routes.find((r) => r.provider === provider);
}

/** Providers that serve a model, default first. */
export function providersOf(model: ModelInfo): ProviderId[] {
  return model.routes.map((r) => r.provider);
}

function ratio(aspect: string): number {
  const [w, h] = aspect.split(':').map(Number);
  return (w ?? 1) / (h ?? 1);
}

/**
 * How a model (or one route of it) makes an aspect: natively, by cropping the nearest wider native
 * frame (else the nearest taller one), or not at all when the crop would waste over half the frame.
 * `size` is what to ask an API that takes sizes, not aspects (OpenAI, Recraft).
 */
export function aspectPlan(
  route: Pick<ModelRoute, 'aspects' | 'sizes'> & { anyAspect?: boolean },
  aspect: string,
): { mode: 'native' | 'crop'; generate: string; size?: string } | undefined {
  const withSize = (mode: 'native' | 'crop', generate: string) => {
    const size = route.sizes?.[generate];
    return size ? { mode, generate, size } : { mode, generate };
  };
  if (route.anyAspect || route.aspects.includes(aspect)) return withSize('native', aspect);
  const target = ratio(aspect);
  // The nearest wider frame first (the crop takes the sides, the product's height stays whole),
  // else the nearest taller one; never one that throws away over half the frame.
  let wider: { generate: string; r: number } | undefined;
  let taller: { generate: string; r: number } | undefined;
  for (const native of route.aspects) {
    const r = ratio(native);
    if (r >= target && (!wider || r < wider.r)) wider = { generate: native, r };
    if (r < target && (!taller || r > taller.r)) taller = { generate: native, r };
  }
  let best: { generate: string } | undefined;
  if (wider && 1 - target / wider.r <= 0.5) best = wider;
  else if (taller && 1 - taller.r / target <= 0.5) best = taller;
  return best ? withSize('crop', best.generate) : undefined;
}

/** The smallest size tier whose long edge reaches `size` (else the largest). */
export function tierFor(route: ModelRoute, size: number): string | undefined {
  if (!route.tiers?.length) return undefined;
  return (route.tiers.find((t) => t.longEdge >= size) ?? route.tiers[route.tiers.length - 1]!).value;
}

/** The route that serves `providerModel` through `provider` (adapters read sizes and tiers from it). */
export function routeByProviderModel(provider: ProviderId, providerModel: string): ModelRoute | undefined {
  for (const m of MODELS) {
    const r = m.routes.find(
      (x) => x.provider === provider && (x.providerModel === providerModel || x.editModel === providerModel),
    );
    if (r) return r;
  }
  return undefined;
}

/** The route shotlist.yaml's routing picks for a model (its default route when not routed), and its fallback. */
export function routeOf(
  model: ModelInfo,
  routing?: { provider: string; fallback?: string },
): { route?: ModelRoute; fallback?: ModelRoute } {
  const route = findRoute(model, routing?.provider);
  const fallback = routing?.fallback === undefined ? undefined : findRoute(model, routing.fallback);
  return { ...(route ? { route } : {}), ...(fallback ? { fallback } : {}) };
}
