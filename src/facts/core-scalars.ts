/**
 * YAML 1.2 core-schema resolution of a plain (unquoted) scalar, with the `yaml` library's patterns
 * and values (yaml/dist/schema/core): null, bool, int, float, else the text itself. Shared by the
 * js-yaml schema (fast-yaml.ts) and the direct list reader (plain-list.ts), so both resolve alike.
 */

export const NULL_PATTERN = /^(?:~|[Nn]ull|NULL)?$/;
export const BOOL_PATTERN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const INT_PATTERN = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
export const FLOAT_PATTERN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

export function boolOf(s: string): boolean {
  return s[0] === "t" || s[0] === "T";
}

export function intOf(s: string): number {
  if (s.startsWith("0o")) return parseInt(s.slice(2), 8);
  if (s.startsWith("0x")) return parseInt(s.slice(2), 16);
  return parseInt(s, 10);
}

export function floatOf(s: string): number {
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
  return parseFloat(s);
}

/** A plain scalar's value, tried in the order js-yaml tries the schema's implicit types. */
export function resolvePlain(s: string): string | number | boolean | null {
  if (!mayResolve(s)) return s;
  if (NULL_PATTERN.test(s)) return null;
  if (BOOL_PATTERN.test(s)) return boolOf(s);
  if (INT_PATTERN.test(s)) return intOf(s);
  if (FLOAT_PATTERN.test(s)) return floatOf(s);
  return s;
}

/**
 * Whether `s` may be a null, bool, int or float at all: the empty text, or one that starts with
 * what they start with (`~ n N t T f F . + -` or a digit). Most plain texts start with another
 * letter and need no pattern tried.
 */
function mayResolve(s: string): boolean {
  if (s === "") return true;
  const c = s.charCodeAt(0) | 0x20; // lower case, for letters
  const letter = c >= 0x61 && c <= 0x7a;
  return !letter || c === 0x6e /* n */ || c === 0x74 /* t */ || c === 0x66 /* f */;
}
