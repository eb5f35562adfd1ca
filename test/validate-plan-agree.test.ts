// Property: every config that plan rejects for a config reason, validate rejects too. Plan runs
// validate's rules and then resolves every shot; resolving must never find a config problem that
// validate let through. The generators aim at where the two drifted apart: template variables
// (prototype keys, typos, odd attribute names), prompt versions edited after they made shots, and
// which model a variant uses.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateHash } from '../src/config/immutability.js';
import { buildPlan } from '../src/core/plan.js';
import { validate } from '../src/core/validate.js';
import { hasErrors } from '../src/domain/findings.js';

// Mostly variables every product resolves, so that many generated configs are valid.
const GOOD_VARIABLES = ['name', 'sku', 'variant', 'attributes.color'];
const ODD_VARIABLES = [
  'category',
  'attributes.größe',
  'attributes.my color',
  'attributes.constructor',
  'attributes.toString',
  'attributes.__proto__',
  'attributes.hasOwnProperty',
  'attributes.',
  'attribtes.color',
  'colour',
  'foo bar',
  '',
];
const ATTRIBUTE_KEYS = ['größe', 'my color', 'toString', 'size'];
const GOOD_MODELS = ['nano-banana-2', 'nano-banana-pro'];
const ODD_MODELS = ['imagen-3', 'recraft-v4', 'studio', 'gpt-image-1', 'no-such-model'];
const ASPECTS = ['1:1', '16:9', '4:5'];
const PROMPTS = ['studio', 'lifestyle'];

interface Desc {
  prompts: { id: string; versions: { text: string; negative?: string }[] }[];
  placements: { aspect: string; models: string[] }[];
  variants: { placement: number; prompt: number; version: number; model?: string }[];
  products: { category: boolean; attributes: string[]; variants: number[] }[];
  /** Manifest records: (prompt, version, whether the recorded template hash is the current one). */
  used: { prompt: number; version: number; same: boolean }[];
}

/** Mostly the good one, sometimes an odd one. */
function mostly<T>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: odd, weight: 1 });
}
const variable = mostly(fc.constantFrom(...GOOD_VARIABLES), fc.constantFrom(...ODD_VARIABLES));
const model = mostly(fc.constantFrom(...GOOD_MODELS), fc.constantFrom(...ODD_MODELS));
const words = fc.stringMatching(/^[a-z ]{0,8}$/);
const template = fc
  .tuple(words, fc.array(variable, { maxLength: 2 }), words)
  .map(([a, vars, b]) => `${a}${vars.map((v) => `{{${v}}}`).join(' ')}${b}`);
const version = fc.record(
  {
    // An opening pair of braces at the end of the text and a closing one in the negative must not
    // pair up in one rule and not in the other.
    text: mostly(
      template,
      template.map((t) => `${t} {{`),
    ),
    negative: mostly(
      template,
      template.map((t) => `name}} ${t}`),
    ),
  },
  { requiredKeys: ['text'] },
);

const descArb: fc.Arbitrary<Desc> = fc.record({
  prompts: fc.tuple(
    ...PROMPTS.map((id) =>
      fc.record({ id: fc.constant(id), versions: fc.array(version, { minLength: 1, maxLength: 2 }) }),
    ),
  ),
  placements: fc.array(
    fc.record({
      aspect: fc.constantFrom(...ASPECTS),
      models: fc.uniqueArray(model, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 2, maxLength: 2 },
  ),
  variants: fc.array(
    fc.record({
      placement: mostly(fc.nat({ max: 1 }), fc.constant(2)),
      prompt: mostly(fc.nat({ max: 1 }), fc.constant(2)),
      version: mostly(fc.constant(1), fc.constantFrom(2, 3)),
      model: mostly(fc.constant(undefined), model),
    }),
    { minLength: 3, maxLength: 3 },
  ),
  products: fc.array(
    fc.record({
      category: fc.boolean(),
      attributes: fc.subarray(ATTRIBUTE_KEYS),
      variants: fc.uniqueArray(fc.nat({ max: 2 }), { minLength: 1, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  used: fc.array(
    fc.record({
      prompt: fc.nat({ max: 1 }),
      version: fc.integer({ min: 1, max: 2 }),
      same: mostly(fc.constant(true), fc.constant(false)),
    }),
    { maxLength: 3 },
  ),
});

const q = JSON.stringify;

async function writeRepo(dir: string, d: Desc): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const folder of ['catalog', 'placements', 'prompts', 'generated']) {
    await mkdir(path.join(dir, folder), { recursive: true });
  }
  for (const p of d.prompts) {
    const versions = p.versions.map(
      (v, i) =>
        `  ${i + 1}: { text: ${q(v.text)}${v.negative === undefined ? '' : `, negative: ${q(v.negative)}`} }`,
    );
    await writeFile(
      path.join(dir, `prompts/${p.id}.yaml`),
      `id: ${p.id}\nversions:\n${versions.join('\n')}\n`,
    );
  }
  // Index 2 of placements and prompts names one that does not exist.
  const placementId = (i: number) => `place-${i}`;
  const placements = d.placements.map(
    (p, i) => `  ${placementId(i)}: { aspect: "${p.aspect}", size: 1024, models: [${p.models.join(', ')}] }`,
  );
  const variants = d.variants.map(
    (v, i) =>
      `  v${i}: { placement: ${placementId(v.placement)}, prompt: "${PROMPTS[v.prompt] ?? 'nope'}@${v.version}"` +
      `${v.model === undefined ? '' : `, model: ${v.model}`} }`,
  );
  await writeFile(
    path.join(dir, 'placements/main.yaml'),
    `placements:\n${placements.join('\n')}\nvariants:\n${variants.join('\n')}\n`,
  );
  const products = d.products.map((p, i) =>
    [
      `  - sku: sku-${i}`,
      `    name: product ${i}`,
      ...(p.category ? ['    category: things'] : []),
      `    attributes: { ${['color', ...p.attributes].map((k) => `${q(k)}: x${k.length}`).join(', ')} }`,
      `    variants: [${p.variants.map((v) => `v${v}`).join(', ')}]`,
    ].join('\n'),
  );
  await writeFile(path.join(dir, 'catalog/main.yaml'), `products:\n${products.join('\n')}\n`);
  const records = d.used.map((u, i) => {
    const v = d.prompts[u.prompt]!.versions[u.version - 1];
    const hash = v && u.same ? templateHash(v) : 'f'.repeat(64);
    return q({
      key: `old-${i}/v0`,
      sku: `old-${i}`,
      variant: 'v0',
      genHash: 'a'.repeat(64),
      specHash: 'b'.repeat(64),
      prompt: `${PROMPTS[u.prompt]}@${u.version}`,
      templateHash: hash,
      model: 'nano-banana-2',
      provider: 'gemini',
      seed: 1,
      status: 'ok',
      attempts: 1,
      ms: 1,
      costUsd: 0,
      createdAt: '2026-01-01T00:00:00.000Z',
      runId: 'r1',
    });
  });
  await writeFile(path.join(dir, 'generated/manifest.jsonl'), records.map((r) => `${r}\n`).join(''));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-agree-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validate and plan agree', () => {
  it('every config plan rejects for a config reason, validate rejects too', async () => {
    const seen = { planRejected: 0, both: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(descArb, async (desc) => {
        const repo = path.join(dir, 'repo');
        await writeRepo(repo, desc);
        const plan = await buildPlan({ dir: repo });
        const checked = await validate({ dir: repo });
        // No budget is set, so every error plan reports is a config (or manifest) reason.
        const planErrors = plan.findings.filter((f) => f.severity === 'error');
        if (planErrors.length > 0) {
          seen.planRejected++;
          expect(hasErrors(checked.findings), JSON.stringify(planErrors)).toBe(true);
          expect(checked.config).toBeUndefined();
        }
        if (!hasErrors(checked.findings)) {
          seen.accepted++;
          // What validate accepts, plan plans: the same findings and a spec for every shot.
          expect(plan.findings).toEqual(checked.findings);
          expect(plan.plan.length).toBeGreaterThan(0);
        } else if (planErrors.length > 0) seen.both++;
      }),
      { numRuns: 150 },
    );
    // The generators reach both sides; otherwise the property above says nothing.
    expect(seen.planRejected).toBeGreaterThan(10);
    expect(seen.accepted).toBeGreaterThan(5);
  });
});
