import { logTo, type Host } from './host.js';

export interface RunSignals {
  /** Fires when the run takes no new shots. */
  stop: AbortSignal;
  /** Fires when running calls are aborted: a second stop from the host or the grace period over. */
  kill: AbortSignal;
  dispose(): void;
}

/**
 * Turns the host's stop and kill into the run's: after a stop, running shots get the configured
 * grace period to finish (and checkpoint) before their calls are aborted.
 */
export function runSignals(host: Host, graceSeconds: number): RunSignals {
  const stop = new AbortController();
  const kill = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onStop = () => {
    if (stop.signal.aborted) return;
    logTo(
      host,
      'warning',
      `no new shots; waiting up to ${graceSeconds} s for running ones (stop again to abort them)`,
    );
    stop.abort();
    timer = setTimeout(() => kill.abort(), graceSeconds * 1000);
  };
  const onKill = () => kill.abort();
  host.stop?.addEventListener('abort', onStop, { once: true });
  host.kill?.addEventListener('abort', onKill, { once: true });
  if (host.stop?.aborted) onStop();
  if (host.kill?.aborted) onKill();
  return {
    stop: stop.signal,
    kill: kill.signal,
    dispose() {
      host.stop?.removeEventListener('abort', onStop);
      host.kill?.removeEventListener('abort', onKill);
      if (timer) clearTimeout(timer);
    },
  };
}
