// Issue 18: a QA check that cannot finish keeps the shot from being published as passed. The real
// QA (runQa) runs in the run's check step with a text detector whose model will not load; the shot
// is recorded qa-failed under review with the check's error and reason, and is not blocked, so
// the next run tries it again.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { buildSettings } from '../src/config/settings.js';
import { findModel } from '../src/domain/models.js';
import type { ShotSpec } from '../src/domain/spec.js';
import { closeOcr, runQa } from '../src/images/qa/index.js';
import { isBlocked } from '../src/plan/plan.js';
import { normaliseAndCheck } from '../src/run/check-step.js';
import { publishShot } from '../src/run/publish-step.js';
import { Checkpoint } from '../src/store/checkpoint.js';

// Any file that is not an ONNX model: the detector refuses to load it.
const notAModel = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'qa',
  'crashing-ocr-worker.mjs',
);
const tmp: string[] = [];
afterAll(async () => {
  await closeOcr();
  for (const d of tmp) await rm(d, { recursive: true, force: true });
});

const spec = {
  key: 'sku-1/pdp',
  sku: 'sku-1',
  variant: 'pdp',
  placement: 'pdp',
  model: 'flux-schnell',
  aspect: '1:1',
  size: 1600,
  format: 'webp',
  quality: 90,
  background: '#FFFFFF',
  seed: 7,
  promptId: 'p',
  promptVersion: 1,
  templateHash: 't',
  genHash: 'g'.repeat(64),
  specHash: 's'.repeat(64),
  qaHash: 'q'.repeat(64),
} as unknown as ShotSpec;

it('records a shot whose text check could not finish as qa-failed under review, not blocked', async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600"><rect width="1600" height="1600" fill="#FFFFFF"/><circle cx="800" cy="800" r="690" fill="#1E3A8A"/></svg>`;
  const raw = await sharp(Buffer.from(svg)).png().toBuffer();
  const qaSettings = { profile: 'marketplace-main', noText: true };
  const checked = await normaliseAndCheck(raw, spec, findModel('flux-schnell')!, qaSettings, (input) =>
    runQa(input, { ocr: { detectorModel: notAModel } }),
  );
  if (!checked.ok) throw new Error(`normalise failed: ${checked.error.message}`);
  const text = checked.checked.qa?.checks.find((c) => c.check === 'text');
  expect(text).toMatchObject({ status: 'error', value: null });
  // Nothing else is wrong with the image: the unfinished check alone keeps it from passing.
  expect(checked.checked.qa?.checks.filter((c) => c.status !== 'pass').map((c) => c.check)).toEqual(['text']);
  expect(checked.checked.qa?.status).toBe('fail');

  const root = await mkdtemp(path.join(os.tmpdir(), 'shotlist-qa-error-'));
  tmp.push(root);
  const { checkpoint } = await Checkpoint.open(path.join(root, 'generated/manifest.jsonl'));
  const record = await publishShot(
    { root, settings: buildSettings({}), checkpoint, runId: 'run-1' },
    {
      shot: { key: spec.key, status: 'new', spec },
      providerId: 'fal',
      seed: 7,
      raw,
      rederived: false,
      checked: checked.checked,
      tally: { attempts: 1, costUsd: 0 },
      startedAt: Date.now(),
    },
  );
  await checkpoint.close();
  expect(record.status).toBe('qa-failed');
  expect(record.output!.path).toBe('generated/.review/sku-1/pdp.webp');
  await expect(stat(path.join(root, 'generated/sku-1/pdp.webp'))).rejects.toThrow(/ENOENT/);
  expect(record.qa?.checks.find((c) => c.check === 'text')?.message).toMatch(
    /could not finish \(the text detector could not load its model .*crashing-ocr-worker\.mjs/,
  );
  expect(isBlocked(spec, { ...record, qaHash: spec.qaHash })).toBe(false);
}, 120_000);
