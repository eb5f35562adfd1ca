import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatFinding } from '../../domain/findings.js';
import { loadConfig } from '../../config/load.js';
import { readVerified } from '../../run/files.js';
import { writeFileAtomic } from '../../store/atomic-file.js';
import { acquireRunLock } from '../../run/lock.js';
import { Checkpoint } from '../../store/checkpoint.js';
import type { ManifestRecord } from '../../domain/manifest-record.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { CommandRegistrar } from '../main.js';
import { resolveRepoDir } from '../repo-dir.js';

interface AcceptOptions {
  dir?: string;
  by?: string;
  json?: boolean;
}

interface Outcome {
  key: string;
  status: 'accepted' | 'already-accepted' | 'error';
  path?: string;
  message: string;
}

/**
 * `shotlist accept sku/variant...`: a person approves shots that failed QA. The kept image moves
 * from the review folder to its published path, and the manifest records who accepted it (the
 * plan then leaves the shot alone). Runs under the generate lock, through the same checkpoint.
 */
export const registerAccept: CommandRegistrar = (program: Command, io: CliIO, setExit) => {
  program
    .command('accept')
    .description('Approve shots that failed QA: publish the kept image and record who accepted it.')
    .argument('<keys...>', 'shots to accept, as sku/variant')
    .option('--by <name>', 'who accepts (default: $SHOTLIST_ACTOR, $GITHUB_ACTOR or $USER)')
    .option('--dir <path>', 'repository folder holding shotlist.yaml (default: the current folder)')
    .option('--json', 'print the outcome as JSON')
    .action(async (keys: string[], opts: AcceptOptions) => {
      const by = opts.by ?? io.env.SHOTLIST_ACTOR ?? io.env.GITHUB_ACTOR ?? io.env.USER;
      if (!by?.trim())
        throw new UsageError(
          'say who accepts with --by <name> (no $SHOTLIST_ACTOR, $GITHUB_ACTOR or $USER set)',
        );
      for (const key of keys) {
        if (!/^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9-]*$/.test(key)) {
          throw new UsageError(`"${key}" is not a shot key: expected sku/variant, e.g. shoe-4812/pdp-main`);
        }
      }
      const dir = await resolveRepoDir(io, opts.dir);
      const { config, findings } = await loadConfig(dir);
      if (!config) {
        for (const f of findings.filter((x) => x.severity === 'error')) io.stderr(`${formatFinding(f)}\n`);
        io.stderr('accept: the configuration has errors (above); fix them first\n');
        setExit(EXIT.failed);
        return;
      }
      const storeRel = config.settings.paths.store;
      const storeDir = path.join(dir, storeRel);
      const lock = await acquireRunLock(storeDir);
      if ('heldBy' in lock) {
        io.stderr(
          `a shotlist generate (pid ${lock.heldBy}) is running on ${storeRel}/; accept once it has finished\n`,
        );
        setExit(EXIT.failed);
        return;
      }
      const outcomes: Outcome[] = [];
      try {
        const { checkpoint, read } = await Checkpoint.open(path.join(storeDir, 'manifest.jsonl'));
        try {
          for (const key of keys)
            outcomes.push(await acceptOne(dir, storeRel, key, by.trim(), read.records, checkpoint));
        } finally {
          await checkpoint.close();
        }
      } finally {
        await lock.release();
      }
      if (opts.json) io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
      else
        for (const o of outcomes) (o.status === 'error' ? io.stderr : io.stdout)(`${o.key}: ${o.message}\n`);
      setExit(outcomes.some((o) => o.status === 'error') ? EXIT.failed : EXIT.ok);
    });
};

async function acceptOne(
  dir: string,
  storeRel: string,
  key: string,
  by: string,
  records: Map<string, ManifestRecord>,
  checkpoint: Checkpoint,
): Promise<Outcome> {
  const record = records.get(key);
  if (!record) {
    const waiting = [...records.values()].filter((r) => r.status === 'qa-failed').map((r) => r.key);
    return {
      key,
      status: 'error',
      message: `no such shot in ${storeRel}/manifest.jsonl; shots waiting for review: ${waiting.join(', ') || 'none'}`,
    };
  }
  if (record.status === 'accepted') {
    return {
      key,
      status: 'already-accepted',
      path: record.output?.path,
      message: `already accepted by ${record.qa?.acceptedBy ?? 'someone'}`,
    };
  }
  if (record.status !== 'qa-failed' || !record.output?.path) {
    return {
      key,
      status: 'error',
      message: `is ${record.status}, not qa-failed: only a shot kept for review can be accepted`,
    };
  }
  const reviewRel = record.output.path;
  const bytes = await readVerified(path.join(dir, reviewRel), record.output.sha256);
  if (!bytes) {
    return {
      key,
      status: 'error',
      message: `the kept image ${reviewRel} is missing or no longer matches the manifest's sha256; run shotlist generate to make it again`,
    };
  }
  const publishedRel = path.posix.join(storeRel, record.sku, path.posix.basename(reviewRel));
  // Image first, record second, review copy last: a crash leaves a state the next accept or run can finish.
  await writeFileAtomic(path.join(dir, publishedRel), bytes);
  const accepted: ManifestRecord = {
    ...record,
    status: 'accepted',
    output: { ...record.output, path: publishedRel },
    // The pHash stays: an accepted shot is published, so its siblings compare against it.
    qa: {
      ...record.qa,
      status: record.qa?.status ?? 'fail',
      checks: record.qa?.checks ?? [],
      acceptedBy: by,
    },
  };
  await checkpoint.record(accepted);
  records.set(key, accepted);
  await rm(path.join(dir, reviewRel), { force: true });
  const failed = (record.qa?.checks ?? [])
    .filter((c) => c.status === 'fail' || c.status === 'error')
    .map((c) => c.check);
  return {
    key,
    status: 'accepted',
    path: publishedRel,
    message: `accepted by ${by} despite ${failed.join(', ') || 'its QA result'}; published at ${publishedRel}`,
  };
}
