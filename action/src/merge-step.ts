/** Matrix mode, last job: the shard parts into the store, manifests merged by key, one commit, one push. */
import * as core from '@actions/core';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatUsd } from '../../src/plan/cost.js';
import type { RunReport } from '../../src/report/run-report.js';
import { deliverRun } from '../../src/store/deliver.js';
import { mergeManifests, readManifest, writeManifest } from '../../src/store/manifest.js';
import { preflight } from './budget.js';
import type { StepContext, StepResult } from './context.js';
import { catchUp, deliveryOptions } from './git.js';
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
  const deliver = ctx.settings.delivery !== 'none';
  if (branch) core.info(await catchUp(ctx.dir, branch));
  const root = path.resolve(ctx.workspace, ctx.settings.parts);
  const parts = await findParts(root);
  const { manifest, storeRel, git, isReview } = await preflight(ctx, undefined);
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
  if (!deliver || !git) return { outputs, summary };
  const how = deliveryOptions(ctx, branch, git.delivery);
  const message = `${subject}\n\nparts: ${parts.map((p) => path.basename(p)).join(', ')}\n`;
  try {
    const d = await deliverRun({
      root: ctx.dir,
      storeRel,
      env: ctx.env,
      git: {
        ...git,
        ...(how.delivery ? { delivery: how.delivery } : {}),
        ...(how.branch ? { branch: how.branch } : {}),
      },
      runId: `merge-${ctx.env.GITHUB_RUN_ID ?? 'local'}-${ctx.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
      message,
      rawFiles: [],
      ...(isReview ? { isReview } : {}),
      ...(how.pullRequests ? { pullRequests: how.pullRequests } : {}),
      pullRequest: { title: subject, body: `<!-- shotlist:run -->\n### ${subject}\n` },
      onLog: (m) => core.info(m),
    });
    for (const w of d.warnings) core.warning(w);
    if (!d.commit) summary.push(`Nothing committed: ${d.noCommit ?? 'no change'}.\n`);
    else if (d.pushed) summary.push(`Pushed ${d.pushed.sha.slice(0, 12)} to \`${d.pushed.branch}\`.\n`);
    else summary.push(`Committed ${d.commit.sha.slice(0, 12)}; not on a branch, so not pushed.\n`);
    if (d.review)
      summary.push(
        `${d.review.keys.length} shot(s) of review placements pushed to \`${d.review.branch}\`.\n`,
      );
    if (d.pullRequest)
      summary.push(
        `${d.pullRequest.created ? 'Opened' : 'Updated'} pull request #${d.pullRequest.number}.\n`,
      );
    return { outputs, summary };
  } catch (error) {
    return { outputs, summary, failure: (error as Error).message };
  }
}
