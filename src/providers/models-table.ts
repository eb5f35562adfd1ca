import { MODELS, type ModelRoute } from '../domain/models.js';
import { KEY_ENV } from './registry.js';

export const TABLE_START =
  '<!-- models-table:start (generated from src/domain/models.ts; a test keeps it equal) -->';
export const TABLE_END = '<!-- models-table:end -->';

function aspects(route: ModelRoute, anyAspect?: boolean): string {
  if (anyAspect) return 'any';
  if (route.sizes && Object.values(route.sizes).some((s) => s.includes('x')))
    return Object.entries(route.sizes)
      .map(([a, s]) => `${a} (${s})`)
      .join(', ');
  return route.aspects.join(', ');
}

function price(route: ModelRoute): string {
  const usd = `$${route.priceUsd.toFixed(3)}`;
  if (route.credits !== undefined)
    return `${usd} (${route.credits} credit${route.credits === 1 ? '' : 's'}; reported cost used)`;
  if (route.tokenUsd) return `${usd} (high, 1024²; reported usage used)`;
  return usd;
}

/** The README's table of models x providers, straight from the registry. */
export function modelsTable(): string {
  const rows = [
    '| model | provider | API model id | native aspects (sizes) | max px | reference photo | seed | price / image | key variable |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const m of MODELS) {
    if (m.retired) continue;
    m.routes.forEach((r, i) => {
      const key = r.provider === 'studio' ? 'none (offline)' : `\`${KEY_ENV[r.provider]}\``;
      rows.push(
        `| ${i === 0 ? `\`${m.id}\`` : ''} | ${r.provider}${i === 0 && m.routes.length > 1 ? ' (default)' : ''} | \`${r.providerModel}\` | ${aspects(r, m.anyAspect)} | ${r.maxSize} | ${r.reference ? 'yes' : 'no'} | ${r.seed ? 'yes' : 'no'} | ${price(r)} | ${key} |`,
      );
    });
  }
  const retired = MODELS.filter((m) => m.retired).map(
    (m) => `- \`${m.id}\`: retired since ${m.retired!.since} (${m.retired!.why}); use ${m.retired!.use}.`,
  );
  return [TABLE_START, rows.join('\n'), '', 'Refused by `validate`:', '', ...retired, TABLE_END].join('\n');
}
