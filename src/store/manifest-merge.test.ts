import { describe, expect, it } from 'vitest';
import type { ManifestRecord } from '../domain/manifest-record.js';
import { serialiseManifest } from './manifest.js';
import { mergeManifestTexts, mergeRecords } from './manifest-merge.js';

function rec(key: string, createdAt: string, runId = 'r'): ManifestRecord {
  const [sku, variant] = key.split('/') as [string, string];
  return {
    key,
    sku,
    variant,
    genHash: `g-${key}-${runId}`,
    specHash: `s-${key}-${runId}`,
    prompt: 'p@1',
    templateHash: 't',
    model: 'studio',
    provider: 'studio',
    seed: 1,
    status: 'ok',
    output: { path: `generated/${key}.webp`, sha256: runId, bytes: 1, width: 1, height: 1, format: 'webp' },
    attempts: 1,
    ms: 1,
    costUsd: 0,
    createdAt,
    runId,
  };
}
const map = (...rs: ManifestRecord[]) => new Map(rs.map((r) => [r.key, r]));

describe('mergeRecords', () => {
  it('keeps every key of both sides and the newer record where both have one, whichever side is ours', () => {
    const ours = map(rec('a/x', '2026-01-01T00:00:00Z', 'old'), rec('b/x', '2026-01-01T00:00:00Z'));
    const theirs = map(rec('a/x', '2026-01-02T00:00:00Z', 'new'), rec('c/x', '2026-01-01T00:00:00Z'));
    const one = mergeRecords(undefined, ours, theirs);
    const two = mergeRecords(undefined, theirs, ours);
    expect([...one.keys()].sort()).toEqual(['a/x', 'b/x', 'c/x']);
    expect(one.get('a/x')!.runId).toBe('new');
    expect(serialiseManifest(one.values())).toBe(serialiseManifest(two.values()));
  });

  it('lets a deletion stand unless the other side changed that record since the base', () => {
    const base = map(rec('gone/x', '2026-01-01T00:00:00Z'), rec('kept/x', '2026-01-01T00:00:00Z'));
    const ours = map(rec('gone/x', '2026-01-01T00:00:00Z'), rec('kept/x', '2026-01-03T00:00:00Z', 'redone'));
    const theirs = new Map<string, ManifestRecord>(); // pruned both
    const merged = mergeRecords(base, ours, theirs);
    expect([...merged.keys()]).toEqual(['kept/x']);
    expect(merged.get('kept/x')!.runId).toBe('redone');
  });
});

describe('mergeManifestTexts', () => {
  it('refuses conflict markers rather than dropping the shots on those lines', () => {
    const good = serialiseManifest([rec('a/x', '2026-01-01T00:00:00Z')]);
    const marked = `<<<<<<< ours\n${good}=======\n${good}>>>>>>> theirs\n`;
    const result = mergeManifestTexts(undefined, [
      { name: 'a.jsonl', text: good },
      { name: 'b.jsonl', text: marked },
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^b\.jsonl:1: line is not valid JSON/);
  });

  it('combines any number of shard manifests into one sorted manifest', () => {
    const shards = [0, 1, 2].map((i) => ({
      name: `shard-${i}.jsonl`,
      text: serialiseManifest([
        rec(`s${i}/x`, '2026-01-01T00:00:00Z'),
        rec('common/x', `2026-01-0${i + 1}T00:00:00Z`, `r${i}`),
      ]),
    }));
    const result = mergeManifestTexts(undefined, shards);
    expect(result.ok && result.records).toBe(4);
    const lines = result.ok ? result.text.trimEnd().split('\n') : [];
    expect(lines.map((l) => (JSON.parse(l) as ManifestRecord).key)).toEqual([
      'common/x',
      's0/x',
      's1/x',
      's2/x',
    ]);
    expect((JSON.parse(lines[0]!) as ManifestRecord).runId).toBe('r2');
  });
});
