import { parse } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import ar from '../../../src/renderer/src/i18n/signIn/ar';
import de from '../../../src/renderer/src/i18n/signIn/de';
import { en } from '../../../src/renderer/src/i18n/signIn/en';
import es from '../../../src/renderer/src/i18n/signIn/es';
import fr from '../../../src/renderer/src/i18n/signIn/fr';
import { loadSignInCatalogue } from '../../../src/renderer/src/i18n/signIn';
import pt from '../../../src/renderer/src/i18n/signIn/pt';
import zhHans from '../../../src/renderer/src/i18n/signIn/zh-Hans';
import type { LanguageTag } from '../../../src/shared/languages';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import { shape } from './icuShape';

const SIGN_IN: Record<LanguageTag, Record<string, string>> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };

describe('sign-in-needed catalogues', () => {
  it('cover the same keys in every language JoinDesk offers, each under signIn.', () => {
    expect(Object.keys(SIGN_IN).sort()).toEqual([...LANGUAGE_TAGS].sort());
    const keys = Object.keys(en).sort();
    expect(keys.every((k) => k.startsWith('signIn.'))).toBe(true);
    for (const tag of LANGUAGE_TAGS) expect(Object.keys(SIGN_IN[tag]).sort(), tag).toEqual(keys);
  });

  it.each(LANGUAGE_TAGS)('%s: parses, takes exactly English’s tags, and formats with nothing left behind', (tag) => {
    const errors: string[] = [];
    const intl = createIntl({ locale: tag, messages: SIGN_IN[tag], onError: (e) => errors.push(e.message) });
    for (const [id, message] of Object.entries(SIGN_IN[tag])) {
      const ours = shape(parse(message, { ignoreTag: false }));
      const source = shape(parse(en[id as keyof typeof en], { ignoreTag: false }));
      expect([...ours.args].sort(), `${tag} ${id}`).toEqual([...source.args].sort());
      const out = intl.formatMessage({ id }, { code: (chunks: unknown[]) => `[${chunks.join('')}]` });
      const text = Array.isArray(out) ? out.join('') : String(out);
      expect(text, `${tag} ${id}`).not.toMatch(/[{}<>#]/);
      // The command stays as typed in every language.
      if (id === 'signIn.body') expect(text).toContain('[npm run serve]');
      if (tag !== 'en') expect(message, `${tag} ${id} is translated`).not.toBe(en[id as keyof typeof en]);
    }
    expect(errors).toEqual([]);
  });

  it('loads each language’s own words by its tag', async () => {
    for (const tag of LANGUAGE_TAGS) expect(await loadSignInCatalogue(tag)).toBe(SIGN_IN[tag]);
  });
});
