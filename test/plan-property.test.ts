// Property: after random catalog edits, planShots equals a brute-force recomputation from the specs'
// fields (not their hashes), and format-only edits never call a provider.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageFormat } from '../src/domain/config.js';
import { planShots, type PlanStatus } from '../src/plan/plan.js';
import { resolveSpecs } from '../src/plan/resolve.js';
import type { ShotSpec } from '../src/domain/spec.js';
import { findModel } from '../src/domain/models.js';
import { config, placement, product, prompt, recordFor, variant } from './plan-fixtures.js';

interface Desc {
  products: { sku: string; name: string; color: string; photo: number | null; variants: string[] }[];
  placements: Record<string, { format: ImageFormat; model: string; aspect: string }>;
  prompts: Record<string, Record<number, string>>;
  variants: Record<string, { placement: string; prompt: string; version: number }>;
}

type Edit =
  | { kind: 'rename'; product: number; name: string }
  | { kind: 'bump'; variant: number; text: string }
  | { kind: 'edit-template'; variant: number; text: string }
  | { kind: 'swap-photo'; product: number; photo: number }
  | { kind: 'format'; placement: number; format: ImageFormat }
  | { kind: 'add-variant'; product: number; variant: number };

const PLACEMENT_IDS = ['pdp', 'banner', 'cutout', 'grid'];
const VARIANT_IDS = ['pdp-main', 'banner', 'cutout', 'grid'];
const FORMATS: ImageFormat[] = ['webp', 'jpeg', 'png', 'avif'];
const PHOTOS = 3;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-plan-prop-'));
  for (let i = 0; i < PHOTOS; i++) await writeFile(path.join(root, `photo-${i}.jpg`), `photo bytes ${i}`);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const text = fc.stringMatching(/^[a-z ]{1,12}$/);
const templateText = text.map((t) => `${t} {{name}} in {{attributes.color}} for {{variant}}`);

const descArb: fc.Arbitrary<Desc> = fc
  .record({
    products: fc.uniqueArray(
      fc.record({
        sku: fc.stringMatching(/^[a-z0-9]{1,6}$/),
        name: text,
        color: fc.constantFrom('black', 'white', 'red'),
        photo: fc.option(fc.integer({ min: 0, max: PHOTOS - 1 }), { nil: null }),
        variants: fc.subarray(VARIANT_IDS, { minLength: 1 }),
      }),
      { minLength: 1, maxLength: 12, selector: (p) => p.sku },
    ),
    formats: fc.array(fc.constantFrom(...FORMATS), { minLength: 4, maxLength: 4 }),
    texts: fc.array(templateText, { minLength: 2, maxLength: 2 }),
  })
  .map(({ products, formats, texts }) => ({
    products,
    placements: {
      pdp: { format: formats[0]!, model: 'nano-banana-2', aspect: '1:1' },
      banner: { format: formats[1]!, model: 'imagen-3', aspect: '16:9' },
      cutout: { format: formats[2]!, model: 'studio', aspect: '1:1' },
      grid: { format: formats[3]!, model: 'recraft-v4', aspect: '4:5' },
    },
    prompts: { studio: { 1: texts[0]! }, lifestyle: { 1: texts[1]! } },
    variants: {
      'pdp-main': { placement: 'pdp', prompt: 'studio', version: 1 },
      banner: { placement: 'banner', prompt: 'lifestyle', version: 1 },
      cutout: { placement: 'cutout', prompt: 'studio', version: 1 },
      grid: { placement: 'grid', prompt: 'lifestyle', version: 1 },
    },
  }));

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), product: fc.nat(), name: text }),
  fc.record({ kind: fc.constant('bump' as const), variant: fc.nat(), text: templateText }),
  fc.record({ kind: fc.constant('edit-template' as const), variant: fc.nat(), text: templateText }),
  fc.record({
    kind: fc.constant('swap-photo' as const),
    product: fc.nat(),
    photo: fc.nat({ max: PHOTOS - 1 }),
  }),
  fc.record({
    kind: fc.constant('format' as const),
    placement: fc.nat(),
    format: fc.constantFrom(...FORMATS),
  }),
  fc.record({ kind: fc.constant('add-variant' as const), product: fc.nat(), variant: fc.nat() }),
);

function applyEdit(d: Desc, e: Edit): void {
  switch (e.kind) {
    case 'rename':
      d.products[e.product % d.products.length]!.name = e.name;
      return;
    case 'bump': {
      const v = d.variants[VARIANT_IDS[e.variant % VARIANT_IDS.length]!]!;
      const versions = d.prompts[v.prompt]!;
      const next = Math.max(...Object.keys(versions).map(Number)) + 1;
      versions[next] = e.text;
      v.version = next;
      return;
    }
    case 'edit-template': {
      const v = d.variants[VARIANT_IDS[e.variant % VARIANT_IDS.length]!]!;
      d.prompts[v.prompt]![v.version] = e.text;
      return;
    }
    case 'swap-photo':
      d.products[e.product % d.products.length]!.photo = e.photo;
      return;
    case 'format':
      d.placements[PLACEMENT_IDS[e.placement % PLACEMENT_IDS.length]!]!.format = e.format;
      return;
    case 'add-variant': {
      const p = d.products[e.product % d.products.length]!;
      const v = VARIANT_IDS[e.variant % VARIANT_IDS.length]!;
      if (!p.variants.includes(v)) p.variants.push(v);
      return;
    }
  }
}

function build(d: Desc) {
  return config({
    root,
    placements: Object.entries(d.placements).map(([id, p]) =>
      placement(id, { format: p.format, aspect: p.aspect, models: [p.model] }),
    ),
    variants: Object.entries(d.variants).map(([id, v]) =>
      variant(id, { placement: v.placement, prompt: `${v.prompt}@${v.version}` }),
    ),
    prompts: Object.entries(d.prompts).map(([id, versions]) =>
      prompt(id, Object.fromEntries(Object.entries(versions).map(([n, t]) => [n, { text: t }]))),
    ),
    products: d.products.map((p) =>
      product(p.sku, {
        name: p.name,
        attributes: { color: p.color },
        variants: [...p.variants],
        ...(p.photo === null ? {} : { source: `photo-${p.photo}.jpg` }),
      }),
    ),
  });
}

/** What the model sees, field by field, written independently of src/plan/hashes.ts. */
function seen(s: ShotSpec): unknown[] {
  const model = findModel(s.model)!;
  if (model.provider === 'studio') return [s.model, s.aspect, s.size, s.background, s.studio, s.sourceHash];
  return [s.model, s.prompt, s.negative, s.style, s.aspect, s.seed, model.reference ? s.sourceHash : null];
}

function bruteForceStatus(spec: ShotSpec, before: ShotSpec[]): PlanStatus {
  const old = before.find((b) => b.key === spec.key);
  if (!old) return 'new';
  if (JSON.stringify(seen(old)) !== JSON.stringify(seen(spec))) return 'regenerate';
  const out = (s: ShotSpec) => JSON.stringify([s.size, s.format, s.quality, s.background]);
  return out(old) === out(spec) ? 'unchanged' : 're-derive';
}

const clone = (d: Desc): Desc => JSON.parse(JSON.stringify(d)) as Desc;

describe('plan property', () => {
  it('matches a brute-force recomputation after random catalog edits', async () => {
    await fc.assert(
      fc.asyncProperty(descArb, fc.array(editArb, { minLength: 1, maxLength: 5 }), async (desc, edits) => {
        const before = await resolveSpecs(build(desc));
        const records = new Map(before.map((s) => [s.key, recordFor(s)]));
        const edited = clone(desc);
        for (const e of edits) applyEdit(edited, e);
        const after = await resolveSpecs(build(edited));
        const plan = planShots(after, records);
        expect(plan.map((p) => p.key)).toEqual(after.map((s) => s.key));
        for (const shot of plan)
          expect([shot.key, shot.status]).toEqual([shot.key, bruteForceStatus(shot.spec!, before)]);

        // Targeted expectations per edit kind, when that edit is the only one.
        if (edits.length === 1) {
          const e = edits[0]!;
          const changed = plan.filter((p) => p.status !== 'unchanged');
          if (e.kind === 'format') {
            expect(changed.every((p) => p.status === 're-derive')).toBe(true);
            const id = PLACEMENT_IDS[e.placement % PLACEMENT_IDS.length]!;
            const onPlacement = plan.filter((p) => p.spec!.placement === id);
            const formatChanged = desc.placements[id]!.format !== e.format;
            expect(changed.length).toBe(formatChanged ? onPlacement.length : 0);
          }
          if (e.kind === 'add-variant') {
            expect(changed.every((p) => p.status === 'new')).toBe(true);
          }
          if (e.kind === 'bump') {
            const v = VARIANT_IDS[e.variant % VARIANT_IDS.length]!;
            // A new prompt version reseeds every hosted shot of that variant, so all of them are made
            // again; the studio ignores prompt and seed, so its shots stay as they are.
            expect(changed.map((p) => p.key).sort()).toEqual(
              plan
                .filter((p) => p.spec!.variant === v && findModel(p.spec!.model)!.provider !== 'studio')
                .map((p) => p.key)
                .sort(),
            );
            expect(changed.every((p) => p.status === 'regenerate')).toBe(true);
          }
          if (e.kind === 'swap-photo' || e.kind === 'rename' || e.kind === 'edit-template') {
            expect(changed.every((p) => p.status === 'regenerate')).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('orphans every record whose shot is no longer configured', async () => {
    await fc.assert(
      fc.asyncProperty(descArb, fc.nat(), async (desc, drop) => {
        const before = await resolveSpecs(build(desc));
        const records = new Map(before.map((s) => [s.key, recordFor(s)]));
        const edited = clone(desc);
        const removed = edited.products.splice(drop % edited.products.length, 1)[0]!;
        const plan = planShots(await resolveSpecs(build(edited)), records);
        const orphaned = plan.filter((p) => p.status === 'orphaned').map((p) => p.key);
        expect(orphaned.sort()).toEqual(removed.variants.map((v) => `${removed.sku}/${v}`).sort());
        expect(plan.filter((p) => p.status !== 'orphaned').every((p) => p.status === 'unchanged')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
