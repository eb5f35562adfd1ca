import type { StepContext, StepResult } from './context.js';

// Waits for the core API (src/core/generate.ts) to land on main.
export function mergeStep(_ctx: StepContext, _branch: string | undefined): Promise<StepResult> {
  return Promise.resolve({ outputs: {}, summary: [], failure: 'merge is not built into the action yet' });
}
