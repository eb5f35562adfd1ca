import type { Finding } from '../domain/findings.js';
import type { Settings } from '../domain/config.js';
import { findModel, MODELS, providersOf } from '../domain/models.js';
import { listing } from './entities.js';
import { didYouMean } from './suggest.js';
import type { YamlFile } from './yaml-file.js';

const IMAGEN_GONE =
  'Google shut Imagen down in the Gemini API and Vertex on 2026-08-17; imagen-3 is served through pixelmuse (its default route), or pick nano-banana-2 / nano-banana-pro';

/** shotlist.yaml's routing and provider sections, checked against the model registry, at their lines. */
export function checkSettings(file: YamlFile, settings: Settings): Finding[] {
  const findings: Finding[] = [];
  if (hasKey(file.data, ['providers', 'imagen']))
    findings.push(
      file.finding(
        'provider-imagen',
        ['providers', 'imagen'],
        `providers.imagen: ${IMAGEN_GONE}; remove this section`,
        { key: true },
      ),
    );
  for (const [id, r] of Object.entries(settings.routing ?? {})) {
    const at = ['routing', id];
    const model = findModel(id);
    if (!model) {
      const known = MODELS.filter((m) => !m.retired && m.provider !== 'studio').map((m) => m.id);
      findings.push(
        file.finding(
          'unknown-model',
          at,
          `routing names unknown model "${id}"${didYouMean(id, known) || `; known models: ${listing(known)}`}`,
          { key: true },
        ),
      );
      continue;
    }
    if (model.retired) {
      findings.push(
        file.finding(
          'model-retired',
          at,
          `model "${id}" is retired since ${model.retired.since}: ${model.retired.why}; use ${model.retired.use}`,
          { key: true },
        ),
      );
      continue;
    }
    const serving = providersOf(model);
    for (const field of ['provider', 'fallback'] as const) {
      const provider = r[field];
      if (provider === undefined || serving.includes(provider as never)) continue;
      const why = provider === 'imagen' ? IMAGEN_GONE : `${provider} does not serve ${id}`;
      findings.push(
        file.finding(
          'model-route',
          [...at, field],
          `routing.${id}.${field}: ${why}; ${id} is served by ${listing(serving)}`,
        ),
      );
    }
    if (r.fallback !== undefined && r.fallback === r.provider)
      findings.push(
        file.finding(
          'model-route',
          [...at, 'fallback'],
          `routing.${id}.fallback is the same provider as routing.${id}.provider; name another provider that serves it (${listing(serving)}) or remove the fallback`,
          { severity: 'warning' },
        ),
      );
  }
  return findings;
}

function hasKey(data: unknown, path: string[]): boolean {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return false;
    v = (v as Record<string, unknown>)[k];
  }
  return v !== undefined;
}
