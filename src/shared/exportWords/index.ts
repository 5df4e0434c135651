import type { LanguageTag } from '../languages';
import ar from './ar';
import de from './de';
import { exportWords as en } from './en';
import type { ExportWords } from './en';
import es from './es';
import fr from './fr';
import pt from './pt';
import zhHans from './zh-Hans';

export type { ExportWordId, ExportWords } from './en';

/** The words of the CSV exports in every language JoinDesk speaks. */
export const EXPORT_WORDS: Record<LanguageTag, ExportWords> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };
