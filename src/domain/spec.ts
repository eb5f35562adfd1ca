import type { ImageFormat, StudioOptions } from './config.js';

export const CONTRACT_VERSION = 1;

/** Everything needed to make and publish one shot (sku, variant). */
export interface ShotSpec {
  /** `sku/variant` */
  key: string;
  sku: string;
  variant: string;
  placement: string;
  promptId: string;
  promptVersion: number;
  /** sha256 of the prompt version's template (text, negative, style), for the immutability rule. */
  templateHash: string;
  prompt: string;
  negative?: string;
  style?: string;
  model: string;
  aspect: string;
  size: number;
  format: ImageFormat;
  quality: number;
  background: string;
  seed: number;
  /** Repository-relative path of the supplier photo, if any. */
  sourcePath?: string;
  /** sha256 of the supplier photo's bytes. */
  sourceHash?: string;
  studio?: StudioOptions;
  /** Declared product colour, for QA. */
  color?: string;
  contract: number;
  /** Hash of what the model sees; change it and the provider is called again. */
  genHash: string;
  /** genHash plus output settings; change only this and the image is re-derived from raw. */
  specHash: string;
  /** Hash of the placement's QA settings: a shot blocked by QA is tried again once they change. */
  qaHash: string;
}
