import type { Placement, Variant } from '../domain/config.js';
import { findModel, type ModelInfo } from '../domain/models.js';

/**
 * The model a variant's shots use: its own, or else its placement's first allowed model. Validate
 * checks this model (known, allowed by the placement, able to make its aspect) and plan generates
 * with it, so both must pick it the same way.
 */
export function shotModel(
  variant: Pick<Variant, 'model'>,
  placement: Pick<Placement, 'models'> | undefined,
): string | undefined {
  return variant.model ?? placement?.models[0];
}

/** The registry entry of the model a variant uses, when there is one. */
export function shotModelInfo(
  variant: Pick<Variant, 'model'>,
  placement: Pick<Placement, 'models'> | undefined,
): ModelInfo | undefined {
  const id = shotModel(variant, placement);
  return id === undefined ? undefined : findModel(id);
}
