import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReport } from '../../cli/commands/qa.js';
import { describeChecks } from '../../report/run-report.js';
import { closeOcr, runQa } from './index.js';
import { readWords } from './ocr.js';

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'qa',
);

/** A blue disc on white; with `overlay`, "SALE -50%" across its top and the backdrop. */
async function shot(overlay = false): Promise<Buffer> {
  const sale = overlay
    ? `<text x="800" y="100" font-family="DejaVu Sans, sans-serif" font-size="100" font-weight="bold" fill="#E00000" text-anchor="middle">SALE -50%</text>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600"><rect width="1600" height="1600" fill="#FFFFFF"/><circle cx="800" cy="800" r="690" fill="#1E3A8A"/>${sale}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const placement = { aspect: '1:1', size: 1600, background: '#FFFFFF', qa: { profile: 'marketplace-main' } };

describe('a check that cannot finish', () => {
  afterEach(async () => {
    await closeOcr();
  });

  it('is reported as an error with the reason, and the image fails rather than passes', async () => {
    const broken = path.join(fixtures, 'crashing-ocr-worker.mjs');
    const report = await runQa({ image: await shot(), ...placement }, { ocr: { detectorModel: broken } });
    const text = report.checks.find((c) => c.check === 'text');
    expect(text).toMatchObject({ status: 'error', value: null });
    expect(text?.message).toMatch(
      /could not finish \(the text detector could not load its model .*crashing-ocr-worker/,
    );
    expect(report.status).toBe('fail');
    // Every other check still ran and passed: only the unfinished one blocks the image.
    expect(report.checks.filter((c) => c.status !== 'pass').map((c) => c.check)).toEqual(['text']);
    expect(describeChecks([text!])).toMatch(/^text: the check could not finish/);
    expect(formatReport('shot.png', report)).toMatch(/^shot\.png: FAIL\n[\s\S]*error\s+text/);
  });

  it("keeps the detector's verdict when the OCR that reads an overlay's words dies", async () => {
    const ocr = { workerPath: path.join(fixtures, 'crashing-ocr-worker.mjs') };
    const report = await runQa({ image: await shot(true), ...placement }, { ocr });
    const text = report.checks.find((c) => c.check === 'text');
    expect(text?.status).toBe('fail');
    expect(text?.message).toMatch(
      /text overlay on the background where the placement forbids text \(words not read: OCR failed: the OCR worker exited \(code 7\)\)/,
    );
  });

  it('does not leave a dead worker behind: the next image gets a working one', async () => {
    const ocr = { workerPath: path.join(fixtures, 'crashing-ocr-worker.mjs') };
    await expect(readWords(await shot(), ocr)).rejects.toThrow(/OCR worker exited/);
    const report = await runQa(
      { image: await shot(true), ...placement },
      { ocr: { workerPath: path.join(fixtures, 'offline-ocr-worker.mjs') } },
    );
    const text = report.checks.find((c) => c.check === 'text');
    expect(text).toMatchObject({ status: 'fail' });
    expect(String(text?.value)).toMatch(/SALE|50/);
  });

  it('an image the OCR engine rejects fails that read without taking the process down', async () => {
    await expect(readWords(Buffer.from('not an image at all'))).rejects.toThrow(/OCR failed/);
    const words = await readWords(await shot());
    expect(words.filter((w) => w.confidence > 70)).toEqual([]);
  });
});
