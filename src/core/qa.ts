import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { QaSettings } from '../domain/config.js';
import type { Finding } from '../domain/findings.js';
import type { QaReport } from '../images/qa/index.js';
import { QaProfileError, resolveQaProfile } from '../images/qa/profiles.js';
import { OptionsError } from './errors.js';

/** What images are checked against: a placement of the repository, or values given directly. */
export interface QaTarget {
  aspect: string;
  size: number;
  background: string;
  /** The encoder quality the images were written at, when known (see QaInput.quality). */
  quality?: number;
  qa: QaSettings;
  label: string;
}

export interface QaTargetOptions {
  /** Repository folder, needed with `placement`. */
  dir?: string;
  placement?: string;
  aspect?: string;
  size?: number;
  background?: string;
  profile?: string;
  /** Encoder quality 1-100; defaults to the placement's. */
  quality?: number;
}

/** The target, or the configuration's errors when a placement was asked for and it does not load. */
export async function resolveQaTarget(
  o: QaTargetOptions,
): Promise<{ target: QaTarget } | { findings: Finding[] }> {
  const profile = o.profile ? { profile: o.profile } : {};
  const found = o.placement ? await placementTarget(o, o.placement, profile) : directTarget(o, profile);
  if ('target' in found) {
    try {
      resolveQaProfile(found.target.qa, found.target.background);
    } catch (error) {
      if (error instanceof QaProfileError)
        throw new OptionsError(`${found.target.label}: ${error.message}`, { cause: error });
      throw error;
    }
  }
  return found;
}

function directTarget(o: QaTargetOptions, profile: QaSettings): { target: QaTarget } {
  if (!o.aspect || o.size === undefined)
    throw new OptionsError(
      'give --placement <id> (from shotlist.yaml), or --aspect and --size to check without a config',
    );
  const background = o.background ?? '#FFFFFF';
  return {
    target: {
      aspect: o.aspect,
      size: o.size,
      background,
      ...(o.quality !== undefined ? { quality: o.quality } : {}),
      qa: profile,
      label: `${o.aspect}, ${o.size} px, background ${background}, profile ${o.profile ?? 'default'}`,
    },
  };
}

async function placementTarget(
  o: QaTargetOptions,
  id: string,
  profile: QaSettings,
): Promise<{ target: QaTarget } | { findings: Finding[] }> {
  const dir = path.resolve(o.dir ?? '.');
  const { config, findings } = await loadConfig(dir);
  if (!config) return { findings: findings.filter((x) => x.severity === 'error') };
  const placement = config.placements.get(id);
  if (!placement) {
    const known = [...config.placements.keys()].sort().join(', ') || 'none';
    throw new OptionsError(`--placement ${id}: no such placement in ${dir}; known placements: ${known}`);
  }
  return {
    target: {
      aspect: o.aspect ?? placement.aspect,
      size: o.size ?? placement.size,
      background: o.background ?? placement.background,
      quality: o.quality ?? placement.quality,
      qa: { ...placement.qa, ...profile },
      label: `placement ${placement.id} (${placement.aspect}, ${placement.size} px, ${placement.background}, profile ${o.profile ?? placement.qa.profile ?? 'default'})`,
    },
  };
}

export interface QaFileResult {
  /** The path as the host named it. */
  path: string;
  report?: QaReport;
  error?: string;
}

/** Runs the QA gate on each file, exactly as `generate` runs it on a shot's published bytes. */
export async function qa(
  files: { path: string; absolute: string }[],
  target: QaTarget,
  color?: string,
): Promise<QaFileResult[]> {
  // The checks pull in sharp and the OCR engine: loaded only when images are checked.
  const { closeOcr, runQa } = await import('../images/qa/index.js');
  const results: QaFileResult[] = [];
  try {
    for (const f of files) {
      let image: Buffer;
      try {
        image = await readFile(f.absolute);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        results.push({
          path: f.path,
          error: `cannot read ${f.path} (${code ?? String(error)}): give an image file`,
        });
        continue;
      }
      const { aspect, size, background, quality } = target;
      const report = await runQa({
        image,
        aspect,
        size,
        background,
        ...(quality !== undefined ? { quality } : {}),
        qa: target.qa,
        color,
      });
      results.push({ path: f.path, report });
    }
  } finally {
    await closeOcr();
  }
  return results;
}
