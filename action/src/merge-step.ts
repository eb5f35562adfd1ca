/** Matrix mode, last job: the shard parts into the store, manifests merged by key, one commit, one push. */
import * as core from '@actions/core';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatUsd } from '../../src/plan/cost.js';
import type { RunReport } from '../../src/report/run-report.js';
import { commitRun } from '../../src/store/git-store.js';
import { mergeManifests, readManifest, writeManifest } from '../../src/store/manifest.js';
import { preflight } from './budget.js';
import type { StepContext, StepResult } from './context.js';
import { catchUp, ensureIdentity, pushRun } from './git.js';
import { findParts, listFiles } from './parts.js';

interface Totals {
  ok: number;
  failed: number;
  qaFailed: number;
  costUsd: number;
}

async function addReport(file: string, totals: Totals): Promise<void> {
  const report = JSON.parse(await readFile(file, 'utf8')) as RunReport;
  totals.ok += report.totals.ok;
  totals.failed += report.totals.failed;
  totals.qaFailed += report.totals['qa-failed'];
  totals.costUsd += report.totals.costUsd;
}

/** Copies one part's files into the store (the manifest is merged, not copied); returns its manifest records. */
async function applyPart(ctx: StepContext, part: string, storeRel: string, totals: Totals) {
  const manifestRel = path.join(storeRel, 'manifest.jsonl');
  for (const rel of await listFiles(part)) {
    if (rel === manifestRel) continue;
    if (!rel.startsWith(storeRel + path.sep))
      throw new Error(`part ${part} holds ${rel}, outside the store ${storeRel}/`);
    await mkdir(path.dirname(path.join(ctx.dir, rel)), { recursive: true });
    await copyFile(path.join(part, rel), path.join(ctx.dir, rel));
    if (rel.startsWith(path.join(storeRel, 'reports') + path.sep) && rel.endsWith('.json')) {
      await addReport(path.join(part, rel), totals);
    }
  }
  return readManifest(path.join(part, manifestRel));
}

export async function mergeStep(ctx: StepContext, branch: string | undefined): Promise<StepResult> {
  const deliver = ctx.settings.delivery === 'commit';
  if (branch) core.info(await catchUp(ctx.dir, branch));
  if (deliver) await ensureIdentity(ctx.dir, process.env);
  const root = path.resolve(ctx.workspace, ctx.settings.parts);
  const parts = await findParts(root);
  const { manifest, storeRel } = await preflight(ctx, undefined);
  if (parts.length === 0) {
    const problem = `no shard parts (folders named shotlist-part-*) under ${path.relative(ctx.workspace, root) || '.'}: download the artifacts there first (actions/download-artifact with pattern: shotlist-part-* and path: ${ctx.settings.parts})`;
    return { outputs: { manifest }, summary: [`### shotlist merge\n\n${problem}\n`], failure: problem };
  }
  const manifestPath = path.join(ctx.dir, storeRel, 'manifest.jsonl');
  let records = (await readManifest(manifestPath)).records;
  const totals: Totals = { ok: 0, failed: 0, qaFailed: 0, costUsd: 0 };
  for (const part of parts)
    records = mergeManifests(records, (await applyPart(ctx, part, storeRel, totals)).records);
  await writeManifest(manifestPath, records.values());
  const subject = `shotlist merge: ${parts.length} shards, ${totals.ok} ok${totals.qaFailed ? `, ${totals.qaFailed} qa-failed` : ''}${totals.failed ? `, ${totals.failed} failed` : ''} (${formatUsd(totals.costUsd)})`;
  const outputs = {
    generated: totals.ok,
    failed: totals.failed + totals.qaFailed,
    costUsd: totals.costUsd,
    manifest,
  };
  const summary = [`### shotlist merge\n\n${subject.replace(/^shotlist merge: /, '')}\n`];
  if (!deliver) return { outputs, summary };
  const commit = await commitRun(
    ctx.dir,
    storeRel,
    `${subject}\n\nparts: ${parts.map((p) => path.basename(p)).join(', ')}\n`,
  );
  if (!commit.committed) {
    summary.push(`Nothing committed: ${commit.message}.\n`);
    return { outputs, summary };
  }
  if (!branch)
    return {
      outputs,
      summary: [...summary, `Committed ${commit.sha.slice(0, 12)}; not on a branch, so not pushed.\n`],
    };
  const pushed = await pushRun(ctx.dir, branch);
  if (!pushed.ok) return { outputs, summary, failure: pushed.message };
  summary.push(`Pushed ${pushed.sha.slice(0, 12)} to \`${branch}\`.\n`);
  return { outputs, summary };
}
