/**
 * Whether a name typed with a slip is surely the name it was corrected to. A letter doubled or not
 * ("Zanier", "Gremminger"), one left out ("Greminer", "Linde" as "Lind"), two swapped, or a spelling
 * of another alphabet ("Schuessel", "Lajchak", "Saudabaev", "Vollebek") is a slip. A letter changed or
 * added ("Berg" for Borg, "Schmidt" for Schmid, "Kozharova", "Valtanen") may as well be someone else's name.
 */

/** A word as other alphabets' letters are written in ours: "ü" as "ue" or "u", "æ" as "ae" or "e", "č" as "ch" or "c", "-ayev" as "-aev". */
function spellings(word: string): string[] {
  const w = word.toLowerCase();
  const plain = w.replace(/([aou])e/g, "$1").replace(/ae/g, "e");
  const out = [w, plain, w.replace(/([csz]|k)h/g, "$1"), w.replace(/(?<=[aeiou])y(?=[aeiou])/g, ""), plain.replace(/([csz]|k)h/g, "$1")];
  return [...new Set(out.map((s) => s.replace(/(.)\1+/g, "$1")))];
}

/** One letter left out, or two next to each other swapped. */
function oneSlip(t: string, n: string): boolean {
  if (t === n) return true;
  // (Not a name's last "a": "Kozhar" for Kozhara is another form of a surname — a gender's, in Slavic names.)
  if (t.length === n.length - 1) return !(n.endsWith("a") && t === n.slice(0, -1)) && [...n].some((_, i) => n.slice(0, i) + n.slice(i + 1) === t);
  if (t.length !== n.length) return false;
  const diff = [...t].map((c, i) => (c === n[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && t[diff[0]!] === n[diff[1]!] && t[diff[1]!] === n[diff[0]!];
}

/** Whether `typed`, the form in the question, is a slip for `name`, the name's word it was read as. */
export function isSlipOf(typed: string, name: string): boolean {
  const names = spellings(name);
  return spellings(typed).some((t) => names.some((n) => oneSlip(t, n)));
}
