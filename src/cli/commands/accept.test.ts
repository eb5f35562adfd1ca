import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../run/files.js';
import { readManifest, writeManifest } from '../../store/manifest.js';
import type { ManifestRecord } from '../../domain/manifest-record.js';
import { main } from '../main.js';
import { captureIO } from '../../../test/helpers/capture-io.js';

let dir: string;
const image = Buffer.from('not really a jpeg, but bytes with a known hash');

function record(key: string, status: ManifestRecord['status'], outPath: string): ManifestRecord {
  const [sku, variant] = key.split('/') as [string, string];
  return {
    key,
    sku,
    variant,
    genHash: 'g'.repeat(64),
    specHash: 's'.repeat(64),
    prompt: 'studio-white@1',
    templateHash: 't'.repeat(64),
    model: 'nano-banana-2',
    provider: 'gemini',
    seed: 7,
    status,
    output: {
      path: outPath,
      sha256: sha256(image),
      bytes: image.length,
      width: 1600,
      height: 1600,
      format: 'jpeg',
    },
    qa: {
      status: 'fail',
      checks: [{ check: 'halo', status: 'fail', value: 0.6, threshold: 0.35, message: 'cut-out halo' }],
      phash: '8f3c00ff12ab34cd',
    },
    attempts: 3,
    ms: 1200,
    costUsd: 0.12,
    createdAt: '2026-11-24T10:00:00.000Z',
    runId: 'run-1',
  };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shotlist-accept-'));
  for (const d of ['placements', 'prompts', 'catalog', 'generated/.review/disc-1'])
    await mkdir(path.join(dir, d), { recursive: true });
  await writeFile(path.join(dir, 'shotlist.yaml'), 'storage: { kind: git }\n');
  await writeFile(
    path.join(dir, 'placements', 'main.yaml'),
    "placements:\n  pdp-main:\n    aspect: '1:1'\n    size: 1600\n    format: jpeg\n    quality: 90\n    background: '#FFFFFF'\n    models: [nano-banana-2]\nvariants:\n  pdp-main: { placement: pdp-main, prompt: studio-white@1 }\n  grid: { placement: pdp-main, prompt: studio-white@1 }\n",
  );
  await writeFile(
    path.join(dir, 'prompts', 'studio-white.yaml'),
    'id: studio-white\nversions:\n  1: { text: "studio photo of {{name}}" }\n',
  );
  await writeFile(
    path.join(dir, 'catalog', 'c.yaml'),
    'products:\n  - sku: disc-1\n    name: blue disc\n    variants: [pdp-main, grid]\n',
  );
  await writeFile(path.join(dir, 'generated/.review/disc-1/pdp-main.jpg'), image);
  await writeManifest(path.join(dir, 'generated', 'manifest.jsonl'), [
    record('disc-1/pdp-main', 'qa-failed', 'generated/.review/disc-1/pdp-main.jpg'),
    record('disc-1/grid', 'ok', 'generated/disc-1/grid.jpg'),
  ]);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('shotlist accept', () => {
  it('publishes the kept image and records who accepted it, keeping the QA values', async () => {
    const io = captureIO(dir);
    expect(await main(['accept', 'disc-1/pdp-main', '--by', 'Ana Reviewer'], io)).toBe(0);
    expect(io.out).toMatch(
      /disc-1\/pdp-main: accepted by Ana Reviewer despite halo; published at generated\/disc-1\/pdp-main\.jpg/,
    );
    expect(await readFile(path.join(dir, 'generated/disc-1/pdp-main.jpg'))).toEqual(image);
    expect(existsSync(path.join(dir, 'generated/.review/disc-1/pdp-main.jpg'))).toBe(false);
    const { records } = await readManifest(path.join(dir, 'generated', 'manifest.jsonl'));
    const r = records.get('disc-1/pdp-main')!;
    expect(r.status).toBe('accepted');
    expect(r.output?.path).toBe('generated/disc-1/pdp-main.jpg');
    expect(r.qa).toMatchObject({
      status: 'fail',
      acceptedBy: 'Ana Reviewer',
      checks: [{ check: 'halo', value: 0.6 }],
      // Kept, so the product's other variants are compared against the now published image.
      phash: '8f3c00ff12ab34cd',
    });
    expect(records.get('disc-1/grid')!.status).toBe('ok');
    expect(existsSync(path.join(dir, 'generated', 'manifest.jsonl.journal'))).toBe(false);

    const again = captureIO(dir);
    expect(await main(['accept', 'disc-1/pdp-main', '--by', 'Bo'], again)).toBe(0);
    expect(again.out).toMatch(/already accepted by Ana Reviewer/);
  });

  it('refuses shots that are not waiting for review, unknown keys and changed images, exit 1', async () => {
    const ok = captureIO(dir);
    expect(await main(['accept', 'disc-1/grid', '--by', 'Ana'], ok)).toBe(1);
    expect(ok.err).toMatch(/disc-1\/grid: is ok, not qa-failed/);
    const unknown = captureIO(dir);
    expect(await main(['accept', 'disc-9/pdp-main', '--by', 'Ana'], unknown)).toBe(1);
    expect(unknown.err).toMatch(
      /no such shot in generated\/manifest\.jsonl; shots waiting for review: disc-1\/pdp-main/,
    );
    await writeFile(path.join(dir, 'generated/.review/disc-1/pdp-main.jpg'), 'tampered');
    const changed = captureIO(dir);
    expect(await main(['accept', 'disc-1/pdp-main', '--by', 'Ana'], changed)).toBe(1);
    expect(changed.err).toMatch(/no longer matches the manifest's sha256/);
    const { records } = await readManifest(path.join(dir, 'generated', 'manifest.jsonl'));
    expect(records.get('disc-1/pdp-main')!.status).toBe('qa-failed');
  });

  it('wrong usage exits 2: a malformed key, or nobody named', async () => {
    const bad = captureIO(dir);
    expect(await main(['accept', 'disc-1', '--by', 'Ana'], bad)).toBe(2);
    expect(bad.err).toMatch(/not a shot key: expected sku\/variant/);
    const nobody = captureIO(dir);
    expect(await main(['accept', 'disc-1/pdp-main'], nobody)).toBe(2);
    expect(nobody.err).toMatch(/say who accepts with --by/);
  });
});
