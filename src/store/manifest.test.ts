import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordFor, sampleConfig } from '../../test/plan-fixtures.js';
import { planShots } from '../plan/plan.js';
import { resolveSpecs } from '../plan/resolve.js';
import {
  mergeManifests,
  parseManifest,
  RAW_KEPT,
  readManifest,
  serialiseRecord,
  writeManifest,
} from './manifest.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tmp(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'shotlist-manifest-'));
  dirs.push(d);
  return d;
}

describe('manifest', () => {
  it('round-trips records, sorted by key, one line each, key first', async () => {
    const specs = await resolveSpecs(sampleConfig(4));
    const records = specs.map((s) => recordFor(s)).reverse();
    const file = path.join(await tmp(), 'manifest.jsonl');
    await writeManifest(file, records);
    const text = await readFile(file, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(records.length);
    expect(lines.map((l) => (JSON.parse(l) as { key: string }).key)).toEqual(specs.map((s) => s.key));
    expect(lines.every((l) => l.startsWith('{"key":'))).toBe(true);
    const back = await readManifest(file);
    expect(back.warnings).toEqual([]);
    expect([...back.records.values()]).toEqual(records.slice().reverse());
    // Writing what was read gives the same bytes.
    await writeManifest(file, back.records.values());
    expect(await readFile(file, 'utf8')).toBe(text);
    // No temp files left behind.
    expect(await readdir(path.dirname(file))).toEqual(['manifest.jsonl']);
  });

  it('treats a missing file as an empty manifest', async () => {
    const r = await readManifest(path.join(await tmp(), 'nope.jsonl'));
    expect(r.records.size).toBe(0);
  });

  it('reports a trailing partial line as a warning and keeps the rest', async () => {
    const specs = await resolveSpecs(sampleConfig(2));
    const full = specs.map((s) => serialiseRecord(recordFor(s))).join('\n') + '\n';
    const file = path.join(await tmp(), 'manifest.jsonl');
    await writeFile(file, full + '{"key":"sku-9/pdp-main","genHa');
    const r = await readManifest(file);
    expect(r.records.size).toBe(specs.length);
    expect(r.corrupt).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      new RegExp(`manifest\\.jsonl:${specs.length + 1}: ignored an unfinished last line`),
    );
  });

  it('reports a corrupt middle line with its line number', () => {
    const r = parseManifest(
      '{"key":"a/x","genHash":"1","specHash":"2"}\n<<<<<<< HEAD\n{"key":"b/x","genHash":"1","specHash":"2"}\n{"nokey":1}\n',
      'generated/manifest.jsonl',
    );
    expect([...r.records.keys()]).toEqual(['a/x', 'b/x']);
    expect(r.corrupt.map((c) => c.line)).toEqual([2, 4]);
    expect(r.warnings[0]).toMatch(/^generated\/manifest\.jsonl:2: line is not valid JSON/);
    expect(r.warnings[1]).toMatch(/^generated\/manifest\.jsonl:4: line is JSON but not a manifest record/);
  });

  it('merges by key: newer createdAt wins, the rest is the union, order does not matter', async () => {
    const specs = await resolveSpecs(sampleConfig(3));
    const [s0, s1, s2] = specs;
    const a = [
      recordFor(s0!, { createdAt: '2026-01-01T00:00:00Z', runId: 'a' }),
      recordFor(s1!, { createdAt: '2026-01-03T00:00:00Z', runId: 'a' }),
    ];
    const b = [
      recordFor(s0!, { createdAt: '2026-01-02T00:00:00Z', runId: 'b' }),
      recordFor(s1!, { createdAt: '2026-01-02T00:00:00Z', runId: 'b' }),
      recordFor(s2!, { createdAt: '2026-01-02T00:00:00Z', runId: 'b' }),
    ];
    const ab = mergeManifests(a, b);
    const ba = mergeManifests(b, a);
    expect(ab.get(s0!.key)!.runId).toBe('b');
    expect(ab.get(s1!.key)!.runId).toBe('a');
    expect(ab.get(s2!.key)!.runId).toBe('b');
    expect(ab.size).toBe(3);
    expect([...ba.entries()].sort()).toEqual([...ab.entries()].sort());
    // Equal timestamps still merge the same way in either order.
    const t1 = recordFor(s0!, { runId: 'x' });
    const t2 = recordFor(s0!, { runId: 'y' });
    expect(mergeManifests([t1], [t2]).get(s0!.key)).toEqual(mergeManifests([t2], [t1]).get(s0!.key));
  });

  it('keeps the newer of two lines with the same key and says so', () => {
    const r = parseManifest(
      '{"key":"a/x","genHash":"1","specHash":"2","createdAt":"2026-01-02T00:00:00Z"}\n' +
        '{"key":"a/x","genHash":"9","specHash":"9","createdAt":"2026-01-01T00:00:00Z"}\n',
    );
    expect(r.records.get('a/x')!.genHash).toBe('1');
    expect(r.warnings[0]).toMatch(/appears more than once/);
  });

  it('can leave out QA detail, output, job id and where raw is for planning, keeping everything else', async () => {
    const [spec] = await resolveSpecs(sampleConfig(1));
    const record = recordFor(spec!, {
      qa: { status: 'pass', checks: [{ check: 'fill', status: 'pass', value: 0.8 }] },
    });
    const text = serialiseRecord(record) + '\n';
    const lean = parseManifest(text, 'm.jsonl', { forPlanning: true }).records.get(spec!.key)!;
    const { qa: _qa, output: _output, jobId: _jobId, ...rest } = record;
    expect(record.output).toBeDefined();
    expect(record.raw).toBeDefined();
    expect(lean).toEqual({ ...rest, raw: RAW_KEPT });
    const rawless = { ...record, key: 'b/x', raw: undefined };
    const leanRawless = parseManifest(serialiseRecord(rawless) + '\n', 'm.jsonl', { forPlanning: true });
    expect(leanRawless.records.get('b/x')!.raw).toBeUndefined();
    expect(parseManifest(text).records.get(spec!.key)).toEqual(record);
  });

  it('keeps the QA checks of a qa-failed shot for planning: they decide whether it is blocked', async () => {
    const [spec] = await resolveSpecs(sampleConfig(1));
    const qa = { status: 'fail' as const, checks: [{ check: 'ocr', status: 'error' as const, value: null }] };
    const record = recordFor(spec!, { status: 'qa-failed', qa });
    const lean = parseManifest(serialiseRecord(record) + '\n', 'm.jsonl', { forPlanning: true });
    expect(lean.records.get(spec!.key)!.qa).toEqual(qa);
    // A check that could not finish does not block: the shot is tried again, as generate would.
    expect(planShots([spec!], lean.records)[0]!.status).toBe('failed-last-time');
  });

  it('reads UTF-8 bytes line by line, multi-byte characters included', () => {
    const text = '{"key":"café-1/x","genHash":"1","specHash":"2","error":{"kind":"x","message":"日本"}}\r\n';
    const r = parseManifest(Buffer.from(text + text.replace('café-1', 'thé-2')), 'm.jsonl');
    expect([...r.records.keys()]).toEqual(['café-1/x', 'thé-2/x']);
    expect(r.records.get('thé-2/x')!.error!.message).toBe('日本');
    expect(r.warnings).toEqual([]);
  });
});
