import type { LanguageTag } from '../../../shared/languages';
import { DEFAULT_LANGUAGE, textDirection } from '../../../shared/languages';

/**
 * The language the page is in: one value both pages read, so dates and numbers (`appLocale()` in
 * lib/format.ts) follow the words. The page's `<html lang dir>` follow it too, and Mantine's
 * DirectionProvider follows `dir`.
 */
let current: LanguageTag = DEFAULT_LANGUAGE;
const listeners = new Set<(tag: LanguageTag) => void>();

export const pageLanguage = (): LanguageTag => current;

export function setPageLanguage(tag: LanguageTag): void {
  current = tag;
  // Through globalThis: the unit tests compile and run this (with lib/format.ts) without a browser's types.
  const root = (globalThis as { document?: { documentElement: { lang: string; dir: string } } }).document?.documentElement;
  if (root) {
    root.lang = tag;
    root.dir = textDirection(tag);
  }
  for (const listener of listeners) listener(tag);
}

export function onPageLanguage(listener: (tag: LanguageTag) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The locale dates and numbers are formatted in for a language: JoinDesk's English is British
 * ("1 January 2099 at 09:00"); `pt` is Brazilian, as CLDR's plain `pt` is; the rest as tagged.
 */
export const formatLocale = (tag: LanguageTag): string => (tag === 'en' ? 'en-GB' : tag);
