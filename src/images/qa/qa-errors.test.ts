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

async function shot(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600"><rect width="1600" height="1600" fill="#FFFFFF"/><circle cx="800" cy="800" r="690" fill="#1E3A8A"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const placement = { aspect: '1:1', size: 1600, background: '#FFFFFF', qa: { profile: 'marketplace-main' } };

describe('a check that cannot finish', () => {
  afterEach(async () => {
    await closeOcr();
  });

  it('is reported as an error with the reason, and the image fails rather than passes', async () => {
    const ocr = { workerPath: path.join(fixtures, 'crashing-ocr-worker.mjs') };
    const report = await runQa({ image: await shot(), ...placement }, { ocr });
    const text = report.checks.find((c) => c.check === 'text');
    expect(text).toMatchObject({ status: 'error', value: null });
    expect(text?.message).toMatch(/could not finish \(OCR failed: the OCR worker exited \(code 7\)\)/);
    expect(report.status).toBe('fail');
    // Every other check still ran and passed: only the unfinished one blocks the image.
    expect(report.checks.filter((c) => c.status !== 'pass').map((c) => c.check)).toEqual(['text']);
    expect(describeChecks([text!])).toMatch(/^text: the check could not finish/);
    expect(formatReport('shot.png', report)).toMatch(/^shot\.png: FAIL\n[\s\S]*error\s+text/);
  });

  it('does not leave a dead worker behind: the next image gets a working one', async () => {
    const ocr = { workerPath: path.join(fixtures, 'crashing-ocr-worker.mjs') };
    await expect(readWords(await shot(), ocr)).rejects.toThrow(/OCR worker exited/);
    const report = await runQa(
      { image: await shot(), ...placement },
      { ocr: { workerPath: path.join(fixtures, 'offline-ocr-worker.mjs') } },
    );
    expect(report.checks.find((c) => c.check === 'text')).toMatchObject({ status: 'pass' });
    expect(report.status).toBe('pass');
  });

  it('an image the OCR engine rejects fails that read without taking the process down', async () => {
    await expect(readWords(Buffer.from('not an image at all'))).rejects.toThrow(/OCR failed/);
    const words = await readWords(await shot());
    expect(words.filter((w) => w.confidence > 70)).toEqual([]);
  });
});
