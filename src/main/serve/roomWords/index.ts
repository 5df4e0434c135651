import { IntlMessageFormat } from 'intl-messageformat';
import type { LanguageTag } from '../../../shared/languages';
import { bestLanguage, DEFAULT_LANGUAGE, LANGUAGE_TAGS, textDirection } from '../../../shared/languages';
import { ar } from './ar';
import { de } from './de';
import type { RoomCatalogue, RoomWordId } from './en';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { zhHans } from './zh-Hans';

export type { RoomCatalogue, RoomWordId };

/**
 * Kept in main, beside the listener that sends them: no screen shows these words, so neither
 * renderer bundle carries them. All seven are small enough to load with main.
 */
export const ROOM_WORDS: Record<LanguageTag, RoomCatalogue> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };

/** At most this many ranges are read from a header: a browser sends a handful, never dozens. */
const MAX_RANGES = 20;

/** The language ranges of an `Accept-Language` header, most wanted first (by `q`, then by order); `*` and `q=0` left out. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, MAX_RANGES)
    .map((part, index) => {
      const [range = '', ...params] = part.split(';').map((p) => p.trim());
      const q = params.find((p) => p.startsWith('q='));
      return { range, q: q === undefined ? 1 : Number(q.slice(2)), index };
    })
    .filter((r) => r.range !== '' && r.range !== '*' && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((r) => r.range);
}

export interface RoomWords {
  tag: LanguageTag;
  dir: 'ltr' | 'rtl';
  say: (id: RoomWordId, values?: Record<string, string | number>) => string;
}

/** The room's words in the language a browser asks for (its `Accept-Language`), or English. */
export function roomWords(acceptLanguage: string | undefined): RoomWords {
  const tag = bestLanguage(acceptedLanguages(acceptLanguage), LANGUAGE_TAGS) ?? DEFAULT_LANGUAGE;
  const messages = ROOM_WORDS[tag];
  return {
    tag,
    dir: textDirection(tag),
    say: (id, values) => String(new IntlMessageFormat(messages[id], tag).format(values)),
  };
}
