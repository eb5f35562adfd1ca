import type { Finding } from '../domain/findings.js';
import { formatFinding } from '../domain/findings.js';
import { formatDuration, formatUsd, type CostEstimate } from '../plan/cost.js';
import { PLAN_STATUSES, isPlanned, type PlanStatus, type PlannedShot } from '../plan/plan.js';

/** GitHub rejects issue and pull-request comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Lets the action find and update its own comment instead of adding a new one per push. */
export const PLAN_COMMENT_MARKER = '<!-- shotlist:plan -->';

export interface PlanMarkdownInput {
  plan: readonly PlannedShot[];
  cost: CostEstimate;
  findings?: readonly Finding[];
  baseRef?: string;
  /** Why the base could not be compared, if so. */
  baseProblem?: string;
  shards?: number;
}

export interface PlanMarkdownOptions {
  /** Hard ceiling on the output length in characters. */
  maxChars?: number;
  /** Rows in the always-visible table. */
  visibleRows?: number;
}

const STATUS_LABEL: Record<PlanStatus, string> = {
  new: 'new',
  regenerate: 'regenerate',
  're-derive': 're-derive (free)',
  'failed-last-time': 'retry (failed last time)',
  blocked: 'blocked (same inputs, same failure)',
  unchanged: 'unchanged',
  orphaned: 'orphaned (no longer configured)',
};

/** Table cells: no pipes or newlines to break the row, no raw HTML from product names. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function row(shot: PlannedShot): string {
  const model = shot.spec?.model ?? shot.previous?.model ?? '';
  const prompt = shot.spec
    ? `${shot.spec.promptId}@${shot.spec.promptVersion}`
    : (shot.previous?.prompt ?? '');
  const shard = shot.shard ? ` | ${shot.shard}` : '';
  return `| \`${cell(shot.key)}\` | ${STATUS_LABEL[shot.status]} | ${cell(model)} | ${cell(prompt)} | ${cell(shot.reason ?? '')}${shard} |\n`;
}

function header(shards: boolean): string {
  return shards
    ? '| shot | status | model | prompt | why | shard |\n|---|---|---|---|---|---|\n'
    : '| shot | status | model | prompt | why |\n|---|---|---|---|---|\n';
}

/**
 * The plan as a pull-request comment: counts, cost, the first shots with reasons, everything else
 * collapsed. Never longer than `maxChars`: rows that do not fit are counted, not dropped silently.
 */
export function renderPlanMarkdown(input: PlanMarkdownInput, options: PlanMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const visibleRows = options.visibleRows ?? 20;
  const counts = new Map<PlanStatus, number>(PLAN_STATUSES.map((s) => [s, 0]));
  for (const shot of input.plan) counts.set(shot.status, counts.get(shot.status)! + 1);
  const listed = input.plan.filter(
    (s) => isPlanned(s.status) || s.status === 'orphaned' || s.status === 'blocked',
  );
  const { cost } = input;

  let head = `${PLAN_COMMENT_MARKER}\n### shotlist plan\n\n`;
  const work = cost.images + cost.rederive;
  if (work === 0 && counts.get('orphaned') === 0) {
    head += 'Nothing to generate: every configured shot matches the manifest.\n\n';
  } else {
    head +=
      `**${cost.images} image${cost.images === 1 ? '' : 's'} to generate**, ${cost.rederive} to re-derive (free), ` +
      `estimated **${formatUsd(cost.usd)}** and about ${formatDuration(cost.seconds)}` +
      `${input.baseRef ? ` · compared with \`${cell(input.baseRef)}\`` : ''}` +
      `${input.shards ? ` · ${input.shards} shards` : ''}.\n\n`;
  }
  if (input.baseProblem) head += `> Note: ${cell(input.baseProblem)}; reasons come from the manifest.\n\n`;
  const errors = (input.findings ?? []).filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    head += `> [!CAUTION]\n${errors
      .slice(0, 10)
      .map((f) => `> ${cell(formatFinding(f))}`)
      .join('\n')}${errors.length > 10 ? `\n> …and ${errors.length - 10} more` : ''}\n\n`;
  }
  head += '| status | shots |\n|---|---:|\n';
  for (const s of PLAN_STATUSES)
    if (counts.get(s)! > 0) head += `| ${STATUS_LABEL[s]} | ${counts.get(s)} |\n`;
  head += '\n';
  if (cost.models.length > 0) {
    head += '| model | images | re-derive | est. cost | est. time |\n|---|---:|---:|---:|---:|\n';
    for (const m of cost.models) {
      head +=
        `| ${cell(m.model)} | ${m.images} | ${m.rederive} | ${m.known ? formatUsd(m.usd) : 'unknown'} | ` +
        `${formatDuration(m.seconds)} (×${m.concurrency}) |\n`;
    }
    head += '\n';
  }
  // Budget: keep room for the closing of whatever is open plus a one-line summary of what did not fit.
  const reserve = 400;
  if (head.length + reserve > maxChars) {
    // Absurdly small limit: the counts alone must still be honest.
    return truncateAtLine(head, maxChars);
  }
  let out = head;
  const withShards = input.shards !== undefined && input.shards > 1;
  const visible = listed.slice(0, visibleRows);
  let shown = 0;
  if (visible.length > 0) {
    out += header(withShards);
    for (const shot of visible) {
      const r = row(shot);
      if (out.length + r.length + reserve > maxChars) break;
      out += r;
      shown++;
    }
    out += '\n';
  }
  if (shown < listed.length) {
    const rest = listed.slice(shown);
    const open = `<details><summary>${rest.length} more shot${rest.length === 1 ? '' : 's'}</summary>\n\n${header(withShards)}`;
    if (out.length + open.length + reserve <= maxChars) {
      out += open;
      let inDetails = 0;
      for (const shot of rest) {
        const r = row(shot);
        if (out.length + r.length + reserve > maxChars) break;
        out += r;
        inDetails++;
      }
      shown += inDetails;
      if (shown < listed.length) {
        out += `\n…and ${listed.length - shown} more not shown here (GitHub's comment limit): ${summariseByStatus(listed.slice(shown))}. Run \`shotlist plan --json\` for the full list.\n`;
      }
      out += '\n</details>\n';
    } else {
      out += `…and ${rest.length} more not shown here: ${summariseByStatus(rest)}. Run \`shotlist plan --json\` for the full list.\n`;
    }
  }
  return out.length <= maxChars ? out : truncateAtLine(out, maxChars);
}

function summariseByStatus(shots: readonly PlannedShot[]): string {
  const c = new Map<string, number>();
  for (const s of shots) c.set(STATUS_LABEL[s.status], (c.get(STATUS_LABEL[s.status]) ?? 0) + 1);
  return [...c].map(([k, n]) => `${n} ${k}`).join(', ');
}

function truncateAtLine(text: string, maxChars: number): string {
  const note = '\n…(truncated)\n';
  const cut = text.lastIndexOf('\n', maxChars - note.length);
  return text.slice(0, Math.max(0, cut)) + note;
}
