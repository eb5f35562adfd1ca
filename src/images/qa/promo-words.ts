import { PROMO_PATTERNS, PROMO_TERMS } from './promo-terms.js';

/** Lower case, accents dropped, runs of spaces as one: OCR and the lexicon compare alike. */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function escaped(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** One regex per term, bounded by anything that is not a letter or digit (word boundaries in any script). */
const TERMS: { term: string; re: RegExp }[] = [...new Set(Object.values(PROMO_TERMS).flat())].map((term) => ({
  term,
  re: new RegExp(`(?<![\\p{L}\\p{N}])${escaped(normalise(term))}(?![\\p{L}\\p{N}])`, 'u'),
}));

/**
 * The promotional terms and price or percent tags a line of text contains, as found in it (lower
 * case), longest first; [] for branding and product names.
 */
export function promoWords(text: string): string[] {
  const t = normalise(text);
  const found = TERMS.filter(({ re }) => re.test(t)).map(({ term }) => term);
  for (const re of PROMO_PATTERNS) {
    const m = re.exec(t);
    if (m) found.push(m[0].trim());
  }
  // A phrase's own words ("free shipping" and "shipping") are named once, by the phrase.
  const sorted = [...new Set(found)].sort((a, b) => b.length - a.length);
  return sorted.filter((w, i) => !sorted.slice(0, i).some((longer) => contains(longer, w)));
}

function contains(longer: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped(word)}(?![\\p{L}\\p{N}])`, 'u').test(longer);
}
