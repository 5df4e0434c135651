import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import ar from '../../src/renderer/src/i18n/admin/ar';
import de from '../../src/renderer/src/i18n/admin/de';
import type { AdminMessageId } from '../../src/renderer/src/i18n/admin/en';
import { en } from '../../src/renderer/src/i18n/admin/en';
import es from '../../src/renderer/src/i18n/admin/es';
import fr from '../../src/renderer/src/i18n/admin/fr';
import pt from '../../src/renderer/src/i18n/admin/pt';
import zhHans from '../../src/renderer/src/i18n/admin/zh-Hans';
import type { LanguageTag } from '../../src/shared/languages';

const ADMIN: Record<LanguageTag, Record<string, string>> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for every wording of a message: its text as written, anything where a value or a choice goes. */
function patternOf(elements: MessageFormatElement[]): string {
  return elements
    .map((e) => (e.type === TYPE.literal ? escape(e.value) : e.type === TYPE.tag ? patternOf(e.children) : '.*'))
    .join('');
}

/**
 * What the admin's screens say in `tag`, for finding things on screen the way a reader of that
 * language would: by the words, not by test ids. Messages are named by their key.
 */
export function adminWords(tag: LanguageTag) {
  const intl = createIntl({ locale: tag, messages: ADMIN[tag] });
  const say = (id: AdminMessageId, values?: Record<string, string | number>): string => intl.formatMessage({ id }, values);
  /** Every wording of a message, whatever its values: `^…$` unless `partial`. */
  const pattern = (id: AdminMessageId, partial = false): RegExp => {
    const body = patternOf(parse(ADMIN[tag][id]!, { ignoreTag: false }));
    return new RegExp(partial ? body : `^${body}$`);
  };
  return { say, pattern };
}

/** The key whose English is `english` (for tests written against the English screens). */
export function keyOf(english: string): AdminMessageId {
  const key = (Object.keys(en) as AdminMessageId[]).find((k) => en[k] === english);
  if (!key) throw new Error(`No admin message says "${english}" in English.`);
  return key;
}
