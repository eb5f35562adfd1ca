import { compareCodeUnits } from '../domain/canonical.js';
import type { ManifestRecord, QaCheckResult } from '../domain/manifest-record.js';

/** How a shot differs from the review base (the manifest at an earlier commit). */
export type GalleryChange = 'new' | 'changed' | 'unchanged' | 'missing';

/** Error kinds that cannot succeed on a retry until the shot's inputs change (as the plan's rule). */
const BLOCKING_KINDS: ReadonlySet<string> = new Set(['refused', 'safety', 'validation']);

/** Where an image can be read from: a file of the repository (now or at the base rev) or a URL. */
export type ImageRef =
  | { kind: 'file'; path: string; sha256: string }
  | { kind: 'base-file'; path: string; sha256: string }
  | { kind: 'url'; url: string; sha256: string };

export interface GalleryImage {
  ref: ImageRef;
  width: number;
  height: number;
  /** Filled by the builder: a thumbnail path relative to the page, or the store URL. */
  src?: string;
  /** Link to the full image, when there is one the page can reach. */
  href?: string;
}

export interface GalleryCheck {
  check: string;
  status: QaCheckResult['status'];
  value: QaCheckResult['value'];
  threshold?: QaCheckResult['threshold'];
  /** Only for checks that warned or failed: the page stays small with 5,000 shots. */
  message?: string;
}

export interface GalleryShot {
  key: string;
  sku: string;
  variant: string;
  /** The manifest's status, or `missing` when the config has the shot and the manifest does not. */
  status: ManifestRecord['status'] | 'missing';
  change: GalleryChange;
  blocked: boolean;
  prompt?: string;
  model?: string;
  seed?: number;
  costUsd?: number;
  createdAt?: string;
  qa?: { status: 'pass' | 'warn' | 'fail'; acceptedBy?: string; checks: GalleryCheck[] };
  error?: { kind: string; message: string };
  /** With status pending: the provider job a later run resumes. */
  job?: { provider: string; id: string };
  image?: GalleryImage;
  before?: GalleryImage & { prompt: string; model: string; seed: number };
}

export interface GalleryProduct {
  sku: string;
  name?: string;
}

export interface GalleryModel {
  title: string;
  generatedAt: string;
  /** e.g. `HEAD (a1b2c3d)`, or undefined when there is no git history to compare with. */
  baseLabel?: string;
  products: GalleryProduct[];
  variants: string[];
  shots: GalleryShot[];
  counts: Record<'all' | 'new' | 'changed' | 'qa-failed' | 'blocked' | 'failed', number>;
  /** A contact sheet of `try` candidates: no status filters or search. */
  contactSheet?: boolean;
}

export interface ModelInput {
  records: ReadonlyMap<string, ManifestRecord>;
  /** Records at the review base; undefined when there is no base (not a git repository). */
  baseRecords?: ReadonlyMap<string, ManifestRecord>;
  baseLabel?: string;
  /**
   * Keys the plan calls blocked (it knows today's specs and QA settings). Without it, a failure of
   * a kind a retry cannot fix counts as blocked.
   */
  blocked?: ReadonlySet<string>;
  /** Configured products and variant order, when the configuration loads. */
  products?: { sku: string; name: string; variants: string[] }[];
  variantOrder?: string[];
  title?: string;
  now?: Date;
  contactSheet?: boolean;
}

function outputImage(record: ManifestRecord, fromBase: boolean): GalleryImage | undefined {
  const o = record.output;
  if (!o) return undefined;
  const size = { width: o.width, height: o.height };
  // Only web addresses: a manifest is data, and a javascript: URL would run when clicked.
  if (o.url)
    return /^https?:\/\//i.test(o.url)
      ? { ref: { kind: 'url', url: o.url, sha256: o.sha256 }, ...size }
      : undefined;
  if (!o.path) return undefined;
  return { ref: { kind: fromBase ? 'base-file' : 'file', path: o.path, sha256: o.sha256 }, ...size };
}

function galleryChecks(checks: QaCheckResult[]): GalleryCheck[] {
  return checks.map((c) => {
    const g: GalleryCheck = { check: c.check, status: c.status, value: c.value };
    if (c.threshold !== undefined) g.threshold = c.threshold;
    if (c.status !== 'pass' && c.message) g.message = c.message;
    return g;
  });
}

function changeOf(record: ManifestRecord, base: ManifestRecord | undefined): GalleryChange {
  if (!base) return 'new';
  const same =
    base.status === record.status &&
    base.output?.sha256 === record.output?.sha256 &&
    base.qa?.acceptedBy === record.qa?.acceptedBy;
  return same ? 'unchanged' : 'changed';
}

export function shotFromRecord(
  record: ManifestRecord,
  base: ManifestRecord | undefined,
  hasBase: boolean,
  blocked?: ReadonlySet<string>,
): GalleryShot {
  const shot: GalleryShot = {
    key: record.key,
    sku: record.sku,
    variant: record.variant,
    status: record.status,
    change: hasBase ? changeOf(record, base) : 'unchanged',
    blocked: blocked
      ? blocked.has(record.key)
      : record.status === 'failed' && BLOCKING_KINDS.has(record.error?.kind ?? ''),
    prompt: record.prompt,
    model: record.model,
    seed: record.seed,
    costUsd: record.costUsd,
    createdAt: record.createdAt,
  };
  if (record.qa) {
    shot.qa = { status: record.qa.status, checks: galleryChecks(record.qa.checks) };
    if (record.qa.acceptedBy) shot.qa.acceptedBy = record.qa.acceptedBy;
  }
  if (record.error) shot.error = { kind: record.error.kind, message: record.error.message };
  if (record.job) shot.job = { provider: record.job.provider, id: record.job.id };
  const image = outputImage(record, false);
  if (image) shot.image = image;
  const beforeImage = base ? outputImage(base, true) : undefined;
  if (shot.change === 'changed' && base && beforeImage && base.output?.sha256 !== record.output?.sha256) {
    shot.before = { ...beforeImage, prompt: base.prompt, model: base.model, seed: base.seed };
  }
  return shot;
}

function countShots(shots: GalleryShot[]): GalleryModel['counts'] {
  const counts = { all: shots.length, new: 0, changed: 0, 'qa-failed': 0, blocked: 0, failed: 0 };
  for (const s of shots) {
    if (s.change === 'new') counts.new++;
    if (s.change === 'changed') counts.changed++;
    if (s.status === 'qa-failed') counts['qa-failed']++;
    if (s.blocked) counts.blocked++;
    else if (s.status === 'failed') counts.failed++;
  }
  return counts;
}

/**
 * One shot per manifest record (and per configured shot that has none yet), with how it differs
 * from the base. Products keep the catalog's order; SKUs only in the manifest follow, sorted.
 */
export function buildGalleryModel(input: ModelInput): GalleryModel {
  const shots: GalleryShot[] = [];
  const hasBase = input.baseRecords !== undefined;
  for (const record of input.records.values()) {
    shots.push(shotFromRecord(record, input.baseRecords?.get(record.key), hasBase, input.blocked));
  }
  const products: GalleryProduct[] = [];
  const seen = new Set<string>();
  for (const p of input.products ?? []) {
    if (seen.has(p.sku)) continue;
    seen.add(p.sku);
    products.push({ sku: p.sku, name: p.name });
    for (const variant of p.variants) {
      const key = `${p.sku}/${variant}`;
      if (input.records.has(key)) continue;
      shots.push({ key, sku: p.sku, variant, status: 'missing', change: 'missing', blocked: false });
    }
  }
  const extra = [...new Set(shots.map((s) => s.sku))].filter((s) => !seen.has(s)).sort(compareCodeUnits);
  for (const sku of extra) products.push({ sku });
  const variants = [...(input.variantOrder ?? [])];
  const known = new Set(variants);
  const more = [...new Set(shots.map((s) => s.variant))].filter((v) => !known.has(v)).sort(compareCodeUnits);
  variants.push(...more);
  const used = new Set(shots.map((s) => s.variant));
  shots.sort((a, b) => compareCodeUnits(a.key, b.key));
  return {
    title: input.title ?? 'shotlist review',
    generatedAt: (input.now ?? new Date()).toISOString(),
    ...(input.baseLabel ? { baseLabel: input.baseLabel } : {}),
    products,
    variants: variants.filter((v) => used.has(v)),
    shots,
    counts: countShots(shots),
    ...(input.contactSheet ? { contactSheet: true } : {}),
  };
}
