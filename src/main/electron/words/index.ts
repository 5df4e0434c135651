import type { LanguageTag } from '../../../shared/languages';
import { bestLanguage, DEFAULT_LANGUAGE, LANGUAGE_TAGS, textDirection } from '../../../shared/languages';
import type { Words } from '../../words';
import { wordsIn } from '../../words';
import { ar } from './ar';
import { de } from './de';
import type { DesktopCatalogue, DesktopWordId } from './en';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { zhHans } from './zh-Hans';

export type { DesktopCatalogue, DesktopWordId };
export type DesktopWords = Words<DesktopWordId>;

/** Kept in main: Electron's own dialogs say these, no screen does. */
export const DESKTOP_WORDS: Record<LanguageTag, DesktopCatalogue> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };

export const desktopWords = (tag: LanguageTag): DesktopWords => wordsIn(DESKTOP_WORDS, tag);

/**
 * The admin's language: the `language` setting, or for `'system'` the first of the system's
 * languages (most wanted first) that JoinDesk speaks, else English.
 */
export function adminLanguage(setting: LanguageTag | 'system', system: readonly string[]): LanguageTag {
  if (setting !== 'system') return setting;
  return bestLanguage(system, LANGUAGE_TAGS) ?? DEFAULT_LANGUAGE;
}

/**
 * A path (or other left-to-right text) set into a sentence: in right-to-left words it is isolated,
 * so the message box shows it in one piece, left to right, whatever it holds.
 */
export const isolated = (w: DesktopWords, text: string): string =>
  textDirection(w.tag) === 'rtl' ? `\u2066${text}\u2069` : text;
