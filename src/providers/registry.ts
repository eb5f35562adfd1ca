import { article, PROVIDER_NAMES } from '../domain/text.js';
import type { ProviderSettings } from '../domain/config.js';
import { createFakeHttpProvider } from './fake-http.js';
import { findModel, type ModelInfo } from '../domain/models.js';
import { createStudioProvider } from './studio/index.js';
import type { Provider } from './types.js';

/** The environment variable holding each hosted provider's key. Only its name is ever printed. */
export const KEY_ENV: Record<Exclude<ModelInfo['provider'], 'studio'>, string> = {
  gemini: 'GEMINI_API_KEY',
  imagen: 'GEMINI_API_KEY',
  openai: 'OPENAI_API_KEY',
  recraft: 'RECRAFT_API_TOKEN',
  fal: 'FAL_KEY',
  replicate: 'REPLICATE_API_TOKEN',
  pixelmuse: 'PIXELMUSE_API_KEY',
};

/**
 * Test hook: a loopback base URL of the fake server in test/fakes. Every hosted model is then served
 * by it. Refused for any non-loopback URL so a stray variable can never send prompts anywhere.
 */
export const FAKE_PROVIDER_ENV = 'SHOTLIST_FAKE_PROVIDER_URL';

/** A hosted adapter, keyed by provider id; none ship yet, tests inject theirs. */
export type ProviderFactory = (ctx: {
  model: ModelInfo;
  key: string;
  settings: ProviderSettings;
}) => Provider;

export type ProviderLookup =
  | { ok: true; model: ModelInfo; provider: Provider; providerId: string; fake: boolean }
  | {
      ok: false;
      model?: ModelInfo;
      reason: 'unknown-model' | 'no-key' | 'no-adapter' | 'offline';
      message: string;
    };

export interface RegistryOptions {
  env: NodeJS.ProcessEnv;
  providers: Record<string, ProviderSettings>;
  offline?: boolean;
  /** Extra adapters by provider id (tests). */
  adapters?: Partial<Record<string, ProviderFactory>>;
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
export function fakeProviderProblem(env: NodeJS.ProcessEnv): string | undefined {
  const url = env[FAKE_PROVIDER_ENV];
  if (url === undefined || url === '') return undefined;
  return isLoopbackUrl(url)
    ? undefined
    : `${FAKE_PROVIDER_ENV} is set to a non-loopback URL; it is a test hook that only accepts http://127.0.0.1:<port>. Unset it`;
}

/** Maps model ids to Provider instances, one instance per provider id (so one queue per provider). */
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
    if (!model) {
      return {
        ok: false,
        reason: 'unknown-model',
        message: `model "${modelId}" is not in the model registry`,
      };
    }
    const settings = options.providers[model.provider] ?? { concurrency: 4, timeoutSeconds: 120 };
    if (model.provider === 'studio') {
      return {
        ok: true,
        model,
        providerId: 'studio',
        fake: false,
        provider: instance('studio', createStudioProvider),
      };
    }
    const envName = KEY_ENV[model.provider];
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
        providerId: model.provider,
        fake: true,
        provider: instance(model.provider, () =>
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
        message: missingKeyMessage(model.id, model.provider, envName),
      };
    }
    const factory = options.adapters?.[model.provider];
    if (!factory) {
      return {
        ok: false,
        model,
        reason: 'no-adapter',
        message: `model ${model.id} (${model.provider}) has no adapter in this version of shotlist yet; pick another model for the variant, e.g. studio`,
      };
    }
    return {
      ok: true,
      model,
      providerId: model.provider,
      fake: false,
      provider: instance(model.provider, () => factory({ model, key, settings })),
    };
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
