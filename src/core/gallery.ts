import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../domain/config.js';
import { hasErrors, type Finding } from '../domain/findings.js';
import { planLoaded } from './plan.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { buildGallery, type GalleryBuildResult } from '../report/gallery.js';
import type { ImageRef } from '../report/gallery-model.js';
import { journalPath, readManifestWithJournal, type JournalledManifest } from '../store/checkpoint.js';
import {
  defaultReviewBase,
  findRepo,
  GitBlobReader,
  userReviewBase,
  type GitRepo,
  type ReviewBase,
} from '../store/git-history.js';
import { parseManifest } from '../store/manifest.js';

export interface GalleryOptions {
  /** Folder holding shotlist.yaml. */
  dir: string;
  /** Where the page goes; default `<dir>/shotlist-gallery`. */
  out?: string;
  /** Commit to compare with; default: see defaultReviewBase. */
  base?: string;
  now?: Date;
}

export type GalleryResult =
  | { kind: 'no-manifest'; manifestPath: string; configErrors: boolean }
  | ({ kind: 'built'; warnings: string[]; baseLabel?: string } & GalleryBuildResult);

export const DEFAULT_GALLERY_DIR = 'shotlist-gallery';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

function isInside(root: string, rel: string): boolean {
  const abs = path.resolve(root, rel);
  return abs === root || abs.startsWith(root + path.sep);
}

async function readVerified(file: string, sha256: string): Promise<Buffer> {
  const bytes = await readFile(file);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw new Error(
      `${file} is not the image the manifest records (sha256 ${actual.slice(0, 12)}…); run generate again`,
    );
  }
  return bytes;
}

async function readBase(
  repo: GitRepo | undefined,
  base: ReviewBase | undefined,
  reader: GitBlobReader | undefined,
  manifestRel: string,
): Promise<Map<string, ManifestRecord> | undefined> {
  if (!repo || !base || !reader) return undefined;
  if (!base.rev) return new Map();
  const text = await reader.read(base.rev, manifestRel);
  return text ? parseManifest(text, `${base.rev}:${manifestRel}`).records : new Map();
}

function catalogOf(config: Config | undefined) {
  if (!config) return {};
  return {
    products: config.products.map((p) => ({ sku: p.sku, name: p.name, variants: p.variants })),
    variantOrder: [...config.variants.keys()],
  };
}

/** The keys the plan calls blocked, when the configuration is valid enough to plan. */
async function blockedKeys(
  dir: string,
  config: Config | undefined,
  findings: Finding[],
  manifest: JournalledManifest,
): Promise<Set<string> | undefined> {
  if (!config || hasErrors(findings)) return undefined;
  const planned = await planLoaded({ dir, config, findings, manifest });
  if (hasErrors(planned.findings)) return undefined;
  return new Set(planned.plan.filter((s) => s.status === 'blocked').map((s) => s.key));
}

/** A link from the page to a file; "./" first so a file name can never read as a URL scheme. */
export function relativeLink(fromDir: string, file: string): string {
  const rel = path.relative(fromDir, file).split(path.sep).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/** Builds the static review page of the manifest's shots, with before and after from git history. */
export async function gallery(options: GalleryOptions): Promise<GalleryResult> {
  const dir = path.resolve(options.dir);
  const { config, findings } = await loadConfig(dir);
  const warnings: string[] = [];
  const storeRel = config?.settings.paths.store ?? 'generated';
  if (!config)
    warnings.push(
      `the configuration has errors (run shotlist validate); showing ${storeRel}/manifest.jsonl without product names`,
    );
  const manifestPath = path.join(dir, storeRel, 'manifest.jsonl');
  const journal = await exists(journalPath(manifestPath));
  if (!(await exists(manifestPath)) && !journal)
    return { kind: 'no-manifest', manifestPath, configErrors: !config };
  const manifest = await readManifestWithJournal(manifestPath);
  warnings.push(...manifest.warnings);
  const blocked = await blockedKeys(dir, config, findings, manifest);

  const repo = await findRepo(dir);
  const reader = repo ? new GitBlobReader(repo.top) : undefined;
  try {
    const manifestRel = `${repo?.prefix ?? ''}${storeRel}/manifest.jsonl`;
    let base: ReviewBase | undefined;
    if (options.base) base = await userReviewBase(repo, options.base);
    else if (repo && reader) {
      const text = await readFile(manifestPath, 'utf8').catch(() => undefined);
      base = await defaultReviewBase(repo, manifestRel, { text, journal }, reader);
    }
    const baseRecords = await readBase(repo, base, reader, manifestRel);
    const outDir = path.resolve(dir, options.out ?? DEFAULT_GALLERY_DIR);
    const readImage = async (ref: ImageRef): Promise<Buffer | undefined> => {
      if (ref.kind === 'url' || !isInside(dir, ref.path)) return undefined;
      if (ref.kind === 'file') return readVerified(path.join(dir, ref.path), ref.sha256);
      return base?.rev && reader ? reader.read(base.rev, `${repo?.prefix ?? ''}${ref.path}`) : undefined;
    };
    // Links to the full image only where they keep working: a page inside the repository.
    const linkFor = (ref: ImageRef) =>
      ref.kind === 'file' && isInside(dir, path.relative(dir, outDir))
        ? relativeLink(outDir, path.join(dir, ref.path))
        : undefined;
    if (isInside(path.join(dir, storeRel), path.relative(path.join(dir, storeRel), outDir)))
      warnings.push(
        `the gallery is inside ${storeRel}/, which generate commits with each run; give --out another folder`,
      );
    const built = await buildGallery({
      records: manifest.records,
      ...(baseRecords ? { baseRecords } : {}),
      ...(base ? { baseLabel: base.label } : {}),
      ...catalogOf(config),
      ...(blocked ? { blocked } : {}),
      outDir,
      readImage,
      linkFor,
      ...(options.now ? { now: options.now } : {}),
    });
    for (const p of built.thumbs.problems) {
      const where =
        p.ref.kind === 'base-file'
          ? `${p.ref.path} at ${base?.label}`
          : p.ref.kind === 'file'
            ? p.ref.path
            : p.ref.url;
      warnings.push(`could not make a thumbnail of ${where}: ${p.message}`);
    }
    return { kind: 'built', warnings, ...(base ? { baseLabel: base.label } : {}), ...built };
  } finally {
    reader?.close();
  }
}
