import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { CORE_SCHEMA, load as jsYamlLoad } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import type { Finding } from '../domain/findings.js';
import type { SourceRef } from '../domain/config.js';
import { findIndentProblem, findUnclosedFlow } from './yaml-indent.js';

/** Parser errors that usually mean a mis-indented line. */
const INDENT_CODES = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
]);

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/** The `yaml` package, loaded on first use: a clean config never pays for it. */
function yaml(): YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return yamlModule;
}

/**
 * Whether a file holds more than comments, blank lines and document markers. The first content
 * line is usually near the top, so a line scan stops there; only a file that looks empty to it is
 * checked by the exact rule (which also treats a lone "\r" as a line end).
 */
function hasContent(text: string): boolean {
  let hash = text.indexOf('#');
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Each "#" is searched for once: the scan stays linear however many lines it passes.
    if (hash !== -1 && hash < start) hash = text.indexOf('#', start);
    // Cutting at "#" removes at least what the exact rule removes, so content here is content there.
    const line = text.slice(start, hash !== -1 && hash < end ? hash : end).trimEnd();
    if (line.trim() !== '' && line !== '---' && line !== '...') return true;
    start = end + 1;
  }
  return /\S/.test(
    text
      .replace(/#.*$/gm, '')
      .replace(/^---\s*$/gm, '')
      .replace(/^\.\.\.\s*$/gm, ''),
  );
}

/** Bigger files are refused unread: a catalog split into files stays well under this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** How many alias expansions a file may make before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

export type YamlPath = readonly (string | number)[];

/**
 * One YAML file of the user's repository. Parsed with js-yaml (fast, no positions); the `yaml`
 * package's Document (slow, exact positions) is built only when a position is asked for, i.e. for
 * files that have findings, or up front for files js-yaml cannot be trusted with (aliases).
 */
export class YamlFile {
  data: unknown;
  readonly findings: Finding[] = [];
  private doc: Document | undefined;
  private lineCounter: LineCounter | undefined;

  private constructor(
    readonly rel: string,
    readonly abs: string,
    readonly text: string,
  ) {}

  static async read(abs: string, rel: string): Promise<YamlFile> {
    // Synchronous on purpose: files are read one after another, and awaiting each read only idles.
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) {
      const file = new YamlFile(rel, abs, '');
      file.fileFinding(
        'file-too-large',
        `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit per YAML file; split it into several files in the same folder`,
      );
      return file;
    }
    const bytes = readFileSync(abs);
    const bad = isUtf8(bytes) ? undefined : firstInvalidUtf8(bytes);
    if (bad !== undefined) {
      const file = new YamlFile(rel, abs, '');
      const before = bytes.subarray(0, bad);
      const line = before.filter((b) => b === 0x0a).length + 1;
      const lineStart = before.lastIndexOf(0x0a) + 1;
      const column = new TextDecoder().decode(bytes.subarray(lineStart, bad)).length + 1;
      file.findings.push({
        file: rel,
        line,
        column,
        severity: 'error',
        rule: 'encoding',
        message: `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8`,
      });
      return file;
    }
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const file = new YamlFile(rel, abs, text);
    file.parse();
    return file;
  }

  /** Parses text that is already in memory (tests, in-memory configs). */
  static fromText(rel: string, text: string): YamlFile {
    const file = new YamlFile(rel, rel, text);
    file.parse();
    return file;
  }

  private parse(): void {
    if (!hasContent(this.text)) {
      this.fileFinding('empty-file', 'file is empty; add its content or delete the file');
      this.data = undefined;
      return;
    }
    // An anchor is the only way to make aliases; files with one go through the bounded parser.
    if (this.text.includes('&') && /(?:^|[\s,[{:-])&[^\s,[\]{}]/m.test(this.text)) {
      this.parseWithDocument();
      return;
    }
    try {
      // The YAML 1.2 core schema, as the yaml package uses: no timestamps or other implicit types.
      this.data = jsYamlLoad(this.text, { filename: this.rel, schema: CORE_SCHEMA });
    } catch {
      this.parseWithDocument();
    }
  }

  private parseWithDocument(): void {
    const doc = this.document();
    if (doc.errors.length > 0) {
      const plain = this.plainSyntaxFinding(doc);
      if (plain) {
        this.findings.push(plain);
        this.data = undefined;
        return;
      }
      for (const error of doc.errors) {
        const pos = error.linePos?.[0];
        this.findings.push({
          file: this.rel,
          line: pos?.line ?? 1,
          column: pos?.col ?? 1,
          severity: 'error',
          rule: 'yaml-syntax',
          message: `YAML syntax: ${describeYamlError(error.code, error.message)}`,
        });
      }
      this.data = undefined;
      return;
    }
    for (const warning of doc.warnings) {
      const pos = warning.linePos?.[0];
      this.findings.push({
        file: this.rel,
        line: pos?.line ?? 1,
        column: pos?.col ?? 1,
        severity: 'warning',
        rule: 'yaml-syntax',
        message: `YAML: ${describeYamlError(warning.code, warning.message)}; the value is read as plain text`,
      });
    }
    let unresolved = false;
    yaml().visit(doc, {
      Alias: (_key, node) => {
        if (node.resolve(doc) !== undefined) return;
        unresolved = true;
        const pos =
          node.range && this.lineCounter ? this.lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
        this.findings.push({
          file: this.rel,
          line: pos.line,
          column: pos.col,
          severity: 'error',
          rule: 'yaml-syntax',
          message: `YAML: alias *${node.source} has no anchor &${node.source} before it; define the anchor first or write the value out`,
        });
      },
    });
    if (unresolved) {
      this.data = undefined;
      return;
    }
    try {
      this.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const excessive = /excessive alias count/i.test(message);
      this.fileFinding(
        excessive ? 'alias-bomb' : 'yaml-syntax',
        excessive
          ? `aliases expand to more than ${MAX_ALIAS_COUNT} copies (an alias bomb); refused. Write the values out or use fewer aliases`
          : `YAML: ${message}`,
      );
      this.data = undefined;
    }
  }

  /**
   * One finding in plain words for the two syntax mistakes people make most, in place of the
   * parser's errors: a key written twice (named, with both lines) and a mis-indented line (the line
   * to fix, not the parser's guess of the line before). Undefined for other errors.
   */
  private plainSyntaxFinding(doc: Document): Finding | undefined {
    const first = doc.errors[0]!;
    const at = first.linePos?.[0]?.line ?? 1;
    if (first.code === 'DUPLICATE_KEY') {
      const dup = this.duplicateKey(doc);
      if (dup) {
        return {
          file: this.rel,
          line: dup.line,
          column: dup.column,
          severity: 'error',
          rule: 'yaml-duplicate-key',
          message: `key "${dup.key}" appears twice in the same map, on lines ${dup.firstLine} and ${dup.line}; keep one of them`,
        };
      }
    }
    if (doc.errors.some((e) => /^Flow (map|sequence)/.test(e.message))) {
      const unclosed = findUnclosedFlow(this.text);
      if (unclosed && unclosed.line <= at) {
        return {
          file: this.rel,
          ...unclosed,
          severity: 'error',
          rule: 'yaml-syntax',
          message: `YAML syntax: ${unclosed.message}`,
        };
      }
    }
    if (doc.errors.some((e) => INDENT_CODES.has(e.code))) {
      const problem = findIndentProblem(this.text);
      if (problem && Math.abs(problem.line - at) <= 1) {
        return {
          file: this.rel,
          ...problem,
          severity: 'error',
          rule: 'yaml-indent',
          message: `YAML indentation: ${problem.message}`,
        };
      }
    }
    return undefined;
  }

  /** The first key that repeats within one map, with the line of its first use. */
  private duplicateKey(
    doc: Document,
  ): { key: string; firstLine: number; line: number; column: number } | undefined {
    let found: { key: string; firstLine: number; line: number; column: number } | undefined;
    yaml().visit(doc, {
      Map: (_key, map) => {
        const seen = new Map<string, number>();
        for (const pair of map.items) {
          const node = pair.key as Node | undefined;
          const offset = node?.range?.[0];
          if (offset === undefined || !this.lineCounter) continue;
          const name = keyText(pair.key);
          const pos = this.lineCounter.linePos(offset);
          const firstLine = seen.get(name);
          if (firstLine === undefined) {
            seen.set(name, pos.line);
          } else if (!found || pos.line < found.line) {
            found = { key: name, firstLine, line: pos.line, column: pos.col };
          }
        }
      },
    });
    return found;
  }

  /** The `yaml` Document of this file, parsed on first use. */
  document(): Document {
    if (!this.doc) {
      this.lineCounter = new (yaml().LineCounter)();
      this.doc = yaml().parseDocument(this.text, {
        lineCounter: this.lineCounter,
        merge: true,
        prettyErrors: true,
        uniqueKeys: true,
        // Only the YAML 1.2 core types: `!!binary`, `!!timestamp` and friends stay text, with a warning.
        resolveKnownTags: false,
      });
    }
    return this.doc;
  }

  /**
   * Where the value at `path` starts, or its key when `key` is set. Falls back to the deepest
   * existing ancestor, so a finding about a missing key points at the map that lacks it.
   */
  locate(path: YamlPath, key = false): { line: number; column: number } {
    const doc = this.document();
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      node = unalias(doc, node);
      const { isMap, isPair, isSeq } = yaml();
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        keyNode = undefined;
        node = item;
      } else {
        break;
      }
    }
    const target = (key && keyNode) || node || keyNode;
    const offset = (target as Node | undefined)?.range?.[0];
    if (offset === undefined || !this.lineCounter) return { line: 1, column: 1 };
    const pos = this.lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  ref(path: YamlPath, key = false): SourceRef {
    return { file: this.rel, ...this.locate(path, key) };
  }

  finding(
    rule: string,
    path: YamlPath,
    message: string,
    opts: { key?: boolean; severity?: 'error' | 'warning' } = {},
  ): Finding {
    return {
      ...this.ref(path, opts.key ?? false),
      severity: opts.severity ?? 'error',
      rule,
      message,
    };
  }

  private fileFinding(rule: string, message: string): void {
    // The file as a whole: its first line, so editors and CI annotations can still jump there.
    this.findings.push({ file: this.rel, line: 1, column: 1, severity: 'error', rule, message });
  }
}

function keyText(key: unknown): string {
  if (yaml().isScalar(key)) return String((key as { value: unknown }).value);
  return String(key);
}

function unalias(doc: Document, node: unknown): unknown {
  return yaml().isAlias(node) ? node.resolve(doc) : node;
}

function describeYamlError(code: string, message: string): string {
  const short = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
  if (code === 'DUPLICATE_KEY') return 'a key appears twice in the same map; keep one of them';
  if (code === 'MULTIPLE_DOCS') {
    return 'the file holds more than one YAML document (a second "---"); keep one document per file';
  }
  if (code === 'TAB_AS_INDENT') return 'tabs are not allowed as indentation; indent with spaces';
  if (code === 'MISSING_CHAR' || code === 'BAD_INDENT' || code === 'UNEXPECTED_TOKEN') {
    return `${short}; check the indentation, quotes and brackets here and on the line before`;
  }
  return short;
}

/** Offset of the first byte that breaks UTF-8, or undefined when the buffer is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}
