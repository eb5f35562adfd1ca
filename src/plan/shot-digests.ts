import { Worker } from 'node:worker_threads';
import { sha256Hex } from '../domain/canonical.js';

/** Where a shot's two digests go. */
export interface DigestTarget {
  genHash: string;
  specHash: string;
}

/** Below this many shots a worker's start-up costs more than the hashing it takes over. */
export const WORKER_MIN_SHOTS = 10_000;
/** Shots per message: their inputs die young on this thread, and the first digests start early. */
const CHUNK = 4096;

/** One chunk's inputs, joined by line feeds, kept until its digests arrive (for the fallback). */
interface Chunk {
  targets: DigestTarget[];
  parts: number[];
  joined: string;
}

// The worker's whole program, CommonJS as `eval` workers run it: no file to locate from src/,
// dist/ or the action's bundle. It digests the same bytes as digestLines (tests compare the two).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { hash } = require('node:crypto');
parentPort.on('message', ({ id, joined, parts, heads, tails }) => {
  const lines = joined.split('\\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const g = hash('sha256', lines[i], 'hex');
    out += g + hash('sha256', heads[parts[i]] + '"' + g + '"' + tails[parts[i]], 'hex');
  }
  parentPort.postMessage({ id, out });
});
`;

/**
 * The genHash and specHash digests of many shots, computed on a worker thread while the caller's
 * thread goes on (plan reads the manifest meanwhile). A shot's genHash digests its gen input (JSON
 * text, which never holds a raw line feed: inputs travel joined by one), its specHash
 * `${head}"${genHash}"${tail}` with its variant's head and tail. Inputs travel in chunks as single
 * strings each way: cloning 200,000 separate strings would cost more than the hashing.
 */
export class WorkerDigester {
  private readonly heads: string[] = [];
  private readonly tails: string[] = [];
  private readonly chunks: Chunk[] = [];
  private targets: DigestTarget[] = [];
  private inputs: string[] = [];
  private parts: number[] = [];
  private worker: Worker | undefined;
  private failed: Error | undefined;
  private readonly results = new Map<number, string>();
  private waiting: (() => void) | undefined;

  /** Registers a variant's spec head and tail; returns its part number. */
  addPart(head: string, tail: string): number {
    this.heads.push(head);
    this.tails.push(tail);
    return this.heads.length - 1;
  }

  add(target: DigestTarget, genInput: string, part: number): void {
    this.targets.push(target);
    this.inputs.push(genInput);
    this.parts.push(part);
    if (this.inputs.length >= CHUNK) this.flush();
  }

  /** Fills every target's digests: the worker's, or computed here if the worker failed. */
  async finish(): Promise<void> {
    this.flush();
    if (this.worker && !this.failed) {
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        this.wake();
      });
    }
    void this.worker?.terminate();
    for (const [id, chunk] of this.chunks.entries()) {
      const out = this.results.get(id) ?? digestLines(chunk.joined, chunk.parts, this.heads, this.tails);
      for (let i = 0, at = 0; i < chunk.targets.length; i++, at += 128) {
        chunk.targets[i]!.genHash = out.slice(at, at + 64);
        chunk.targets[i]!.specHash = out.slice(at + 64, at + 128);
      }
    }
  }

  private flush(): void {
    if (this.inputs.length === 0) return;
    const chunk: Chunk = { targets: this.targets, parts: this.parts, joined: this.inputs.join('\n') };
    this.chunks.push(chunk);
    this.targets = [];
    this.inputs = [];
    this.parts = [];
    if (this.failed) return;
    try {
      this.worker ??= this.start();
      this.worker.postMessage({
        id: this.chunks.length - 1,
        joined: chunk.joined,
        parts: chunk.parts,
        heads: this.heads,
        tails: this.tails,
      });
    } catch (error) {
      this.fail(error as Error);
    }
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', ({ id, out }: { id: number; out: string }) => {
      this.results.set(id, out);
      this.wake();
    });
    worker.once('error', (error) => this.fail(error));
    worker.once('exit', (code) => {
      if (this.results.size < this.chunks.length) this.fail(new Error(`digest worker exited (${code})`));
    });
    return worker;
  }

  private fail(error: Error): void {
    this.failed ??= error;
    this.wake();
  }

  private wake(): void {
    if (this.waiting && (this.failed || this.results.size === this.chunks.length)) this.waiting();
  }
}

/** One chunk's digests computed here: 64 hex characters of genHash then 64 of specHash per line. */
export function digestLines(joined: string, parts: number[], heads: string[], tails: string[]): string {
  const lines = joined.split('\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const g = sha256Hex(lines[i]!);
    out += g + sha256Hex(`${heads[parts[i]!]}"${g}"${tails[parts[i]!]}`);
  }
  return out;
}
