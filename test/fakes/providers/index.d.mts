import type { FakeHandle } from './common.mjs';
export { heavyImage, productImage } from './common.mjs';
export type ProviderApi = 'gemini' | 'openai' | 'recraft' | 'fal' | 'replicate' | 'pixelmuse';
export interface ProviderFakeEntry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  start(options?: any): Promise<FakeHandle>;
  delivery: 'base64' | 'url';
  model: string;
  generation(ms: number): { latencyMs?: number; jobMs?: number; script?: (ctx: { op: string }) => unknown };
}
export declare const PROVIDER_FAKES: Record<ProviderApi, ProviderFakeEntry>;
