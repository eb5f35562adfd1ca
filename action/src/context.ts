/** What every step gets: the parsed settings, where the repository is, and the runner's environment. */
import path from 'node:path';
import type { Settings } from './settings.js';

export interface StepContext {
  settings: Settings;
  env: Readonly<Record<string, string | undefined>>;
  /** GITHUB_WORKSPACE: annotation paths are relative to it. */
  workspace: string;
  /** The folder holding shotlist.yaml. */
  dir: string;
  /** owner/name from GITHUB_REPOSITORY. */
  repository?: { owner: string; repo: string };
  /** RUNNER_TEMP: where report files for the outputs go. */
  temp: string;
}

export interface StepOutputs {
  planned?: number;
  generated?: number;
  failed?: number;
  costUsd?: number;
  manifest?: string;
  matrix?: string;
  report?: string;
  part?: string;
}

/** What a step hands back to the single place that writes outputs, the summary and the verdict. */
export interface StepResult {
  outputs: StepOutputs;
  summary: string[];
  /** Set when the step failed: the one line given to setFailed. */
  failure?: string;
}

export function makeContext(
  settings: Settings,
  env: Readonly<Record<string, string | undefined>>,
): StepContext {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ctx: StepContext = {
    settings,
    env,
    workspace,
    dir: path.resolve(workspace, settings.workingDirectory),
    temp: env.RUNNER_TEMP ?? path.join(workspace, '.shotlist-tmp'),
  };
  if (owner && repo) ctx.repository = { owner, repo };
  return ctx;
}
