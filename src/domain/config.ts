/** The validated configuration of a user's repository: the v1 contract, resolved from YAML. */

export type ImageFormat = 'webp' | 'jpeg' | 'png' | 'avif';

/** Where a value came from, for messages. Line and column are 1-based. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export interface StudioOptions {
  /** Solid colour `#RRGGBB`, or a vertical gradient `linear(#top,#bottom)`. Defaults to the placement background. */
  background?: string;
  shadow?: boolean;
  /** 0..1 opacity of the contact shadow. */
  shadowStrength?: number;
  /** Share of the canvas the product's longer side fills, 0..1. */
  fill?: number;
  align?: 'center' | 'bottom' | 'top';
}

export interface QaSettings {
  profile?: string;
  background?: 'white' | 'any' | string;
  fill?: [number, number];
  minSharpness?: number;
  minLongEdge?: number;
  noText?: boolean;
  review?: boolean;
  [threshold: string]: unknown;
}

export interface Placement {
  id: string;
  aspect: string;
  /** Parsed aspect ratio width and height. */
  aspectW: number;
  aspectH: number;
  size: number;
  format: ImageFormat;
  quality: number;
  background: string;
  models: string[];
  qa: QaSettings;
  studio?: StudioOptions;
  at: SourceRef;
}

export interface Variant {
  id: string;
  placement: string;
  promptId: string;
  promptVersion: number;
  model?: string;
  seed?: number;
  studio?: StudioOptions;
  at: SourceRef;
}

export interface PromptVersion {
  version: number;
  text: string;
  negative?: string;
  style?: string;
  studio?: StudioOptions;
  at: SourceRef;
}

export interface PromptTemplate {
  id: string;
  versions: Map<number, PromptVersion>;
  at: SourceRef;
}

export interface Product {
  sku: string;
  name: string;
  category?: string;
  attributes: Record<string, string | number | boolean>;
  color?: string;
  /** Path of the supplier photo relative to the repository root, forward slashes. */
  source?: string;
  variants: string[];
  at: SourceRef;
}

export interface Budget {
  maxImages?: number;
  maxUsd?: number;
  at?: SourceRef;
}

export interface ProviderSettings {
  concurrency: number;
  /** Requests per minute; undefined means uncapped. */
  ratePerMinute?: number;
  baseUrl?: string;
  timeoutSeconds: number;
  /** Environment variable holding the key; undefined means the provider's usual one. */
  keyEnv?: string;
  /** First wait between polls of an asynchronous job. */
  pollSeconds?: number;
}

/** shotlist.yaml `routing.<model>`: which provider serves a model, and which one takes over. */
export interface ModelRouting {
  provider: string;
  fallback?: string;
}

export interface Settings {
  paths: { catalog: string; placements: string; prompts: string; store: string };
  providers: Record<string, ProviderSettings>;
  /** By model id; models not named use their default route. */
  routing?: Record<string, ModelRouting>;
  run: {
    /** Per-shot deadline covering all attempts. */
    shotDeadlineSeconds: number;
    maxAttempts: number;
    rerolls: number;
    graceSeconds: number;
    keepRaw: boolean;
  };
  budget: Budget;
  storage:
    | { kind: 'git' }
    | {
        kind: 's3';
        bucket: string;
        endpoint?: string;
        region?: string;
        publicBaseUrl?: string;
        prefix?: string;
      };
}

export interface Config {
  /** Absolute path of the repository root (the folder holding shotlist.yaml). */
  root: string;
  settings: Settings;
  placements: Map<string, Placement>;
  variants: Map<string, Variant>;
  prompts: Map<string, PromptTemplate>;
  products: Product[];
}
