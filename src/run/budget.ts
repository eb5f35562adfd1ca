/**
 * The run's money limit (`budget.maxUsd`): a provider call starts only if its price fits in what
 * is left after the calls already made or running. Reserved at the registry price, settled at the
 * reported cost. Shared by every shot of a run, like the queues.
 */
export class RunBudget {
  private committed = 0;

  constructor(readonly maxUsd: number | undefined) {}

  /** Reserves `usd` for a call; false when it would pass the limit. */
  reserve(usd: number): boolean {
    if (this.maxUsd === undefined) return true;
    if (this.committed + usd > this.maxUsd + 1e-9) return false;
    this.committed += usd;
    return true;
  }

  /** Replaces a reservation with what the call cost (0 when it failed before costing anything). */
  settle(reserved: number, actual: number): void {
    if (this.maxUsd !== undefined) this.committed += actual - reserved;
  }

  get spentUsd(): number {
    return this.committed;
  }
}
