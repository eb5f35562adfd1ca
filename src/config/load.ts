import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasErrors, type Finding } from '../domain/findings.js';
import type { Config, Placement, PromptTemplate, Settings, SourceRef, Variant } from '../domain/config.js';
import { YamlFile } from './yaml-file.js';
import { schemaFindings, type FileKind } from './schema-check.js';
import { buildSettings } from './settings.js';
import { checkSettings } from './settings-rules.js';
import {
  isObj,
  placementsOf,
  productsOf,
  promptOf,
  scanSkuPositions,
  type CatalogEntry,
  type Located,
} from './entities.js';
import { checkRules } from './rules.js';
import { isBroken, withoutConsequences, type BrokenFile } from './consequences.js';
import { SourceImageChecker } from './source-image.js';

export const SETTINGS_FILE = 'shotlist.yaml';

/**
 * Loads and checks the configuration of the repository at `root` (the folder holding shotlist.yaml,
 * which is optional). Never throws for bad input: every problem becomes a finding. `config` is set
 * only when there are no error findings. Reads files; writes nothing.
 */
export async function loadConfig(root: string): Promise<{ config: Config | undefined; findings: Finding[] }> {
  const absRoot = path.resolve(root);
  const findings: Finding[] = [];
  // Files that did not load: what only follows from their absence is not reported (see below).
  const broken: BrokenFile[] = [];

  let settingsData: unknown;
  let settingsFile: YamlFile | undefined;
  const settingsAbs = path.join(absRoot, SETTINGS_FILE);
  if (isFile(settingsAbs)) {
    const file = await YamlFile.read(settingsAbs, SETTINGS_FILE);
    settingsFile = file;
    findings.push(...file.findings);
    if (!hasErrors(file.findings) && file.data !== undefined) {
      const schema = schemaFindings(file, 'shotlist');
      findings.push(...schema);
      if (schema.length === 0) settingsData = file.data;
    }
    if (settingsData !== undefined) findings.push(...checkSettings(file, buildSettings(settingsData)));
    // Settings that are not used leave the default folders in place.
    if (settingsData === undefined) broken.push({ kind: 'shotlist', file });
  }
  const settings: Settings = buildSettings(settingsData);

  const folders: [FileKind, string][] = [
    ['catalog', settings.paths.catalog],
    ['placements', settings.paths.placements],
    ['prompts', settings.paths.prompts],
  ];
  const placements: Located<Placement>[] = [];
  const variants: Located<Variant>[] = [];
  const prompts: Located<PromptTemplate>[] = [];
  const products: CatalogEntry[] = [];
  const defaultsByFile = new Map<YamlFile, string[] | undefined>();
  for (const [kind, folder] of folders) {
    // A folder named in shotlist.yaml is pointed at there; a default one at the folder itself.
    const paths = isObj(settingsData) && isObj(settingsData.paths) ? settingsData.paths : {};
    const named = paths[kind] === undefined ? undefined : settingsFile?.ref(['paths', kind]);
    const { rels, finding } = await listYaml(absRoot, folder, kind, named);
    if (finding) findings.push(finding);
    // One file at a time, from bytes to entities: a big catalog's parse trees then die young,
    // which keeps the garbage collector's work close to that of a bare parse.
    for (const rel of rels) {
      const file = await YamlFile.read(path.join(absRoot, rel), rel);
      findings.push(...file.findings);
      if (isBroken(file)) broken.push({ kind, file });
      if (hasErrors(file.findings) || file.data === undefined) continue;
      findings.push(...schemaFindings(file, kind));
      if (kind === 'placements') {
        const got = placementsOf(file);
        placements.push(...got.placements);
        variants.push(...got.variants);
      } else if (kind === 'prompts') {
        const p = promptOf(file);
        if (p) prompts.push(p);
      } else {
        const got = productsOf(file);
        defaultsByFile.set(file, got.defaults);
        placeProducts(file, got.products);
        for (const entry of got.products) products.push(entry);
        file.data = undefined;
      }
    }
  }

  const ruleFindings = await checkRules({
    root: absRoot,
    placements,
    variants,
    prompts,
    products,
    defaultsByFile,
    sources: new SourceImageChecker(absRoot),
    ...(settings.routing ? { routing: settings.routing } : {}),
  });
  findings.push(...ruleFindings);

  const sorted = withoutConsequences(findings, broken);
  if (hasErrors(sorted)) return { config: undefined, findings: sorted };

  // Positions of every entity, for messages downstream, from the documents of these small files
  // when first read (products got theirs from a scan while loading).
  for (const p of placements) lazyAt(p.value, () => p.file.ref(p.path, true));
  for (const v of variants) lazyAt(v.value, () => v.file.ref(v.path, true));
  for (const p of prompts) {
    lazyAt(p.value, () => p.file.ref(['id'], true));
    for (const [n, version] of p.value.versions) lazyAt(version, () => p.file.ref(['versions', n], true));
  }
  const config: Config = {
    root: absRoot,
    settings,
    placements: new Map(placements.map((p) => [p.value.id, p.value])),
    variants: new Map(variants.map((v) => [v.value.id, v.value])),
    prompts: new Map(prompts.map((p) => [p.value.id, p.value])),
    products: products.map((p) => p.value),
  };
  return { config, findings: sorted };
}

/** Products' positions from a cheap scan of the text; when it does not line up, from the document on first read. */
function placeProducts(file: YamlFile, entries: CatalogEntry[]): void {
  if (
    scanSkuPositions(
      file.text,
      entries.map((e) => e.value),
    )
  )
    return;
  for (const entry of entries) lazyAt(entry.value, () => file.ref(entry.path));
}

/** `at` computed on first read: exact positions cost a positioned parse, which most runs never need. */
function lazyAt(target: { at: SourceRef }, compute: () => SourceRef): void {
  let value: SourceRef | undefined;
  Object.defineProperty(target, 'at', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= compute()),
    set: (v: SourceRef) => {
      value = v;
    },
  });
}

/**
 * Synchronous like YamlFile.read: the files are looked at one after another, and awaiting each
 * stat only idles (on a busy machine, for a scheduler slice per file).
 */
function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Repo-relative, forward-slash paths of the `*.yaml`/`*.yml` files under a folder, sorted. */
async function listYaml(
  root: string,
  folder: string,
  kind: FileKind,
  named: SourceRef | undefined,
): Promise<{ rels: string[]; finding?: Finding }> {
  const abs = path.join(root, folder);
  const missing = (what: string): Finding => ({
    file: named?.file ?? `${folder}/`,
    line: named?.line ?? 1,
    column: named?.column ?? 1,
    severity: 'error',
    rule: 'missing-folder',
    message: `${what}; add ${kind} files there as *.yaml, or point paths.${kind} in ${SETTINGS_FILE} at the right folder`,
  });
  let entries: string[];
  try {
    entries = readdirSync(abs, { recursive: true }).map(String);
  } catch {
    return { rels: [], finding: missing(`folder ${folder}/ not found`) };
  }
  const rels: string[] = [];
  for (const entry of entries) {
    const posix = entry.split(path.sep).join('/');
    if (!/\.ya?ml$/i.test(posix) || posix.split('/').some((part) => part.startsWith('.'))) continue;
    if (!isFile(path.join(abs, entry))) continue;
    rels.push(`${folder}/${posix}`);
  }
  rels.sort();
  if (rels.length === 0) return { rels, finding: missing(`no *.yaml files in ${folder}/`) };
  return { rels };
}
