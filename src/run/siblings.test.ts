import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { resolveSpecs } from '../plan/resolve.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { isStudioModel, meantToDiffer, SiblingPhashes, type SiblingShot } from './siblings.js';

const shot = (key: string, promptId: string, model: string): SiblingShot => ({
  key,
  sku: key.split('/')[0]!,
  promptId,
  model,
});

function record(key: string, status: ManifestRecord['status'], phash?: string): ManifestRecord {
  const [sku, variant] = key.split('/') as [string, string];
  return {
    key,
    sku,
    variant,
    genHash: 'g',
    specHash: 's',
    prompt: 'x@1',
    templateHash: 't',
    model: 'nano-banana-2',
    provider: 'gemini',
    seed: 1,
    status,
    attempts: 1,
    ms: 1,
    costUsd: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    runId: 'r',
    ...(phash === undefined ? {} : { qa: { status: 'pass', checks: [], phash } }),
  };
}

const A = '0123456789abcdef';
const B = 'fedcba9876543210';
const C = '00000000ffffffff';

describe('meantToDiffer', () => {
  it('compares variants of one product whose prompt templates differ', () => {
    expect(
      meantToDiffer(
        shot('p/pdp', 'studio-white', 'nano-banana-2'),
        shot('p/life', 'lifestyle', 'nano-banana-2'),
      ),
    ).toBe(true);
    // A hosted scene must not come back as the studio packshot.
    expect(
      meantToDiffer(shot('p/pdp', 'studio-white', 'studio'), shot('p/life', 'lifestyle', 'nano-banana-pro')),
    ).toBe(true);
  });

  it('does not compare the same template at other placements, whatever its version or model', () => {
    expect(
      meantToDiffer(
        shot('p/pdp', 'studio-white', 'nano-banana-2'),
        shot('p/grid', 'studio-white', 'nano-banana-pro'),
      ),
    ).toBe(false);
    expect(
      meantToDiffer(shot('p/pdp', 'studio-white', 'studio'), shot('p/grid', 'studio-white', 'nano-banana-2')),
    ).toBe(false);
  });

  it('never compares two studio shots: the studio ignores the prompt', () => {
    expect(isStudioModel('studio')).toBe(true);
    expect(isStudioModel('nano-banana-2')).toBe(false);
    expect(
      meantToDiffer(shot('p/pdp', 'studio-white', 'studio'), shot('p/alt', 'studio-grey', 'studio')),
    ).toBe(false);
  });

  it('never compares across products or a shot with itself', () => {
    expect(meantToDiffer(shot('p/pdp', 'a', 'nano-banana-2'), shot('q/life', 'b', 'nano-banana-2'))).toBe(
      false,
    );
    expect(meantToDiffer(shot('p/pdp', 'a', 'nano-banana-2'), shot('p/pdp', 'b', 'nano-banana-2'))).toBe(
      false,
    );
  });

  it('compares no two variants of the example catalog; a hosted lifestyle variant is compared with every studio one', async () => {
    const root = path.resolve('.');
    const { config } = await loadConfig(root);
    expect(config).toBeDefined();
    const specs = await resolveSpecs(config!);
    expect(specs.length).toBe(14);
    const pairs = specs.flatMap((a) => specs.filter((b) => a.key < b.key && meantToDiffer(a, b)));
    expect(pairs).toEqual([]);
    const camera = specs.filter((s) => s.sku === 'camera-0707');
    expect(camera.map((s) => s.variant).sort()).toEqual(['grid', 'hero', 'pdp-main', 'social']);
    const lifestyle = shot('camera-0707/hero-lifestyle', 'lifestyle', 'nano-banana-2');
    expect(camera.filter((s) => meantToDiffer(lifestyle, s))).toHaveLength(4);
  });
});

describe('SiblingPhashes', () => {
  const life = shot('p/life', 'lifestyle', 'nano-banana-2');
  const pdp = shot('p/pdp', 'studio-white', 'nano-banana-2');
  const grid = shot('p/grid', 'studio-white', 'nano-banana-2');
  const scene = shot('p/scene', 'scene', 'nano-banana-2');
  const other = shot('q/pdp', 'studio-white', 'nano-banana-2');

  it('uses published manifest pHashes of siblings meant to differ, not those this run remakes', () => {
    const records = new Map(
      [
        record('p/pdp', 'ok', A),
        record('p/grid', 'accepted', B),
        record('p/scene', 'ok', C),
        record('q/pdp', 'ok', A),
      ].map((r) => [r.key, r]),
    );
    const index = new SiblingPhashes([life, pdp, grid, scene, other], records, ['p/life', 'p/scene']);
    expect(index.known(life)).toEqual([
      { key: 'p/pdp', phash: A },
      { key: 'p/grid', phash: B },
    ]);
    // pdp and grid share a template: neither is compared with the other.
    expect(index.known(pdp)).toEqual([]);
  });

  it('ignores review copies, failures, missing or malformed pHashes (older manifests)', () => {
    const records = new Map(
      [
        record('p/pdp', 'qa-failed', A),
        record('p/grid', 'failed'),
        record('p/scene', 'ok', 'not-a-phash'),
      ].map((r) => [r.key, r]),
    );
    const old = record('p/extra', 'ok');
    records.set(old.key, old);
    const extra = shot('p/extra', 'extra', 'nano-banana-2');
    const index = new SiblingPhashes([life, pdp, grid, scene, extra], records, ['p/life']);
    expect(index.known(life)).toEqual([]);
  });

  it('adds shots of this run once published and drops them when forgotten', () => {
    const index = new SiblingPhashes([life, pdp, scene], new Map(), ['p/life', 'p/pdp', 'p/scene']);
    expect(index.known(life)).toEqual([]);
    index.publish(pdp, A);
    index.publish(scene, 'xyz');
    expect(index.known(life)).toEqual([{ key: 'p/pdp', phash: A }]);
    expect(index.known(pdp)).toEqual([]);
    index.forget('p', 'p/pdp');
    expect(index.known(life)).toEqual([]);
  });
});
