import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr, englishDataPath, readWords } from './ocr.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const offlineWorker = path.join(here, '..', '..', '..', 'test', 'fixtures', 'qa', 'offline-ocr-worker.mjs');

async function textImage(text: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="200"><rect width="900" height="200" fill="white"/><text x="40" y="130" font-family="DejaVu Sans, sans-serif" font-size="72" font-weight="bold">${text}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('offline OCR', () => {
  afterAll(async () => {
    await closeOcr();
  });

  it('reads the English model from the installed data package, not a URL', () => {
    const dir = englishDataPath();
    expect(path.isAbsolute(dir)).toBe(true);
    expect(existsSync(path.join(dir, 'eng.traineddata.gz'))).toBe(true);
  });

  it('reads words with no network in the worker thread, one reused worker, no cache file written', async () => {
    const options = { workerPath: offlineWorker };
    const first = await readWords(await textImage('SALE TODAY'), options);
    expect(first.map((w) => w.text)).toEqual(['SALE', 'TODAY']);
    expect(Math.min(...first.map((w) => w.confidence))).toBeGreaterThan(80);
    const second = await readWords(await textImage('WATERMARK'), options, { binarise: 'sauvola' });
    expect(second.map((w) => w.text)).toContain('WATERMARK');
    // cacheMethod 'none': tesseract.js would otherwise drop eng.traineddata into the working folder.
    expect(existsSync(path.join(process.cwd(), 'eng.traineddata'))).toBe(false);
  });

  it('the guard the OCR worker runs under is real: network calls in that thread throw', async () => {
    const guard = pathToFileURL(path.join(path.dirname(offlineWorker), 'worker-network-guard.mjs')).href;
    const code = `
      const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(guard)}).then(() => {
      const tries = [
        () => fetch('https://example.com/eng.traineddata.gz'),
        () => require('node:net').connect(443, 'example.com'),
        () => require('node:https').get('https://example.com/'),
      ];
      parentPort.postMessage(tries.map((t) => { try { t(); return 'connected'; } catch (e) { return e.message; } }));
      });`;
    const worker = new Worker(code, { eval: true });
    const results = await new Promise<string[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(results).toHaveLength(3);
    for (const r of results) expect(r).toMatch(/must run offline/);
  });
});
