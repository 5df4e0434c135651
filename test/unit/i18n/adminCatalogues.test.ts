import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import ar from '../../../src/renderer/src/i18n/admin/ar';
import de from '../../../src/renderer/src/i18n/admin/de';
import { en } from '../../../src/renderer/src/i18n/admin/en';
import es from '../../../src/renderer/src/i18n/admin/es';
import fr from '../../../src/renderer/src/i18n/admin/fr';
import pt from '../../../src/renderer/src/i18n/admin/pt';
import zhHans from '../../../src/renderer/src/i18n/admin/zh-Hans';
import type { LanguageTag } from '../../../src/shared/languages';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import { englishText, FIXED_VALUES, schemaText, TEXT, textOf } from '../../../src/shared/text';
import type { TextId } from '../../../src/shared/text';
import { expectSameShapeAsEnglish } from './icuShape';
import * as areas from './adminAreas';

const ADMIN: Record<LanguageTag, Record<string, string>> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 102, 1000000];

/** Values for every placeholder of an English message: `n` for counts, each select's options in turn. */
function valuesFor(elements: MessageFormatElement[], n: number, pick: number, into: Record<string, unknown> = {}) {
  for (const e of elements) {
    if (e.type === TYPE.argument) into[e.value] = 'Leeds Induction';
    if (e.type === TYPE.number) into[e.value] = n;
    if (e.type === TYPE.date || e.type === TYPE.time) into[e.value] = new Date(2099, 0, 1, 9, 0);
    if (e.type === TYPE.tag) {
      into[e.value] = (chunks: unknown[]) => chunks.join('');
      valuesFor(e.children, n, pick, into);
    }
    if (e.type === TYPE.plural) into[e.value] = n;
    if (e.type === TYPE.select) {
      const options = Object.keys(e.options);
      into[e.value] = options[pick % options.length];
    }
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      for (const option of Object.values(e.options)) valuesFor(option.value, n, pick, into);
    }
  }
  return into;
}

describe('admin catalogues', () => {
  it('cover the same keys in every language JoinDesk offers', () => {
    expect(Object.keys(ADMIN).sort()).toEqual([...LANGUAGE_TAGS].sort());
    const keys = Object.keys(en).sort();
    for (const tag of LANGUAGE_TAGS) expect(Object.keys(ADMIN[tag]).sort(), tag).toEqual(keys);
  });

  it('never gives two areas the same key (one would hide the other)', () => {
    const all = Object.values(areas).flatMap((area) => Object.keys(area));
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(Object.keys(en).length);
  });

  it.each(LANGUAGE_TAGS)('%s: every message parses and takes exactly the placeholders and tags of English', (tag) => {
    expectSameShapeAsEnglish(tag, ADMIN[tag], en);
  });

  it.each(LANGUAGE_TAGS)('%s: every message formats at every count and choice, leaving no placeholder behind', (tag) => {
    const errors: string[] = [];
    const intl = createIntl({ locale: tag, messages: ADMIN[tag], onError: (e) => errors.push(e.message) });
    for (const id of Object.keys(en)) {
      const english = parse(en[id as keyof typeof en], { ignoreTag: false });
      for (const n of COUNTS) {
        for (const pick of [0, 1, 2]) {
          const out = intl.formatMessage({ id }, valuesFor(english, n, pick) as never);
          const text = Array.isArray(out) ? out.join('') : String(out);
          expect(text, `${tag} ${id}`).not.toMatch(/[{}#]|<\/?[a-z]+>/);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('hold what main says word for word in English, so a script and the screen agree', () => {
    const intl = createIntl({ locale: 'en-GB', messages: en });
    for (const id of Object.keys(TEXT) as TextId[]) {
      const values = FIXED_VALUES[id] ?? (valuesFor(parse(TEXT[id]), 3, 0) as Record<string, string | number>);
      expect(intl.formatMessage({ id }, values), id).toBe(englishText({ id, values }));
    }
  });

  it('find a schema’s message again by its English words, with its fixed values', () => {
    for (const id of Object.keys(TEXT) as TextId[]) {
      if (!FIXED_VALUES[id] && TEXT[id].includes('{')) continue;
      expect(textOf(schemaText(id)), id).toEqual({ id, values: FIXED_VALUES[id] });
    }
    expect(textOf('Words that are in no catalogue.')).toBeUndefined();
  });

  it('give no two ids the same English words, so the words lead back to one id', () => {
    const byWords = new Map<string, TextId[]>();
    for (const id of Object.keys(TEXT) as TextId[]) {
      // A message with values that vary has no words of its own until worded: its ICU stands for them.
      const words = FIXED_VALUES[id] || !TEXT[id].includes('{') ? schemaText(id) : TEXT[id];
      byWords.set(words, [...(byWords.get(words) ?? []), id]);
    }
    expect([...byWords.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });
});
