import type { ImageFormat, StudioOptions } from '../domain/config.js';
import { findModel } from '../domain/models.js';
import { hashSortedObject, sha256Hex, sortedKeys } from '../domain/canonical.js';

// One definition, beside the immutability rule that compares it with the manifest.
export { templateHash } from '../config/immutability.js';

export interface GenInputs {
  contract: number;
  model: string;
  prompt: string;
  negative?: string;
  style?: string;
  aspect: string;
  seed: number;
  sourceHash?: string;
  size: number;
  background: string;
  studio?: StudioOptions;
}

/**
 * What the model sees, and so what decides whether the provider is called again.
 *
 * Hosted models see the rendered prompt, negative, style, aspect and seed, plus the supplier photo
 * when they take a reference image (a model without reference input never receives the photo, so
 * replacing it changes nothing that model makes).
 *
 * The built-in studio is different: it ignores the prompt and composes the final canvas itself, so
 * what it "sees" is the photo, the aspect, the pixel size, the background and the studio options
 * (fill, shadow, alignment). Those go into its genHash; keeping them in specHash only would "re-derive"
 * a studio shot by resizing/recolouring a raw composite, which cannot move the product or redraw the
 * shadow. A studio regeneration costs nothing, so this costs the user nothing either. The seed is
 * left out: the studio is deterministic, so bumping a prompt version changes nothing it makes.
 */
export function genInputs(i: GenInputs): Record<string, unknown> {
  const model = findModel(i.model);
  if (model?.provider === 'studio') {
    // Keys in code-unit order: see hashSortedObject.
    return {
      aspect: i.aspect,
      background: i.background,
      contract: i.contract,
      model: i.model,
      size: i.size,
      source: i.sourceHash ?? null,
      studio: i.studio ? sortedKeys(i.studio) : undefined,
    };
  }
  // Unknown models are treated as taking a reference: over-regenerating is safer than stale images.
  const seesSource = model ? model.reference : true;
  return {
    aspect: i.aspect,
    contract: i.contract,
    model: i.model,
    negative: i.negative,
    prompt: i.prompt,
    seed: i.seed,
    source: seesSource ? (i.sourceHash ?? null) : undefined,
    style: i.style,
  };
}

const q = JSON.stringify;

export function genHash(i: GenInputs): string {
  const model = findModel(i.model);
  if (model?.provider === 'studio' || !model || !Number.isFinite(i.seed) || !Number.isFinite(i.contract)) {
    return hashSortedObject(genInputs(i));
  }
  // The hosted-model hot path (200,000 calls): the same bytes as canonicalJson(genInputs(i)),
  // written out in key order without building an object per shot. Tests compare the two.
  const source = model.reference ? `,"source":${i.sourceHash === undefined ? 'null' : q(i.sourceHash)}` : '';
  return sha256Hex(
    `{"aspect":${q(i.aspect)},"contract":${i.contract},"model":${q(i.model)}` +
      (i.negative === undefined ? '' : `,"negative":${q(i.negative)}`) +
      `,"prompt":${q(i.prompt)},"seed":${i.seed}${source}` +
      (i.style === undefined ? '' : `,"style":${q(i.style)}`) +
      '}',
  );
}

/** genHash plus what only the published file depends on: changing only these re-derives from raw. */
export function specHash(o: {
  genHash: string;
  size: number;
  format: ImageFormat;
  quality: number;
  background: string;
}): string {
  if (!Number.isFinite(o.quality) || !Number.isFinite(o.size)) {
    return hashSortedObject({
      background: o.background,
      format: o.format,
      genHash: o.genHash,
      quality: o.quality,
      size: o.size,
    });
  }
  return sha256Hex(
    `{"background":${q(o.background)},"format":${q(o.format)},"genHash":${q(o.genHash)},"quality":${o.quality},"size":${o.size}}`,
  );
}

/** genHash and specHash of one variant's shots, with what they share serialised once. */
export interface ShotHasher {
  genHash(prompt: string, negative: string | undefined, seed: number, sourceHash: string | undefined): string;
  specHash(genHash: string): string;
}

/** The inputs every shot of a variant shares (all of GenInputs but the per-shot ones, plus output settings). */
export type SharedInputs = Omit<GenInputs, 'prompt' | 'negative' | 'seed' | 'sourceHash'> & {
  format: ImageFormat;
  quality: number;
};

/**
 * The same bytes as genHash and specHash (tests compare them) with the variant's constant parts
 * written once: 200,000 shots then build two short strings each and no input objects.
 */
export function shotHasher(shared: SharedInputs): ShotHasher {
  const model = findModel(shared.model);
  const hosted = model !== undefined && model.provider !== 'studio' && Number.isFinite(shared.contract);
  const head = `{"aspect":${q(shared.aspect)},"contract":${shared.contract},"model":${q(shared.model)}`;
  const style = shared.style === undefined ? '}' : `,"style":${q(shared.style)}}`;
  const output = {
    size: shared.size,
    format: shared.format,
    quality: shared.quality,
    background: shared.background,
  };
  const fastSpec = Number.isFinite(shared.quality) && Number.isFinite(shared.size);
  const specHead = `{"background":${q(shared.background)},"format":${q(shared.format)},"genHash":`;
  const specTail = `,"quality":${shared.quality},"size":${shared.size}}`;
  return {
    genHash(prompt, negative, seed, sourceHash) {
      if (!hosted || !Number.isFinite(seed))
        return genHash({ ...shared, prompt, negative, seed, sourceHash });
      const source = model.reference ? `,"source":${sourceHash === undefined ? 'null' : q(sourceHash)}` : '';
      return sha256Hex(
        head +
          (negative === undefined ? '' : `,"negative":${q(negative)}`) +
          `,"prompt":${q(prompt)},"seed":${seed}${source}` +
          style,
      );
    },
    specHash(g) {
      return fastSpec ? sha256Hex(`${specHead}${q(g)}${specTail}`) : specHash({ genHash: g, ...output });
    },
  };
}
