import type { ShotSpec } from '../../domain/spec.js';
import type { ReferenceImage } from '../types.js';

/** The prompt for an API without a negative-prompt field: the negative becomes an instruction. */
export function promptWithNegative(spec: ShotSpec, negativeField: boolean): string {
  if (negativeField || !spec.negative) return spec.prompt;
  return `${spec.prompt}\n\nAvoid: ${spec.negative}`;
}

/**
 * How far an image-to-image call may move away from the product photo (Replicate's
 * `prompt_strength`, Recraft's `strength`: 0 keeps the photo, 1 ignores it). One value for every
 * API, so "the same prompt with the same photo" means the same on each.
 */
export const REFERENCE_STRENGTH = 0.8;

export function dataUri(ref: ReferenceImage): string {
  return `data:${ref.mimeType};base64,${ref.bytes.toString('base64')}`;
}

export function jsonHeaders(auth: Record<string, string>): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/json', ...auth };
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
