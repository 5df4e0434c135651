import type { LanguageTag } from '../../../shared/languages';
import type { Words } from '../../words';
import { wordsIn } from '../../words';
import { browserLanguage } from '../acceptLanguage';
import { ar } from './ar';
import { de } from './de';
import type { ReplyCatalogue, ReplyWordId } from './en';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { zhHans } from './zh-Hans';

export type { ReplyCatalogue, ReplyWordId };

/** Kept in main, beside the listeners that send them: no screen shows these words. */
export const REPLY_WORDS: Record<LanguageTag, ReplyCatalogue> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };

/** The plain replies in the language a browser asks for (its `Accept-Language`), or English. */
export const replyWords = (acceptLanguage: string | undefined): Words<ReplyWordId> =>
  wordsIn(REPLY_WORDS, browserLanguage(acceptLanguage));
