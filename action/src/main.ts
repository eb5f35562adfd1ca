/** The action's one entry: inputs -> route -> step -> outputs, summary, and the single failure path. */
import * as core from '@actions/core';
import type { StepContext, StepOutputs, StepResult } from './context.js';
import { makeContext } from './context.js';
import { readEvent, routeFor, type Route } from './event.js';
import { parseSettings } from './settings.js';
import { writeSummary } from './render.js';

function setOutputs(o: StepOutputs): void {
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined) core.setOutput(name, String(value));
  };
  put('planned', o.planned);
  put('generated', o.generated);
  put('failed', o.failed);
  put('cost-usd', o.costUsd === undefined ? undefined : o.costUsd.toFixed(4));
  put('manifest', o.manifest);
  put('matrix', o.matrix);
  put('report', o.report);
  put('part', o.part);
}

async function runRoute(ctx: StepContext, route: Route): Promise<StepResult> {
  switch (route.kind) {
    case 'skip':
      return {
        outputs: { planned: 0, generated: 0, failed: 0, costUsd: 0 },
        summary: [`### shotlist\n\nNothing to do: ${route.reason}.\n`],
      };
    case 'validate': {
      const { planStep } = await import('./plan-step.js');
      return planStep(ctx, undefined, true);
    }
    case 'plan': {
      const { planStep } = await import('./plan-step.js');
      return planStep(ctx, route.pr);
    }
    case 'generate': {
      // Loaded only here: the run pulls in sharp and the OCR engine, which the pull-request path never needs.
      const { generateStep } = await import('./generate-step.js');
      return generateStep(ctx, route.branch);
    }
    case 'merge': {
      const { mergeStep } = await import('./merge-step.js');
      return mergeStep(ctx, route.branch);
    }
  }
}

export async function run(env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  try {
    const settings = parseSettings((name) => core.getInput(name));
    if (settings.githubToken) core.setSecret(settings.githubToken);
    const event = readEvent(env);
    const route = routeFor(settings.command, event, env);
    if (route.kind === 'skip') core.notice(`shotlist: nothing to do: ${route.reason}`);
    else core.info(`shotlist: ${route.kind} (${event.name} event)`);
    const ctx = makeContext(settings, env);
    const result = await runRoute(ctx, route);
    setOutputs(result.outputs);
    await writeSummary(result.summary);
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    const e = error as Error;
    // Input and usage problems carry their own message; anything else is a bug worth its stack in the log.
    if (e.name !== 'InputError') core.debug(e.stack ?? String(e));
    core.setFailed(e.name === 'InputError' ? e.message : `shotlist failed: ${e.message}`);
  }
}
