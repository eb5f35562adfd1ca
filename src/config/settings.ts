import type { ProviderSettings, Settings } from '../domain/config.js';
import { MODELS } from '../domain/models.js';

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_TIMEOUT_SECONDS = 120;

type Raw = Record<string, unknown>;

function obj(value: unknown): Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value.replace(/\/+$/, '') : fallback;
}

/** Settings from shotlist.yaml's data (already schema-checked), every field filled with its default. */
export function buildSettings(data: unknown): Settings {
  const raw = obj(data);
  const paths = obj(raw.paths);
  const run = obj(raw.run);
  const budget = obj(raw.budget);
  const storage = obj(raw.storage);
  const providersRaw = obj(raw.providers);

  const providers: Record<string, ProviderSettings> = {};
  const names = new Set<string>([
    ...MODELS.flatMap((m) => m.routes.map((r) => r.provider)),
    ...Object.keys(providersRaw),
  ]);
  for (const name of names) {
    const p = obj(providersRaw[name]);
    const settings: ProviderSettings = {
      concurrency: num(p.concurrency, DEFAULT_CONCURRENCY),
      timeoutSeconds: num(p.timeoutSeconds, DEFAULT_TIMEOUT_SECONDS),
    };
    if (typeof p.ratePerMinute === 'number') settings.ratePerMinute = p.ratePerMinute;
    if (typeof p.baseUrl === 'string') settings.baseUrl = p.baseUrl.replace(/\/+$/, '');
    if (typeof p.keyEnv === 'string') settings.keyEnv = p.keyEnv;
    if (typeof p.pollSeconds === 'number') settings.pollSeconds = p.pollSeconds;
    providers[name] = settings;
  }
  const routing: Settings['routing'] = {};
  for (const [model, value] of Object.entries(obj(raw.routing))) {
    const r = obj(value);
    if (typeof r.provider !== 'string') continue;
    routing[model] = {
      provider: r.provider,
      ...(typeof r.fallback === 'string' ? { fallback: r.fallback } : {}),
    };
  }

  const settings: Settings = {
    paths: {
      catalog: str(paths.catalog, 'catalog'),
      placements: str(paths.placements, 'placements'),
      prompts: str(paths.prompts, 'prompts'),
      store: str(paths.store, 'generated'),
    },
    providers,
    routing,
    run: {
      shotDeadlineSeconds: num(run.shotDeadlineSeconds, 600),
      maxAttempts: num(run.maxAttempts, 5),
      rerolls: num(run.rerolls, 2),
      graceSeconds: num(run.graceSeconds, 30),
      keepRaw: typeof run.keepRaw === 'boolean' ? run.keepRaw : true,
    },
    budget: {},
    storage: { kind: 'git' },
  };
  if (typeof budget.maxImages === 'number') settings.budget.maxImages = budget.maxImages;
  if (typeof budget.maxUsd === 'number') settings.budget.maxUsd = budget.maxUsd;
  if (storage.kind === 's3' && typeof storage.bucket === 'string') {
    settings.storage = { kind: 's3', bucket: storage.bucket };
    for (const key of ['endpoint', 'region', 'publicBaseUrl', 'prefix'] as const) {
      if (typeof storage[key] === 'string') settings.storage[key] = storage[key];
    }
  }
  return settings;
}
