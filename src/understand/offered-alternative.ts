/**
 * "irish CiO 2012 — gilmore or martin?", "MC 2014: Basel or Bern?": of two names offered as the
 * answer, one the table knows and one it does not. The unknown one is the reporter's other guess —
 * accounted for by the choice, not a word nothing explains; the answer says what holds.
 */
import { fold } from "../text/normalise.js";
import type { QuestionParse } from "./question-parse.js";

/** The unknown words said right beside "or", with a known name on its other side. */
export function offeredAlternatives(parse: QuestionParse): Set<string> {
  const words = fold(parse.cleaned).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const unknown = new Set(parse.unknown.filter((u) => u.properNoun || /^[a-z]/.test(u.form)).map((u) => u.form.toLowerCase()));
  const named = new Set(parse.entities.flatMap((m) => [m.entity.name, ...m.entity.aliases]).flatMap((n) => fold(n).split(/[^\p{L}\p{N}'-]+/u)));
  const offered = new Set<string>();
  words.forEach((w, i) => {
    if (w !== "or") return;
    const [before, after] = [words[i - 1], words[i + 1]];
    if (before && after && unknown.has(after) && named.has(before)) offered.add(after);
    if (before && after && unknown.has(before) && named.has(after)) offered.add(before);
  });
  return offered;
}
