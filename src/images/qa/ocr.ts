import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);

/** Where the English LSTM model from `@tesseract.js-data/eng` is installed (a local folder, never a URL). */
export function englishDataPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  confidence: number;
  /** The word's box in the image read, px. */
  box: Box;
  /** The box of the text line the word belongs to. */
  line: Box;
}

export interface ReadOptions {
  /**
   * Otsu's global threshold (tesseract's default), or Sauvola's local one, which finds dark text
   * on a dark product.
   */
  binarise?: 'otsu' | 'sauvola';
  /** Sparse text over a whole image, or one line of text (a crop round a candidate line). */
  layout?: 'sparse' | 'line';
}

export interface OcrOptions {
  /** A different worker script (tests wrap the stock one to forbid network inside the worker thread). */
  workerPath?: string;
}

let shared: Promise<Worker> | undefined;

/**
 * One lazily created tesseract.js worker, reused for every image. Offline: the LSTM core comes
 * from `tesseract.js-core` in node_modules, the model is read from the installed data package,
 * and `cacheMethod: 'none'` keeps it from writing a traineddata copy into the working folder.
 */
export function ocrWorker(options: OcrOptions = {}): Promise<Worker> {
  shared ??= (async () => {
    const { createWorker, OEM, PSM } = await import('tesseract.js');
    const worker = await createWorker('eng', OEM.LSTM_ONLY, {
      langPath: englishDataPath(),
      gzip: true,
      cacheMethod: 'none',
      ...(options.workerPath ? { workerPath: options.workerPath } : {}),
    });
    // Sparse text: find words scattered over a photo, rather than laying out a page of text.
    // The analysis PNG carries no resolution; saying 72 dpi keeps tesseract from warning on stderr,
    // and its other notes ("Detected 12 diacritics", "Line cannot be recognized") go nowhere
    // rather than into the CLI's stderr.
    await worker.setParameters({
      tessedit_pageseg_mode: PSM.SPARSE_TEXT,
      user_defined_dpi: '72',
      debug_file: '/dev/null',
    } as never);
    return worker;
  })();
  shared.catch(() => {
    shared = undefined;
  });
  return shared;
}

/** Words tesseract reads in a PNG, with their confidence (0-100) and boxes. */
export async function readWords(
  png: Buffer,
  options: OcrOptions = {},
  read: ReadOptions = {},
): Promise<OcrWord[]> {
  const worker = await ocrWorker(options);
  // Parameters stick to the shared worker, so every call sets the ones it needs.
  await worker.setParameters({
    thresholding_method: read.binarise === 'sauvola' ? '2' : '0',
    tessedit_pageseg_mode: read.layout === 'line' ? '7' : '11',
  } as never);
  const result = await worker.recognize(png, {}, { blocks: true });
  const words: OcrWord[] = [];
  for (const block of result.data.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        for (const word of line.words) {
          words.push({ text: word.text, confidence: word.confidence, box: word.bbox, line: line.bbox });
        }
      }
    }
  }
  return words;
}

/** Ends the shared worker so the process can exit. */
export async function closeOcr(): Promise<void> {
  const w = shared;
  shared = undefined;
  if (w) await (await w).terminate();
}
