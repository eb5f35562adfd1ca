import type { QaSettings } from '../domain/config.js';
import type { ModelInfo } from '../domain/models.js';
import type { ShotSpec } from '../domain/spec.js';
import { NormaliseError, normaliseImage, type NormalisedImage } from '../images/normalise.js';
import type { QaFunction, QaResultLite } from './shot-types.js';

export interface Checked {
  image: NormalisedImage;
  qa?: QaResultLite;
}

export type CheckOutcome =
  { ok: true; checked: Checked } | { ok: false; error: { kind: 'bad-output' | 'internal'; message: string } };

/**
 * Normalises a raw provider output to the placement (crop, resize, encode, metadata) and runs the
 * QA gate on the published bytes. An output that cannot be normalised is the provider's fault
 * (`bad-output`); anything else is ours (`internal`).
 */
export async function normaliseAndCheck(
  raw: Buffer,
  spec: ShotSpec,
  model: ModelInfo,
  qaSettings: QaSettings,
  qa: QaFunction | undefined,
  limits?: { maxBytes?: number; maxPixels?: number },
): Promise<CheckOutcome> {
  try {
    const image = await normaliseImage(
      raw,
      {
        aspect: spec.aspect,
        size: spec.size,
        format: spec.format,
        quality: spec.quality,
        background: spec.background,
        sourceType: model.sourceType,
      },
      limits,
    );
    const report = qa
      ? await qa({
          image: image.bytes,
          aspect: spec.aspect,
          size: spec.size,
          background: spec.background,
          quality: spec.quality,
          qa: qaSettings,
          ...(spec.color ? { color: spec.color } : {}),
        })
      : undefined;
    return { ok: true, checked: report ? { image, qa: report } : { image } };
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: error instanceof NormaliseError ? 'bad-output' : 'internal',
        message: (error as Error).message,
      },
    };
  }
}
