/** A cookie pattern from config: a name, or `/regex/flags`. An unparsable regex matches nothing. */
export function toRegExpSafe(pattern: string): string | RegExp {
  const m = /^\/(.*)\/([a-z]*)$/.exec(pattern);
  if (!m) return pattern;
  try {
    return new RegExp(m[1], m[2]);
  } catch {
    return /$^/;
  }
}
