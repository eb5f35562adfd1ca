import type { GenerateRequest, GenerateResult, Provider } from '../types.js';
import { ProviderError } from '../types.js';
import { composeStudioImage } from './compose.js';

export { composeStudioImage, renderStudioCanvas, STUDIO_DEFAULTS } from './compose.js';
export type { ComposeOptions, ComposeResult, RenderResult } from './compose.js';
export { canvasSize, parseBackground, backgroundAt } from './options.js';
export { detectSeam } from './seam.js';
export type { SeamReport } from './seam.js';

/** The built-in offline compositor: no network, no key; the product's supplier photo is its input. */
export function createStudioProvider(): Provider {
  return {
    id: 'studio',
    async generate(request: GenerateRequest): Promise<GenerateResult> {
      const { spec, reference } = request;
      if (!reference?.bytes?.length) {
        throw new ProviderError(
          'refused',
          `studio needs a source photo, but ${spec.key} has none: set \`source:\` on product ${spec.sku} in the catalog to its supplier photo, or pick a hosted model for this variant`,
        );
      }
      request.signal.throwIfAborted();
      const studio = spec.studio ?? {};
      const result = await composeStudioImage(reference.bytes, {
        aspect: spec.aspect,
        size: spec.size,
        background: studio.background ?? spec.background,
        shadow: studio.shadow,
        shadowStrength: studio.shadowStrength,
        fill: studio.fill,
        align: studio.align,
      });
      return { images: [{ bytes: result.png, mimeType: 'image/png' }], costUsd: 0 };
    },
  };
}
