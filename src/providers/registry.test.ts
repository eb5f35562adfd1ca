import { describe, expect, it } from 'vitest';
import { aspectPlan, findModel, findRoute, MODELS, routeOf } from '../domain/models.js';
import { createProviderRegistry, KEY_ENV, keyEnvOf, PROVIDERS } from './registry.js';

const providers = {
  pixelmuse: { concurrency: 2, timeoutSeconds: 5, keyEnv: 'MY_PM_KEY' },
  gemini: { concurrency: 2, timeoutSeconds: 5 },
};

describe('provider registry with routing', () => {
  it('serves a model through its default route, or the one shotlist.yaml routes it to', () => {
    const env = { GEMINI_API_KEY: 'g-key-0123456789', MY_PM_KEY: 'pm_test_0123456789' };
    const plain = createProviderRegistry({ env, providers })('nano-banana-2');
    expect(plain).toMatchObject({
      ok: true,
      providerId: 'gemini',
      route: { providerModel: 'gemini-3.1-flash-image' },
    });
    const routed = createProviderRegistry({
      env,
      providers,
      routing: { 'nano-banana-2': { provider: 'pixelmuse' } },
    })('nano-banana-2');
    expect(routed).toMatchObject({
      ok: true,
      providerId: 'pixelmuse',
      route: { providerModel: 'nano-banana-2', credits: 1 },
    });
    expect(createProviderRegistry({ env, providers })('imagen-3')).toMatchObject({
      ok: true,
      providerId: 'pixelmuse',
    });
  });

  it('reads the key from the configured variable and names it (never the value) when it is missing', () => {
    const missing = createProviderRegistry({
      env: { PIXELMUSE_API_KEY: 'pm_live_abcdef0123456789' },
      providers,
    })('imagen-3');
    expect(missing).toMatchObject({ ok: false, reason: 'no-key' });
    if (!missing.ok) {
      expect(missing.message).toContain('MY_PM_KEY');
      expect(missing.message).not.toContain('pm_live_abcdef');
    }
    expect(keyEnvOf('fal')).toBe('FAL_KEY');
    expect(keyEnvOf('pixelmuse', providers.pixelmuse)).toBe('MY_PM_KEY');
  });

  it('resolves the fallback on demand, with its own key check', () => {
    const lookup = createProviderRegistry({
      env: { FAL_KEY: 'fal-0123456789' },
      providers,
      routing: { 'nano-banana-2': { provider: 'fal', fallback: 'gemini' } },
    });
    const found = lookup('nano-banana-2');
    expect(found).toMatchObject({ ok: true, providerId: 'fal' });
    const fallback = found.ok ? found.fallback?.() : undefined;
    expect(fallback).toMatchObject({ ok: false, reason: 'no-key' });
  });

  it('refuses retired models and routes to a provider that does not serve the model', () => {
    const lookup = createProviderRegistry({
      env: { GEMINI_API_KEY: 'k-0123456789' },
      providers,
      routing: { 'recraft-v4': { provider: 'gemini' } },
    });
    const retired = lookup('pixelmuse-nano-banana-2');
    expect(retired).toMatchObject({ ok: false, reason: 'retired' });
    if (!retired.ok) expect(retired.message).toContain('routing: { nano-banana-2: { provider: pixelmuse } }');
    expect(lookup('recraft-v4')).toMatchObject({ ok: false, reason: 'no-route' });
  });

  it('has one definition per hosted provider of the registry, each with its key variable', () => {
    const used = new Set(
      MODELS.flatMap((m) => m.routes.map((r) => r.provider)).filter((p) => p !== 'studio'),
    );
    expect([...used].sort()).toEqual(Object.keys(PROVIDERS).sort());
    expect(KEY_ENV).toEqual({
      gemini: 'GEMINI_API_KEY',
      openai: 'OPENAI_API_KEY',
      recraft: 'RECRAFT_API_TOKEN',
      fal: 'FAL_KEY',
      replicate: 'REPLICATE_API_TOKEN',
      pixelmuse: 'PIXELMUSE_API_KEY',
    });
    for (const d of Object.values(PROVIDERS)) expect(d.defaultBaseUrl).toMatch(/^https:\/\//);
  });
});

describe('model registry data', () => {
  it('names no shut-down id and no direct Imagen route', () => {
    for (const m of MODELS.filter((x) => !x.retired))
      for (const r of m.routes) {
        expect(r.providerModel).not.toMatch(/-preview$/);
        expect(r.providerModel).not.toMatch(/^imagen-\d\.\d/);
      }
    expect(findModel('imagen-3')!.routes.map((r) => r.provider)).toEqual(['pixelmuse']);
    expect(findModel('nano-banana-2')!.routes.map((r) => r.provider)).toEqual(['gemini', 'fal', 'pixelmuse']);
  });

  it('plans the nearest wider native aspect, else the nearest taller, with the size for APIs that take sizes', () => {
    const gemini = findRoute(findModel('nano-banana-2')!)!;
    expect(aspectPlan(gemini, '4:5')).toEqual({ mode: 'crop', generate: '1:1' });
    expect(aspectPlan(gemini, '16:9')).toEqual({ mode: 'native', generate: '16:9' });
    expect(aspectPlan(gemini, '1:3')).toEqual({ mode: 'crop', generate: '9:16' });
    expect(aspectPlan(gemini, '1:4')).toBeUndefined();
    const gpt = findModel('gpt-image-1')!;
    expect(aspectPlan(gpt, '16:9')).toEqual({ mode: 'crop', generate: '3:2', size: '1536x1024' });
    expect(aspectPlan(gpt, '4:5')).toEqual({ mode: 'crop', generate: '1:1', size: '1024x1024' });
    const pixel = routeOf(findModel('nano-banana-2')!, { provider: 'pixelmuse' }).route!;
    expect(aspectPlan(pixel, '4:5')).toEqual({ mode: 'native', generate: '4:5' });
  });
});
