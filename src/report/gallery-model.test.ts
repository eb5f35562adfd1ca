import { describe, expect, it } from 'vitest';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { buildGalleryModel } from './gallery-model.js';
import { renderGalleryHtml, scriptJson } from './gallery-html.js';

function rec(key: string, over: Partial<ManifestRecord> = {}): ManifestRecord {
  const [sku, variant] = key.split('/') as [string, string];
  return {
    key,
    sku,
    variant,
    genHash: 'g',
    specHash: 's',
    prompt: 'studio-white@2',
    templateHash: 't',
    model: 'studio',
    provider: 'studio',
    seed: 7,
    status: 'ok',
    output: {
      path: `generated/${key}.webp`,
      sha256: `sha-${key}`,
      bytes: 1,
      width: 100,
      height: 100,
      format: 'webp',
    },
    attempts: 1,
    ms: 1,
    costUsd: 0.04,
    createdAt: '2026-11-29T00:00:00Z',
    runId: 'r',
    ...over,
  };
}

const map = (...rs: ManifestRecord[]) => new Map(rs.map((r) => [r.key, r]));

describe('buildGalleryModel', () => {
  it('classifies shots against the base: new, changed (with the before image), unchanged', () => {
    const base = map(rec('a/x'), rec('b/x', { seed: 1 }));
    const now = map(
      rec('a/x'),
      rec('b/x', { output: { ...rec('b/x').output!, sha256: 'other' }, prompt: 'studio-white@3' }),
      rec('c/x'),
    );
    const m = buildGalleryModel({ records: now, baseRecords: base, baseLabel: 'HEAD (abc)' });
    const by = new Map(m.shots.map((s) => [s.key, s]));
    expect(by.get('a/x')!.change).toBe('unchanged');
    expect(by.get('a/x')!.before).toBeUndefined();
    expect(by.get('b/x')!.change).toBe('changed');
    expect(by.get('b/x')!.before).toMatchObject({
      ref: { kind: 'base-file', path: 'generated/b/x.webp', sha256: 'sha-b/x' },
      prompt: 'studio-white@2',
      seed: 1,
    });
    expect(by.get('c/x')!.change).toBe('new');
    expect(m.counts).toMatchObject({ all: 3, new: 1, changed: 1 });
  });

  it('without a base nothing is called new or changed', () => {
    const m = buildGalleryModel({ records: map(rec('a/x')) });
    expect(m.shots[0]!.change).toBe('unchanged');
    expect(m.counts.new).toBe(0);
  });

  it('an accepted shot counts as changed even with the same image; no before/after pair', () => {
    const base = map(rec('a/x', { status: 'qa-failed' }));
    const now = map(
      rec('a/x', { status: 'accepted', qa: { status: 'fail', checks: [], acceptedBy: 'kim' } }),
    );
    const s = buildGalleryModel({ records: now, baseRecords: base }).shots[0]!;
    expect(s.change).toBe('changed');
    expect(s.before).toBeUndefined();
    expect(s.qa?.acceptedBy).toBe('kim');
  });

  it('blocked is a failure that cannot succeed on retry; a transient failure is only failed', () => {
    const m = buildGalleryModel({
      records: map(
        rec('a/x', { status: 'failed', output: undefined, error: { kind: 'refused', message: 'cluttered' } }),
        rec('b/x', { status: 'failed', output: undefined, error: { kind: 'timeout', message: 'slow' } }),
        rec('c/x', { status: 'qa-failed' }),
      ),
    });
    expect(m.shots.map((s) => [s.key, s.blocked])).toEqual([
      ['a/x', true],
      ['b/x', false],
      ['c/x', false],
    ]);
    expect(m.counts).toMatchObject({ blocked: 1, failed: 1, 'qa-failed': 1 });
  });

  it("takes the plan's blocked keys when given (a repeatable QA failure is blocked too)", () => {
    const records = map(
      rec('a/x', { status: 'qa-failed' }),
      rec('b/x', { status: 'failed', error: { kind: 'refused', message: 'no' } }),
    );
    const m = buildGalleryModel({ records, blocked: new Set(['a/x']) });
    expect(m.shots.map((s) => [s.key, s.blocked])).toEqual([
      ['a/x', true],
      ['b/x', false],
    ]);
  });

  it('keeps catalog order and variant order, adds configured shots without a record as pending', () => {
    const m = buildGalleryModel({
      records: map(rec('zz/v1'), rec('mm/v2'), rec('orphan/v9')),
      products: [
        { sku: 'zz', name: 'Zed', variants: ['v1', 'v2'] },
        { sku: 'mm', name: 'Em', variants: ['v2'] },
      ],
      variantOrder: ['v2', 'v1', 'unused'],
    });
    expect(m.products.map((p) => p.sku)).toEqual(['zz', 'mm', 'orphan']);
    expect(m.variants).toEqual(['v2', 'v1', 'v9']);
    expect(m.shots.find((s) => s.key === 'zz/v2')).toMatchObject({ status: 'missing', change: 'missing' });
  });

  it('a pending provider job is shown as in progress with its job, not as missing', () => {
    const m = buildGalleryModel({
      records: map(
        rec('a/x', { status: 'pending', output: undefined, job: { provider: 'fal', id: 'j-1', seed: 7 } }),
      ),
      products: [{ sku: 'a', name: 'A', variants: ['x'] }],
    });
    expect(m.shots).toHaveLength(1);
    expect(m.shots[0]).toMatchObject({ status: 'pending', job: { provider: 'fal', id: 'j-1' } });
    expect(m.shots[0]!.image).toBeUndefined();
  });

  it('takes only http(s) store URLs from the manifest (a javascript: URL would run when clicked)', () => {
    const out = (url: string) => ({ ...rec('a/x').output!, path: undefined, url });
    const m = buildGalleryModel({
      records: map(
        rec('a/x', { output: out('javascript:alert(1)') }),
        rec('b/x', { output: out('https://cdn.example/b.webp') }),
      ),
    });
    expect(m.shots[0]!.image).toBeUndefined();
    expect(m.shots[1]!.image!.ref).toMatchObject({ kind: 'url', url: 'https://cdn.example/b.webp' });
  });

  it('keeps only the messages of checks that did not pass', () => {
    const m = buildGalleryModel({
      records: map(
        rec('a/x', {
          qa: {
            status: 'fail',
            checks: [
              { check: 'fill', status: 'fail', value: 0.97, threshold: [0.7, 0.9], message: 'too big' },
              { check: 'sharpness', status: 'pass', value: 0.9, threshold: 0.45, message: 'fine' },
            ],
          },
        }),
      ),
    });
    expect(m.shots[0]!.qa!.checks).toEqual([
      { check: 'fill', status: 'fail', value: 0.97, threshold: [0.7, 0.9], message: 'too big' },
      { check: 'sharpness', status: 'pass', value: 0.9, threshold: 0.45 },
    ]);
  });
});

describe('renderGalleryHtml', () => {
  it('embeds data so that no string can close the script element', () => {
    expect(scriptJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script');
    const model = buildGalleryModel({
      records: map(rec('a/x')),
      products: [{ sku: 'a', name: '</script><img src=x onerror=alert(1)>', variants: ['x'] }],
      title: 'review <b>',
    });
    const html = renderGalleryHtml(model);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>review &#60;b&#62;</title>');
  });

  it('references nothing outside the page: no external script, style, font or image URL', () => {
    const html = renderGalleryHtml(buildGalleryModel({ records: map(rec('a/x')) }));
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });
});
