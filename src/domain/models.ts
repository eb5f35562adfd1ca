/**
 * The model registry: what each model can do and what it costs, as data.
 * Prices are per image in USD from public price lists (see ../shared/PROVIDERS.md); seconds are typical.
 */
export interface ModelInfo {
  id: string;
  provider: 'studio' | 'gemini' | 'imagen' | 'openai' | 'recraft' | 'fal' | 'replicate' | 'pixelmuse';
  /** The id the provider's API expects. */
  providerModel: string;
  /** Aspects the model makes natively, `w:h`. Others are made by generating a wider frame and cropping. */
  aspects: string[];
  /** Long edge in px of a native image. */
  maxSize: number;
  seed: boolean;
  reference: boolean;
  negativePrompt: boolean;
  priceUsd: number;
  secondsPerImage: number;
  /** IPTC DigitalSourceType of its output. */
  sourceType:
    'trainedAlgorithmicMedia' | 'compositeWithTrainedAlgorithmicMedia' | 'digitalCapture' | 'composite';
  /** True when every aspect can be made exactly (the studio composes any canvas). */
  anyAspect?: boolean;
}

const GEMINI_ASPECTS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'];
const PIXELMUSE_ASPECTS = ['1:1', '16:9', '9:16', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '21:9', '9:21'];

export const MODELS: readonly ModelInfo[] = [
  {
    id: 'studio',
    provider: 'studio',
    providerModel: 'studio',
    aspects: [],
    anyAspect: true,
    maxSize: 8192,
    seed: true,
    reference: true,
    negativePrompt: false,
    priceUsd: 0,
    secondsPerImage: 0.3,
    sourceType: 'composite',
  },
  {
    id: 'nano-banana',
    provider: 'gemini',
    providerModel: 'gemini-2.5-flash-image',
    aspects: GEMINI_ASPECTS,
    maxSize: 1024,
    seed: false,
    reference: true,
    negativePrompt: false,
    priceUsd: 0.039,
    secondsPerImage: 12,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'nano-banana-pro',
    provider: 'gemini',
    providerModel: 'gemini-3-pro-image-preview',
    aspects: GEMINI_ASPECTS,
    maxSize: 4096,
    seed: false,
    reference: true,
    negativePrompt: false,
    priceUsd: 0.134,
    secondsPerImage: 25,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'nano-banana-2',
    provider: 'gemini',
    providerModel: 'gemini-3.1-flash-image-preview',
    aspects: GEMINI_ASPECTS,
    maxSize: 4096,
    seed: false,
    reference: true,
    negativePrompt: false,
    priceUsd: 0.067,
    secondsPerImage: 15,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'imagen-3',
    provider: 'imagen',
    providerModel: 'imagen-3.0-generate-002',
    aspects: ['1:1', '3:4', '4:3', '9:16', '16:9'],
    maxSize: 1408,
    seed: false,
    reference: false,
    negativePrompt: false,
    priceUsd: 0.03,
    secondsPerImage: 10,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'imagen-4',
    provider: 'imagen',
    providerModel: 'imagen-4.0-generate-001',
    aspects: ['1:1', '3:4', '4:3', '9:16', '16:9'],
    maxSize: 2048,
    seed: false,
    reference: false,
    negativePrompt: false,
    priceUsd: 0.04,
    secondsPerImage: 12,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'gpt-image-1',
    provider: 'openai',
    providerModel: 'gpt-image-1',
    aspects: ['1:1', '3:2', '2:3'],
    maxSize: 1536,
    seed: false,
    reference: true,
    negativePrompt: false,
    priceUsd: 0.167,
    secondsPerImage: 40,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'recraft-v4',
    provider: 'recraft',
    providerModel: 'recraftv4',
    aspects: ['1:1', '4:5', '16:9', '3:2', '4:3', '2:1'],
    maxSize: 1536,
    seed: true,
    reference: false,
    negativePrompt: true,
    priceUsd: 0.04,
    secondsPerImage: 10,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'recraft-v4-pro',
    provider: 'recraft',
    providerModel: 'recraftv4_pro',
    aspects: ['1:1', '4:5', '16:9', '3:2', '4:3', '2:1'],
    maxSize: 3072,
    seed: true,
    reference: false,
    negativePrompt: true,
    priceUsd: 0.25,
    secondsPerImage: 20,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'flux-schnell',
    provider: 'fal',
    providerModel: 'fal-ai/flux/schnell',
    aspects: ['1:1', '4:3', '3:4', '16:9', '9:16'],
    maxSize: 1024,
    seed: true,
    reference: false,
    negativePrompt: false,
    priceUsd: 0.003,
    secondsPerImage: 3,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'replicate-flux-dev',
    provider: 'replicate',
    providerModel: 'black-forest-labs/flux-dev',
    aspects: ['1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'],
    maxSize: 1440,
    seed: true,
    reference: true,
    negativePrompt: false,
    priceUsd: 0.025,
    secondsPerImage: 8,
    sourceType: 'trainedAlgorithmicMedia',
  },
  {
    id: 'pixelmuse-nano-banana-2',
    provider: 'pixelmuse',
    providerModel: 'nano-banana-2',
    aspects: PIXELMUSE_ASPECTS,
    maxSize: 2048,
    seed: false,
    reference: true,
    negativePrompt: true,
    priceUsd: 0.05,
    secondsPerImage: 15,
    sourceType: 'trainedAlgorithmicMedia',
  },
];

const BY_ID = new Map(MODELS.map((m) => [m.id, m]));

export function findModel(id: string): ModelInfo | undefined {
  return BY_ID.get(id);
}

function ratio(aspect: string): number {
  const [w, h] = aspect.split(':').map(Number);
  return (w ?? 1) / (h ?? 1);
}

/**
 * How a model makes an aspect: natively, by cropping a wider native frame (the closest native aspect
 * that contains the target with the least waste), or not at all.
 */
export function aspectPlan(
  model: ModelInfo,
  aspect: string,
): { mode: 'native' | 'crop'; generate: string } | undefined {
  if (model.anyAspect || model.aspects.includes(aspect)) return { mode: 'native', generate: aspect };
  const target = ratio(aspect);
  let best: { generate: string; waste: number } | undefined;
  for (const native of model.aspects) {
    const r = ratio(native);
    // Cropping keeps the target's shape inside the native frame; the waste is the share thrown away.
    const waste = r >= target ? 1 - target / r : 1 - r / target;
    if (waste <= 0.5 && (!best || waste < best.waste)) best = { generate: native, waste };
  }
  return best ? { mode: 'crop', generate: best.generate } : undefined;
}
