/** Replaced for every secret (or a recognisable piece of one) in text that leaves an adapter. */
export const REDACTED = '[redacted]';

const RUN = 8;
const TOKEN = /[A-Za-z0-9_\-.*+/=]{8,}/g;
// Keys as APIs echo them back masked ("sk-proj-abc***wxyz"): never worth keeping in a message.
const MASKED_KEY = /\b(sk|pm_live|pm_test|r8|key)[-_][A-Za-z0-9_*-]{4,}/g;

/**
 * A function that removes `secrets` from text: the whole key, and any token that shares a run of 8
 * or more characters with it (APIs quote the start or end of a key they refused, OpenAI masks the
 * middle).
 */
export function makeRedactor(secrets: readonly string[]): (text: string) => string {
  const keys = secrets.filter((s) => s.length >= 4);
  const pieces = new Set<string>();
  for (const key of keys) {
    if (key.length < 12) continue;
    for (let i = 0; i + RUN <= key.length; i++) pieces.add(key.slice(i, i + RUN));
  }
  return (text) => {
    let out = text;
    for (const key of keys) out = out.split(key).join(REDACTED);
    out = out.replace(MASKED_KEY, REDACTED);
    if (pieces.size === 0) return out;
    return out.replace(TOKEN, (token) => {
      for (let i = 0; i + RUN <= token.length; i++) if (pieces.has(token.slice(i, i + RUN))) return REDACTED;
      return token;
    });
  };
}
