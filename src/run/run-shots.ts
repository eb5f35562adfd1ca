import os from 'node:os';
import PQueue from 'p-queue';
import { runOneShot, sourceCache, type ShotContext } from './one-shot.js';
import { RunBudget } from './budget.js';
import { ProviderQueues } from './queues.js';
import type { RunInput, RunnableShot, ShotOutcome } from './shot-types.js';

export type {
  QaFunction,
  QaInputLite,
  QaResultLite,
  RunInput,
  ShotOutcome,
  ShotRunStatus,
} from './shot-types.js';

/** Runs every shot to an outcome; finished shots are checkpointed as they finish. */
export async function runShots(input: RunInput): Promise<ShotOutcome[]> {
  const queues = new ProviderQueues(input.settings.providers);
  const stopQueues = () => queues.stop();
  input.stop.addEventListener('abort', stopQueues, { once: true });
  if (input.stop.aborted) queues.stop();
  const ctx = shotContext(input, queues);
  try {
    return await Promise.all(
      input.shots.map(async (shot) => {
        const outcome = await settle(shot as RunnableShot, ctx);
        // Published early for its siblings, but a later step failed: it is not published after all.
        if (outcome.status !== 'ok' && shot.spec) input.siblings?.forget(shot.spec.sku, shot.key);
        input.onOutcome?.(outcome);
        return outcome;
      }),
    );
  } finally {
    input.stop.removeEventListener('abort', stopQueues);
  }
}

function shotContext(input: RunInput, queues: ProviderQueues): ShotContext {
  return {
    publish: {
      root: input.root,
      settings: input.settings,
      checkpoint: input.checkpoint,
      runId: input.runId,
    },
    call: {
      queues,
      backoff: input.backoff,
      stop: input.stop,
      kill: input.kill,
      maxAttempts: input.settings.run.maxAttempts,
      maxBytes: input.limits?.maxBytes ?? 50 * 1024 * 1024,
      budget: new RunBudget(input.settings.budget.maxUsd),
    },
    lookup: input.lookup,
    // libvips runs one image per thread here (sharp.concurrency() follows the CPU quota), and each
    // image waits on I/O between steps: twice the cores keeps them busy (measured in bench/run).
    cpu: new PQueue({ concurrency: input.cpuConcurrency ?? cpuConcurrency() }),
    ...(input.qa ? { qa: input.qa } : {}),
    qaSettings: input.qaSettings,
    ...(input.siblings ? { siblings: input.siblings } : {}),
    source: sourceCache(input.root),
    ...(input.limits ? { limits: input.limits } : {}),
  };
}

/** A shot that throws (a bug, a full disk) fails alone; the others run on. */
async function settle(shot: RunnableShot, ctx: ShotContext): Promise<ShotOutcome> {
  try {
    return await runOneShot(shot, ctx);
  } catch (error) {
    return {
      key: shot.key,
      status: 'failed',
      plan: shot.status,
      model: shot.spec?.model ?? '',
      attempts: 0,
      rerolls: 0,
      rederived: false,
      ms: 0,
      costUsd: 0,
      error: { kind: 'internal', message: (error as Error)?.message ?? String(error) },
    };
  }
}

export function cpuConcurrency(): number {
  return Math.max(4, 2 * os.availableParallelism());
}
