import type { ModelRouting, ProviderSettings } from '../domain/config.js';
import { findModel, routeOf, type ModelInfo, type ModelRoute } from '../domain/models.js';
import { article, PROVIDER_NAMES } from '../domain/text.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../images/normalise.js';
import { createFakeHttpProvider } from './fake-http.js';
import { fal } from './fal/index.js';
import { gemini } from './gemini/index.js';
import type { ProviderDefinition } from './http/adapter.js';
import { openai } from './openai/index.js';
import { pixelmuse } from './pixelmuse/index.js';
import { recraft } from './recraft/index.js';
import { replicate } from './replicate/index.js';
import { createStudioProvider } from './studio/index.js';
import type { Provider } from './types.js';

/** Every hosted API shotlist speaks, by provider id. */
export const PROVIDERS: Readonly<Record<ProviderDefinition['id'], ProviderDefinition>> = {
  gemini,
  openai,
  recraft,
  fal,
  replicate,
  pixelmuse,
};

/** The environment variable holding each hosted provider's key by default. Only its name is ever printed. */
export const KEY_ENV: Readonly<Record<ProviderDefinition['id'], string>> = Object.fromEntries(
  Object.values(PROVIDERS).map((d) => [d.id, d.keyEnv]),
) as Record<ProviderDefinition['id'], string>;

/** The variable a provider's key is read from: shotlist.yaml's keyEnv, else the provider's usual one. */
export function keyEnvOf(providerId: string, settings?: ProviderSettings): string {
  return (
    settings?.keyEnv ??
    KEY_ENV[providerId as ProviderDefinition['id']] ??
    `${providerId.toUpperCase()}_API_KEY`
  );
}

/**
 * Test hook: a loopback base URL of the fake server in test/fakes. Every hosted model is then served
 * by it. Refused for any non-loopback URL so a stray variable can never send prompts anywhere.
 */
export const FAKE_PROVIDER_ENV = 'SHOTLIST_FAKE_PROVIDER_URL';

/** An adapter factory (tests inject their own through RegistryOptions.adapters). */
export type ProviderFactory = (ctx: {
  model: ModelInfo;
  key: string;
  settings: ProviderSettings;
}) => Provider;

export interface ProviderFound {
  ok: true;
  model: ModelInfo;
  /** The route serving the model: provider, its model id, aspects, sizes, price (the model's default when absent). */
  route?: ModelRoute;
  provider: Provider;
  providerId: string;
  fake: boolean;
  /**
   * The fallback route from shotlist.yaml's routing, for when this one is unavailable (5xx after
   * retries, or the model retired there): resolved on demand, it may itself be unusable (no key).
   */
  fallback?: () => ProviderLookup;
}

export type ProviderLookup =
  | ProviderFound
  | {
      ok: false;
      model?: ModelInfo;
      reason: 'unknown-model' | 'no-key' | 'no-adapter' | 'offline' | 'retired' | 'no-route';
      message: string;
    };

export interface RegistryOptions {
  env: Readonly<Record<string, string | undefined>>;
  providers: Record<string, ProviderSettings>;
  routing?: Record<string, ModelRouting>;
  offline?: boolean;
  /** Adapters by provider id that replace the built-in ones (tests). */
  adapters?: Partial<Record<string, ProviderFactory>>;
  /** Cap on any answer or download (default: the image input cap). */
  maxBytes?: number;
}

function isLoopbackUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(u.hostname)
    );
  } catch {
    return false;
  }
}

/** Checks SHOTLIST_FAKE_PROVIDER_URL; returns an error message when it is set to something unsafe. */
export function fakeProviderProblem(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const url = env[FAKE_PROVIDER_ENV];
  if (url === undefined || url === '') return undefined;
  return isLoopbackUrl(url)
    ? undefined
    : `${FAKE_PROVIDER_ENV} is set to a non-loopback URL; it is a test hook that only accepts http://127.0.0.1:<port>. Unset it`;
}

const DEFAULT_SETTINGS: ProviderSettings = { concurrency: 4, timeoutSeconds: 120 };

/** Maps model ids to Provider instances through shotlist.yaml's routing, one instance per provider id (one queue each). */
export function createProviderRegistry(options: RegistryOptions): (modelId: string) => ProviderLookup {
  const cache = new Map<string, ProviderLookup>();
  const fakeUrl = options.env[FAKE_PROVIDER_ENV];
  const fakeOn = !!fakeUrl && isLoopbackUrl(fakeUrl);
  const instances = new Map<string, Provider>();
  const instance = (id: string, make: () => Provider): Provider => {
    let p = instances.get(id);
    if (!p) instances.set(id, (p = make()));
    return p;
  };
  return (modelId) => {
    const hit = cache.get(modelId);
    if (hit) return hit;
    const found = lookup(modelId);
    cache.set(modelId, found);
    return found;
  };

  function lookup(modelId: string): ProviderLookup {
    const model = findModel(modelId);
    if (!model)
      return {
        ok: false,
        reason: 'unknown-model',
        message: `model "${modelId}" is not in the model registry`,
      };
    if (model.retired) {
      return {
        ok: false,
        model,
        reason: 'retired',
        message: `model ${model.id} is retired since ${model.retired.since} (${model.retired.why}); use ${model.retired.use}`,
      };
    }
    const routing = options.routing?.[model.id];
    const { route, fallback } = routeOf(model, routing);
    if (!route) {
      return {
        ok: false,
        model,
        reason: 'no-route',
        message: `shotlist.yaml routes ${model.id} to ${routing?.provider}, which does not serve it; it is served by ${model.routes.map((r) => r.provider).join(', ')}`,
      };
    }
    const found = withRoute(model, route);
    if (!found.ok || !fallback) return found;
    let resolved: ProviderLookup | undefined;
    return { ...found, fallback: () => (resolved ??= withRoute(model, fallback)) };
  }

  function withRoute(model: ModelInfo, route: ModelRoute): ProviderLookup {
    const providerId = route.provider;
    const settings = options.providers[providerId] ?? DEFAULT_SETTINGS;
    if (providerId === 'studio') {
      return {
        ok: true,
        model,
        route,
        providerId,
        fake: false,
        provider: instance('studio', createStudioProvider),
      };
    }
    const envName = keyEnvOf(providerId, settings);
    if (options.offline) {
      return {
        ok: false,
        model,
        reason: 'offline',
        message: `model ${model.id} needs ${envName}; run without --offline in CI`,
      };
    }
    if (fakeOn) {
      return {
        ok: true,
        model,
        route,
        providerId,
        fake: true,
        provider: instance(providerId, () =>
          createFakeHttpProvider({ baseUrl: fakeUrl!, timeoutMs: settings.timeoutSeconds * 1000 }),
        ),
      };
    }
    const key = options.env[envName];
    if (!key) {
      return {
        ok: false,
        model,
        reason: 'no-key',
        message: missingKeyMessage(model.id, providerId, envName),
      };
    }
    const injected = options.adapters?.[providerId];
    const definition = PROVIDERS[providerId];
    const make = (): Provider =>
      injected
        ? injected({ model, key, settings })
        : definition.create({
            key,
            baseUrl: (settings.baseUrl ?? definition.defaultBaseUrl).replace(/\/+$/, ''),
            timeoutMs: settings.timeoutSeconds * 1000,
            maxBytes: options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES,
            concurrency: settings.concurrency,
            ...(settings.pollSeconds !== undefined ? { pollInitialMs: settings.pollSeconds * 1000 } : {}),
          });
    return { ok: true, model, route, providerId, fake: false, provider: instance(providerId, make) };
  }
}

/** Which variable, where to set it locally and in CI, and how to run without it. */
export function missingKeyMessage(modelId: string, provider: string, envName: string): string {
  const name = PROVIDER_NAMES[provider] ?? provider;
  return (
    `model ${modelId} needs the ${envName} environment variable (${article(name)} ${name} API key): ` +
    `export ${envName}=… in your shell, or in GitHub add a repository secret ${envName} and pass it to the shotlist step's env; ` +
    `or use --offline to run only studio shots`
  );
}
