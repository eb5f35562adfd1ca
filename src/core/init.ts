import { access, appendFile, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentBranch, findRepo } from '../store/git-history.js';

/**
 * The action a new repository's workflow uses. shotlist is not on the Marketplace or the npm
 * registry yet, so the owner is a placeholder the user replaces (or passes with `init --action`).
 */
export const ACTION_PLACEHOLDER = '<owner>/shotlist@v1';

/** Where the templates are: `templates/init` of the package, three folders above this module. */
export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/init/', import.meta.url));

/** Files copied from the templates, relative to the repository folder (forward slashes). */
const TEMPLATE_FILES = [
  'shotlist.yaml',
  'catalog/products.yaml',
  'catalog/sources/example-shoe.jpg',
  'catalog/sources/SOURCES.md',
  'placements/channels.yaml',
  'prompts/studio-white.yaml',
];
const WORKFLOW = '.github/workflows/shotlist.yml';
const SCHEMA_KINDS = ['shotlist', 'catalog', 'placements', 'prompts'] as const;

export const MANIFEST_ATTRIBUTES = 'generated/manifest.jsonl merge=shotlist-manifest';
const IGNORE_LINES = ['/shotlist-gallery/', '/shotlist-try/'];

export interface InitOptions {
  dir: string;
  /** `owner/repo@ref` of the shotlist action; default the placeholder. */
  action?: string;
  /**
   * Where the editor finds the JSON Schemas: a URL or folder ending in `/`, or undefined for the
   * installed package's `node_modules/shotlist/schemas/` (relative to each file).
   */
  schemaBase?: string;
}

export type InitResult =
  | { kind: 'exists'; files: string[] }
  | {
      kind: 'created';
      created: string[];
      appended: string[];
      /** True when node_modules/shotlist/schemas is missing: editors will not find the schemas yet. */
      schemasMissing: boolean;
      actionPlaceholder: boolean;
    };

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

function schemaRef(rel: string, kind: string, base: string | undefined): string {
  if (base) return `${base}${kind}.schema.json`;
  const up = '../'.repeat(rel.split('/').length - 1);
  return `${up}node_modules/shotlist/schemas/${kind}.schema.json`;
}

function fillSchemas(text: string, rel: string, base: string | undefined): string {
  let out = text;
  for (const kind of SCHEMA_KINDS) out = out.replaceAll(`@@SCHEMA(${kind})@@`, schemaRef(rel, kind, base));
  return out;
}

async function workflowText(dir: string, action: string): Promise<{ rel: string; text: string }> {
  const repo = await findRepo(dir);
  const prefix = repo?.prefix ?? '';
  const top = repo?.top ?? dir;
  const branch = (repo && (await currentBranch(repo.top))) ?? 'main';
  const watched = ['shotlist.yaml', 'catalog/**', 'placements/**', 'prompts/**'];
  const paths = watched.map((p) => `'${prefix}${p}'`).join(', ');
  const workdir = prefix ? `\n          working-directory: ${prefix.replace(/\/$/, '')}` : '';
  const template = await readFile(path.join(TEMPLATE_DIR, WORKFLOW), 'utf8');
  const text = template
    .replaceAll('@@ACTION@@', action)
    .replaceAll('@@PATHS@@', paths)
    .replaceAll('@@BRANCH@@', branch)
    .replaceAll('@@WORKDIR@@', workdir);
  return { rel: path.relative(dir, path.join(top, WORKFLOW)).split(path.sep).join('/'), text };
}

/** Adds the lines a text file lacks, under one comment (never rewrites what is there). */
async function appendLines(file: string, lines: string[], comment: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !have.has(l));
  if (missing.length === 0) return false;
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  await appendFile(file, `${sep}# ${comment}\n${missing.join('\n')}\n`);
  return true;
}

/**
 * Sets shotlist up in a new or existing repository: the three config folders with a commented
 * example that validates and runs offline, shotlist.yaml, schema modelines, the workflow, and a
 * .gitattributes line for the manifest. Writes nothing if any file it would create exists.
 */
export async function init(options: InitOptions): Promise<InitResult> {
  const dir = path.resolve(options.dir);
  const workflow = await workflowText(dir, options.action ?? ACTION_PLACEHOLDER);
  const targets = [...TEMPLATE_FILES, workflow.rel];
  const taken: string[] = [];
  for (const rel of targets) if (await exists(path.join(dir, rel))) taken.push(rel);
  if (taken.length > 0) return { kind: 'exists', files: taken };

  for (const rel of TEMPLATE_FILES) {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    if (!rel.endsWith('.yaml')) {
      await copyFile(path.join(TEMPLATE_DIR, rel), target);
      continue;
    }
    const text = await readFile(path.join(TEMPLATE_DIR, rel), 'utf8');
    await writeFile(target, fillSchemas(text, rel, options.schemaBase), { flag: 'wx' });
  }
  await mkdir(path.dirname(path.join(dir, workflow.rel)), { recursive: true });
  await writeFile(path.join(dir, workflow.rel), workflow.text, { flag: 'wx' });
  const appended: string[] = [];
  const attrs =
    "shotlist's manifest, one line per shot sorted by key: merged by key where a shotlist-manifest merge driver is configured, else as text";
  if (await appendLines(path.join(dir, '.gitattributes'), [MANIFEST_ATTRIBUTES], attrs))
    appended.push('.gitattributes');
  const ignoreComment = 'shotlist review pages (gallery, try), rebuilt on demand';
  if (await appendLines(path.join(dir, '.gitignore'), IGNORE_LINES, ignoreComment))
    appended.push('.gitignore');
  return {
    kind: 'created',
    created: targets,
    appended,
    schemasMissing: !options.schemaBase && !(await exists(path.join(dir, 'node_modules/shotlist/schemas'))),
    actionPlaceholder: (options.action ?? ACTION_PLACEHOLDER) === ACTION_PLACEHOLDER,
  };
}
