import { IntlMessageFormat } from 'intl-messageformat';
import type { LanguageTag } from '../shared/languages';

export type WordValues = Record<string, string | number>;

/** Words main says itself, in one language: `say` formats the ICU message behind an id. */
export interface Words<Id extends string> {
  tag: LanguageTag;
  say: (id: Id, values?: WordValues) => string;
}

/** The words of one language from a set of catalogues (one per language, each with every id). */
export function wordsIn<Id extends string>(catalogues: Record<LanguageTag, Record<Id, string>>, tag: LanguageTag): Words<Id> {
  const messages = catalogues[tag];
  // Parsed once per message: an export says some of them once a row.
  const formats = new Map<Id, IntlMessageFormat>();
  const say = (id: Id, values?: WordValues) => {
    let format = formats.get(id);
    if (!format) formats.set(id, (format = new IntlMessageFormat(messages[id], tag)));
    return String(format.format(values));
  };
  return { tag, say };
}
