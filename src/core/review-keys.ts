import type { Config } from '../domain/config.js';

/** Shot keys (sku/variant) whose variant's placement says `review: true`. */
export function reviewKeyTest(config: Config): (key: string) => boolean {
  const review = new Set<string>();
  for (const v of config.variants.values())
    if (config.placements.get(v.placement)?.qa.review === true) review.add(v.id);
  return (key) => review.has(key.slice(key.lastIndexOf('/') + 1));
}

export function hasReviewPlacements(config: Config): boolean {
  return [...config.placements.values()].some((p) => p.qa.review === true);
}
