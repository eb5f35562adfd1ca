import type { ProviderApi } from './index.mjs';
export interface FakeCatalogEntry {
  delivery: 'base64' | 'url';
  model: string;
  generation(ms: number): { latencyMs?: number; jobMs?: number; script?: (ctx: { op: string }) => unknown };
}
export declare const FAKE_CATALOG: Record<ProviderApi, FakeCatalogEntry>;
