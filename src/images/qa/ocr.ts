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
  /** A different text-detection model file (tests load a broken one to see the check fail cleanly). */
  detectorModel?: string;
}

/** Parameters fixed for the worker's life. */
const FIXED_PARAMETERS = {
  // The analysis PNG carries no resolution; saying 72 dpi keeps tesseract from warning on stderr,
  // and its other notes ("Detected 12 diacritics", "Line cannot be recognized") go nowhere
  // rather than into the CLI's stderr.
  user_defined_dpi: '72',
  debug_file: '/dev/null',
  // Nothing a read finds may change the next read (issue 18: the same bytes must get the same
  // verdict whatever the worker read before). The LSTM engine keeps no adaptive state, but the
  // legacy classifier's adaptation and the document dictionary would, were they ever consulted.
  classify_enable_learning: '0',
  classify_enable_adaptive_matcher: '0',
  tessedit_enable_doc_dict: '0',
};

interface Shared {
  worker: Worker;
  /** Rejects when the worker thread dies, so reads in flight fail instead of waiting forever. */
  died: Promise<never>;
}

let shared: Promise<Shared> | undefined;

/**
 * One lazily created tesseract.js worker, shared by every image. Offline: the LSTM core comes
 * from `tesseract.js-core` in node_modules, the model is read from the installed data package,
 * and `cacheMethod: 'none'` keeps it from writing a traineddata copy into the working folder.
 * Reads from concurrent images interleave on it; each read carries its own page-segmentation and
 * threshold settings (see readWords), so none depends on what ran before. A fresh worker (about
 * 0.8-1.4 s) or a re-initialised one (about 0.5 s) per image was measured and costs more than the
 * whole OCR of an image.
 */
function ocrWorker(options: OcrOptions = {}): Promise<Shared> {
  if (shared) return shared;
  // A worker that would not start or has died is replaced on the next read, not reused.
  const forget = () => {
    if (shared === mine) shared = undefined;
  };
  const mine: Promise<Shared> = (async () => {
    const { createWorker, OEM } = await import('tesseract.js');
    const worker = await createWorker('eng', OEM.LSTM_ONLY, {
      langPath: englishDataPath(),
      gzip: true,
      cacheMethod: 'none',
      // A failed job rejects its promise; without a handler tesseract.js also throws it out of
      // its message listener, which would take the whole process down.
      errorHandler: () => undefined,
      ...(options.workerPath ? { workerPath: options.workerPath } : {}),
    });
    await worker.setParameters(FIXED_PARAMETERS as never);
    const thread = (worker as unknown as { worker: NodeJS.EventEmitter }).worker;
    const died = new Promise<never>((_, reject) => {
      thread.once('error', (error: Error) => reject(new Error(`the OCR worker failed: ${error.message}`)));
      thread.once('exit', (code: number) => reject(new Error(`the OCR worker exited (code ${code})`)));
    });
    died.catch(forget);
    return { worker, died };
  })();
  mine.catch(forget);
  shared = mine;
  return mine;
}

/**
 * Words tesseract reads in a PNG, with their confidence (0-100) and boxes. Throws when the OCR
 * engine cannot read (the worker would not start, died, or rejected the image).
 */
export async function readWords(
  png: Buffer,
  options: OcrOptions = {},
  read: ReadOptions = {},
): Promise<OcrWord[]> {
  const { worker, died } = await ocrWorker(options);
  // Passed with the read rather than set on the worker: tesseract.js applies them for this one
  // job and restores the previous values after it, so a read started by another image between a
  // setParameters and a recognize cannot run in the wrong mode.
  const parameters = {
    thresholding_method: read.binarise === 'sauvola' ? '2' : '0',
    tessedit_pageseg_mode: read.layout === 'line' ? '7' : '11',
  };
  const result = await Promise.race([
    worker.recognize(png, parameters as never, { blocks: true }),
    died,
  ]).catch((error: unknown) => {
    throw new Error(`OCR failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  });
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
  if (!w) return;
  let worker: Worker;
  try {
    ({ worker } = await w);
  } catch {
    return;
  }
  await worker.terminate();
}
