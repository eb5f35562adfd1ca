import picomatch from 'picomatch';
import type { Settings } from '../domain/config.js';
import { isPlanned, needsProvider, type PlannedShot } from '../plan/plan.js';
import { assignShards } from '../plan/shards.js';
import type { RunnableShot } from '../run/shot-types.js';

export interface Selection {
  only?: string;
  shard?: { index: number; count: number };
  maxImages?: number;
  /** Run blocked shots again (their inputs did not change, something outside them may have). */
  retryBlocked?: boolean;
}

/**
 * The planned shots this run makes: its shard (the same split as `plan --shards`), those matching
 * `only`, and at most `maxImages` provider calls; the rest are deferred to a later run.
 */
export function selectWork(
  plan: readonly PlannedShot[],
  selection: Selection,
): { work: RunnableShot[]; deferred: RunnableShot[] } {
  const { shard, only, maxImages, retryBlocked } = selection;
  const runs = (s: PlannedShot) => isPlanned(s.status) || (retryBlocked === true && s.status === 'blocked');
  let work = plan.filter((s): s is RunnableShot => Boolean(s.spec && runs(s)));
  if (shard) {
    const shards = assignShards(
      work.map((s) => s.key),
      shard.count,
    );
    work = work.filter((s) => shards.get(s.key) === shard.index);
  }
  if (only) {
    const matches = picomatch(only);
    work = work.filter((s) => matches(s.key));
  }
  const deferred: RunnableShot[] = [];
  if (maxImages !== undefined) {
    let calls = 0;
    work = work.filter((s) => {
      if (!needsProvider(s.status) && s.status !== 'blocked') return true;
      if (calls < maxImages) return ++calls > 0;
      deferred.push(s);
      return false;
    });
  }
  return { work, deferred };
}

/**
 * A provider's limits are per account, not per runner: each of N shards runs at 1/N of every
 * provider's concurrency (at least 1) and rate cap, and with 1/N of the run budget, so a sharded
 * run hits the APIs and the wallet no harder than a single one.
 */
export function shardSettings(settings: Settings, shardCount: number | undefined): Settings {
  if (!shardCount || shardCount <= 1) return settings;
  const providers = Object.fromEntries(
    Object.entries(settings.providers).map(([id, p]) => [
      id,
      {
        ...p,
        concurrency: Math.max(1, Math.floor(p.concurrency / shardCount)),
        ...(p.ratePerMinute !== undefined ? { ratePerMinute: p.ratePerMinute / shardCount } : {}),
      },
    ]),
  );
  const budget = { ...settings.budget };
  if (budget.maxUsd !== undefined) budget.maxUsd = budget.maxUsd / shardCount;
  return { ...settings, providers, budget };
}
