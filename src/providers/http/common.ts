import type { ShotSpec } from '../../domain/spec.js';
import type { ReferenceImage } from '../types.js';

/** The prompt for an API without a negative-prompt field: the negative becomes an instruction. */
export function promptWithNegative(spec: ShotSpec, negativeField: boolean): string {
  if (negativeField || !spec.negative) return spec.prompt;
  return `${spec.prompt}\n\nAvoid: ${spec.negative}`;
}

export function dataUri(ref: ReferenceImage): string {
  return `data:${ref.mimeType};base64,${ref.bytes.toString('base64')}`;
}

export function jsonHeaders(auth: Record<string, string>): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/json', ...auth };
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
