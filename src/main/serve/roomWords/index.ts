import type { LanguageTag } from '../../../shared/languages';
import { textDirection } from '../../../shared/languages';
import type { Words } from '../../words';
import { wordsIn } from '../../words';
import { browserLanguage } from '../acceptLanguage';
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

export interface RoomWords extends Words<RoomWordId> {
  dir: 'ltr' | 'rtl';
}

/** The room's words in the language a browser asks for (its `Accept-Language`), or English. */
export function roomWords(acceptLanguage: string | undefined): RoomWords {
  const tag = browserLanguage(acceptLanguage);
  return { ...wordsIn(ROOM_WORDS, tag), dir: textDirection(tag) };
}
