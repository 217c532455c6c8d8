/** FNV-1a, 32 bit, in base 36: a short, stable fingerprint (not a security measure). */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * A config's fingerprint: the hash of its canonical JSON, so formatting does not matter. A
 * stored choice carries it (this config was validated when the choice was made), and so may the
 * page (`data-validated`, written by `privacy-choices validate` at publish time).
 */
export const configFingerprint = (config: unknown): string => hash(JSON.stringify(config));
