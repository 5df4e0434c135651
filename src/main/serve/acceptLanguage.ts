import type { LanguageTag } from '../../shared/languages';
import { bestLanguage, DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../../shared/languages';

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

/** The language JoinDesk speaks that a browser's `Accept-Language` asks for first, or English. */
export const browserLanguage = (header: string | undefined): LanguageTag =>
  bestLanguage(acceptedLanguages(header), LANGUAGE_TAGS) ?? DEFAULT_LANGUAGE;
