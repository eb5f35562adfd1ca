/** `1 image`, `2 images`; pass `many` for irregular words. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `a` or `an` before a word, by its first letter's sound in the common cases (vowel letters, not "uni"/"eu"). */
export function article(word: string): string {
  return /^([aeio]|u(?!ni|se|sa))/i.test(word) ? 'an' : 'a';
}

/** How people write each hosted provider's name. */
export const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  gemini: 'Gemini',
  imagen: 'Google Imagen',
  openai: 'OpenAI',
  recraft: 'Recraft',
  fal: 'fal',
  replicate: 'Replicate',
  pixelmuse: 'Pixelmuse',
  studio: 'studio',
};
