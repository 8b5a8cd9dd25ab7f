/**
 * A pure function of a text with its recent results kept (a result `undefined` is not kept). A
 * question is cleaned and put in matching form several times over (small talk, segmenting, every
 * clause read), and the same fact texts are put in matching form for every question that checks
 * them: each is computed once. The result is the function's own, so nothing an answer says can change.
 */
const MAX_KEY_CHARS = 600;

export function remembered<T>(compute: (text: string) => T, capacity = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > MAX_KEY_CHARS) return compute(text);
    let out = known.get(text);
    if (out === undefined) {
      // Forgetting everything at once keeps the bound without bookkeeping on every call.
      if (known.size >= capacity) known.clear();
      known.set(text, (out = compute(text)));
    }
    return out;
  };
}
