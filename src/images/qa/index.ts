import type { QaSettings } from '../../domain/config.js';
import type { QaCheckResult } from '../../domain/manifest-record.js';
import {
  analysisPlane,
  decodeFull,
  planePixels,
  releasePlane,
  type Analysed,
  type Decoded,
} from './analyse.js';
import { backgroundTolerance } from './background-tolerance.js';
import { checkBackground } from './check-background.js';
import { checkClipping } from './check-clipping.js';
import { checkColour } from './check-colour.js';
import { checkDimensions, checkResolution } from './check-dimensions.js';
import { checkDuplicate } from './check-duplicate.js';
import { checkFraming } from './check-framing.js';
import { checkHalo } from './check-halo.js';
import { checkSeams } from './check-seams.js';
import { checkSharpness } from './check-sharpness.js';
import { checkText } from './check-text.js';
import { checkBackdropInside } from './check-backdrop-inside.js';
import { checkShadowRemnant } from './check-shadow-remnant.js';
import { checkRaggedOutline } from './check-ragged-outline.js';
import { checkFaintOutline } from './check-faint-outline.js';
import type { OcrOptions } from './ocr.js';
import { phashOfLuma } from './phash.js';
import { resolveQaProfile, type QaProfile } from './profiles.js';
import { guarded, overallStatus } from './result.js';

export interface QaInput {
  image: Buffer;
  aspect: string;
  /** Long edge in px of the published image. */
  size: number;
  /** The placement's background colour. */
  background: string;
  /**
   * The placement's encoder quality (1-100): how far a lossy codec may have moved a flat
   * background colour. Unknown: the codec's lowest measured band.
   */
  quality?: number;
  qa: QaSettings;
  /** Declared product colour `#RRGGBB`, checked when given. */
  color?: string;
  /** pHashes of the product's other variants, for the near-duplicate check. */
  siblings?: { key: string; phash: string }[];
}

export interface QaReport {
  status: 'pass' | 'warn' | 'fail';
  checks: QaCheckResult[];
  /** 64-bit DCT pHash, 16 hex digits; siblings compare against it. */
  phash: string;
}

export interface QaRunOptions {
  ocr?: OcrOptions;
}

export {
  resolveQaProfile,
  qaDefaultsTable,
  BUILT_IN_PROFILES,
  QA_CHECKS,
  QA_CHECK_DOCS,
} from './profiles.js';
export type { QaProfile, QaThresholds } from './profiles.js';
export { closeOcr } from './ocr.js';
export { hammingDistance, phashOf } from './phash.js';

/** Runs every check the placement's profile enables; an image that will not decode fails. */
export async function runQa(input: QaInput, options: QaRunOptions = {}): Promise<QaReport> {
  const profile = resolveQaProfile(input.qa, input.background);
  // Both decodes start now: the full size for the full-size checks, and the analysis plane on
  // libvips' other threads, so neither waits for the other.
  const early = planePixels(input.image, profile.background);
  let decoded: Decoded;
  try {
    decoded = await decodeFull(input.image, profile.background);
  } catch (error) {
    return undecodable(error);
  }
  // The checks on full-size pixels run while libvips makes the analysis plane on its own threads.
  const plane = analysisPlane(decoded, early);
  const background = await guarded('background', () =>
    checkBackground(decoded, profile, backgroundTolerance(input.image, decoded.bg, input.quality)),
  );
  const seams = await guarded('seams', () => checkSeams(decoded, profile));
  let a: Analysed;
  try {
    a = { ...decoded, small: await plane };
  } catch (error) {
    return undecodable(error);
  }
  try {
    const phash = phashOfLuma(a.small.luma, a.small.width, a.small.height);
    const checks = await runChecks(a, input, profile, phash, { background, seams }, options);
    return { status: overallStatus(checks), checks, phash };
  } finally {
    // Every check has finished with the plane (none keeps it): the next image reuses its arrays.
    releasePlane(a.small);
  }
}

function undecodable(error: unknown): QaReport {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    status: 'fail',
    phash: '',
    checks: [{ check: 'decode', status: 'fail', value: null, message: `not a decodable image: ${reason}` }],
  };
}

/**
 * The checks for what a poor cut-out leaves behind (issue 17); each skipped when its profile turns
 * it off, as both built-in profiles do until they meet the corpus's bar (see profiles.ts). The
 * outline checks share one tracing per mask (mask-ops.ts).
 */
async function cutOutChecks(a: Analysed, p: QaProfile): Promise<QaCheckResult[]> {
  const on = (check: keyof QaProfile['severity']) => p.severity[check] !== 'off';
  return [
    ...(on('shadow-remnant') ? await guarded('shadow-remnant', () => checkShadowRemnant(a, p)) : []),
    ...(on('backdrop-inside') ? await guarded('backdrop-inside', () => checkBackdropInside(a, p)) : []),
    ...(on('ragged-outline') ? await guarded('ragged-outline', () => checkRaggedOutline(a, p)) : []),
    ...(on('faint-outline') ? await guarded('faint-outline', () => checkFaintOutline(a, p)) : []),
  ];
}

async function runChecks(
  a: Analysed,
  input: QaInput,
  p: QaProfile,
  phash: string,
  full: { background: QaCheckResult[]; seams: QaCheckResult[] },
  options: QaRunOptions,
): Promise<QaCheckResult[]> {
  // One after another, in a fixed order: the report's order never depends on timing.
  const all: QaCheckResult[] = [
    ...(await guarded('dimensions', () => checkDimensions(a.width, a.height, input.aspect, input.size, p))),
    ...(await guarded('resolution', () => checkResolution(a.width, a.height, p))),
    ...full.background,
    ...(await guarded('fill', () => checkFraming(a, p))),
    ...(await guarded('sharpness', () => checkSharpness(a, p))),
    ...(await guarded('clipping', () => checkClipping(a, p))),
    ...full.seams,
    ...(await guarded('halo', () => checkHalo(a, p))),
    ...(await guarded('duplicate', () => checkDuplicate(phash, input.siblings, p))),
    ...(await guarded('colour', () => checkColour(a, input.color, p))),
    ...(await guarded('text', () => checkText(a, p, options.ocr))),
    ...(await cutOutChecks(a, p)),
  ];
  return all.filter((c) => p.severity[c.check as keyof typeof p.severity] !== 'off');
}
