import type { Config, Product } from '../domain/config.js';
import type { ManifestRecord } from '../domain/manifest-record.js';
import type { BaseSide } from './base.js';
import type { PlannedShot } from './plan.js';
import type { ShotSpec } from '../domain/spec.js';

export interface Reason {
  code: string;
  text: string;
}

function productsBySku(config: Config | undefined): Map<string, Product> {
  return new Map((config?.products ?? []).map((p) => [p.sku, p]));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The YAML changes between the base spec and the head spec of one shot, most telling first. */
export function diffSpecs(
  base: ShotSpec,
  head: ShotSpec,
  baseProduct: Product | undefined,
  headProduct: Product | undefined,
): Reason[] {
  const out: Reason[] = [];
  if (base.promptId !== head.promptId) {
    out.push({
      code: 'prompt-switched',
      text: `prompt switched from ${base.promptId}@${base.promptVersion} to ${head.promptId}@${head.promptVersion}`,
    });
  } else if (base.promptVersion !== head.promptVersion) {
    out.push({
      code: 'prompt-version-bumped',
      text: `prompt ${head.promptId} version ${base.promptVersion} → ${head.promptVersion}`,
    });
  } else if (base.templateHash !== head.templateHash) {
    out.push({
      code: 'prompt-text-edited',
      text: `prompt ${head.promptId}@${head.promptVersion} text edited`,
    });
  }
  if (baseProduct && headProduct) {
    if (baseProduct.name !== headProduct.name) {
      out.push({
        code: 'product-renamed',
        text: `product renamed "${baseProduct.name}" → "${headProduct.name}"`,
      });
    } else if (
      base.prompt !== head.prompt &&
      (baseProduct.category !== headProduct.category ||
        !sameJson(baseProduct.attributes, headProduct.attributes))
    ) {
      out.push({
        code: 'product-details-changed',
        text: `product ${head.sku} category or attributes changed`,
      });
    }
  }
  if (base.sourceHash !== head.sourceHash) {
    if (!base.sourceHash)
      out.push({ code: 'source-added', text: `supplier photo added (${head.sourcePath})` });
    else if (!head.sourceHash) out.push({ code: 'source-removed', text: 'supplier photo removed' });
    else out.push({ code: 'source-replaced', text: `supplier photo replaced (${head.sourcePath})` });
  }
  if (base.model !== head.model) {
    out.push({ code: 'model-switched', text: `model switched ${base.model} → ${head.model}` });
  }
  if (base.placement !== head.placement) {
    out.push({
      code: 'placement-switched',
      text: `variant moved to placement ${base.placement} → ${head.placement}`,
    });
  } else {
    if (base.aspect !== head.aspect) {
      out.push({
        code: 'aspect-changed',
        text: `placement ${head.placement} aspect ${base.aspect} → ${head.aspect}`,
      });
    }
    const output: string[] = [];
    for (const f of ['size', 'format', 'quality', 'background'] as const) {
      if (base[f] !== head[f]) output.push(`${f} ${base[f]} → ${head[f]}`);
    }
    if (output.length > 0) {
      out.push({
        code: 'placement-output-changed',
        text: `placement ${head.placement} ${output.join(', ')}`,
      });
    }
  }
  if (
    base.seed !== head.seed &&
    base.promptVersion === head.promptVersion &&
    base.promptId === head.promptId
  ) {
    out.push({ code: 'seed-changed', text: `seed ${base.seed} → ${head.seed}` });
  }
  if (!sameJson(base.studio, head.studio)) {
    out.push({ code: 'studio-options-changed', text: 'studio options changed' });
  }
  return out;
}

/** When there is no base (or no difference in config), say what the manifest shows. */
export function manifestReasons(shot: PlannedShot): Reason[] {
  const spec = shot.spec;
  const prev: ManifestRecord | undefined = shot.previous;
  switch (shot.status) {
    case 'new':
      return [{ code: 'not-generated-yet', text: 'no manifest record yet' }];
    case 'orphaned':
      return [{ code: 'not-configured', text: 'in the manifest but no longer configured' }];
    case 'failed-last-time':
      return [
        {
          code: 'failed-last-time',
          text: `failed last time${prev?.error ? ` (${prev.error.kind}: ${prev.error.message})` : prev?.status === 'qa-failed' ? ' (QA)' : ''}`,
        },
      ];
    case 'blocked':
      return [
        {
          code: 'blocked',
          text: `${prev?.error ? `${prev.error.kind}: ${prev.error.message}` : `QA failed (${failedChecks(prev)})`} since ${prev?.createdAt ?? '?'}; change its inputs, run generate --retry-blocked${prev?.status === 'qa-failed' ? ', or accept it' : ''}`,
        },
      ];
    case 're-derive':
      return [
        {
          code: 'output-settings-changed',
          text: 'output settings changed; re-derived from the kept raw image',
        },
      ];
    case 'unchanged':
      return [];
    case 'regenerate': {
      if (!spec || !prev) return [{ code: 'inputs-changed', text: 'inputs changed' }];
      const out: Reason[] = [];
      const promptId = `${spec.promptId}@${spec.promptVersion}`;
      if (prev.prompt !== promptId)
        out.push({ code: 'prompt-version-bumped', text: `prompt ${prev.prompt} → ${promptId}` });
      else if (prev.templateHash !== spec.templateHash) {
        out.push({ code: 'prompt-text-edited', text: `prompt ${promptId} text edited` });
      }
      if (prev.model !== spec.model)
        out.push({ code: 'model-switched', text: `model ${prev.model} → ${spec.model}` });
      if (prev.genHash === spec.genHash) {
        out.push({ code: 'raw-missing', text: 'output settings changed but no raw image was kept' });
      }
      if (out.length === 0) {
        out.push({
          code: 'inputs-changed',
          text: 'what the model sees changed (product details, photo, seed or options)',
        });
      }
      return out;
    }
  }
}

function failedChecks(record: ManifestRecord | undefined): string {
  const names = (record?.qa?.checks ?? []).filter((c) => c.status === 'fail').map((c) => c.check);
  return names.join(', ') || 'checks';
}

/**
 * Fills `reason` and `reasonCodes` on every shot that is not unchanged: the YAML change against the
 * base when there is one, else (or when the config did not change for that shot) what the manifest shows.
 */
export function explainPlan(plan: PlannedShot[], head: Config, base?: BaseSide): void {
  const baseSpecs = new Map((base?.specs ?? []).map((s) => [s.key, s]));
  const baseProducts = productsBySku(base?.config);
  const headProducts = productsBySku(head);
  const baseUsable = base !== undefined && (base.config !== undefined || base.empty === true);
  for (const shot of plan) {
    if (shot.status === 'unchanged') continue;
    let reasons: Reason[] = [];
    if (baseUsable) {
      const sku = shot.spec?.sku ?? shot.previous?.sku ?? shot.key.split('/')[0]!;
      const baseSpec = baseSpecs.get(shot.key);
      if (shot.spec && !baseSpec) {
        reasons = baseProducts.has(sku)
          ? [{ code: 'variant-added', text: `variant ${shot.spec.variant} added to ${sku}` }]
          : [{ code: 'product-added', text: `product ${sku} added` }];
      } else if (shot.spec && baseSpec) {
        reasons = diffSpecs(baseSpec, shot.spec, baseProducts.get(sku), headProducts.get(sku));
      } else if (!shot.spec && baseSpec) {
        reasons = headProducts.has(sku)
          ? [
              {
                code: 'variant-removed',
                text: `variant ${shot.previous?.variant ?? shot.key} removed from ${sku}`,
              },
            ]
          : [{ code: 'product-removed', text: `product ${sku} removed` }];
      }
      if (shot.status === 'failed-last-time') reasons = [...manifestReasons(shot), ...reasons];
    }
    if (reasons.length === 0) reasons = manifestReasons(shot);
    shot.reason = reasons.map((r) => r.text).join('; ');
    shot.reasonCodes = reasons.map((r) => r.code);
  }
}
