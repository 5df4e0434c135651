/**
 * First and last name from one full name, for systems that want them apart (Moodle's "Upload users"
 * needs both, neither empty). The rule, in order:
 *
 * 1. "Last, First" (a comma): the part before the first comma is the last name, the rest the first
 *    name — "O'Brien, Siobhan" → Siobhan / O'Brien.
 * 2. A name in Chinese, Japanese or Korean script puts the family name first. With a space, it
 *    splits at the first space ("山田 太郎" → 太郎 / 山田). Without one: 2–3 characters, the first is
 *    the family name ("王小明" → 小明 / 王, "김민준" → 민준 / 김); 4 or more, the first two
 *    ("欧阳小明" → 小明 / 欧阳, "山田太郎" → 太郎 / 山田).
 * 3. Otherwise the last word is the last name, with any lower-case particles before it
 *    ("Ana van der Berg" → Ana / van der Berg); the rest is the first name.
 * 4. A single name (one word, or one CJK character) goes in both fields: there is no other part to
 *    give, and a placeholder like "." would show up on certificates and in searches.
 *
 * It is a best guess from one field: names that break it are fixed in the LMS after upload.
 */
export function splitName(full: string): { first: string; last: string } {
  const name = full.trim().replace(/\s+/gu, ' ');
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const last = name.slice(0, comma).trim();
    const first = name
      .slice(comma + 1)
      .replaceAll(',', ' ')
      .trim()
      .replace(/\s+/gu, ' ');
    if (last && first) return { first, last };
    return splitName(last || first);
  }
  if (CJK.test(name)) return splitCjk(name);
  const words = name.split(' ');
  if (words.length < 2) return { first: name, last: name };
  let at = words.length - 1;
  while (at > 1 && isParticle(words[at - 1]!)) at--;
  return { first: words.slice(0, at).join(' '), last: words.slice(at).join(' ') };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** "van", "de", "al", "bin": a word all in lower case before the last one belongs to the last name. */
const isParticle = (word: string): boolean => /^\p{Ll}+$/u.test(word);

function splitCjk(name: string): { first: string; last: string } {
  const space = name.indexOf(' ');
  if (space > 0) return { last: name.slice(0, space), first: name.slice(space + 1) };
  const chars = [...name];
  if (chars.length < 2) return { first: name, last: name };
  const family = chars.length >= 4 ? 2 : 1;
  return { last: chars.slice(0, family).join(''), first: chars.slice(family).join('') };
}
