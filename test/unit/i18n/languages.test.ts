import { describe, expect, it } from 'vitest';
import { bestLanguage, canonicalTag, LANGUAGE_NAMES, LANGUAGE_TAGS, textDirection } from '../../../src/shared/languages';

describe('languages', () => {
  it('are each named in themselves', () => {
    expect(LANGUAGE_TAGS.map((tag) => LANGUAGE_NAMES[tag])).toEqual([
      'English',
      'Español',
      'Français',
      'Deutsch',
      'Português',
      'العربية',
      '中文',
    ]);
    // Intl agrees with each name, in the language itself.
    for (const tag of ['es', 'fr', 'de', 'ar'] as const) {
      expect(new Intl.DisplayNames([tag], { type: 'language' }).of(tag)?.toLowerCase()).toBe(LANGUAGE_NAMES[tag].toLowerCase());
    }
  });

  it('run right to left for Arabic only', () => {
    expect(LANGUAGE_TAGS.filter((tag) => textDirection(tag) === 'rtl')).toEqual(['ar']);
  });

  it('spell tags the canonical way, and leave what is no tag as it was', () => {
    expect(canonicalTag('zh-hans')).toBe('zh-Hans');
    expect(canonicalTag('EN')).toBe('en');
    expect(canonicalTag('not a tag!')).toBe('not a tag!');
  });

  it('match a browser’s languages to those offered: region ignored, Chinese by script', () => {
    const all = [...LANGUAGE_TAGS];
    expect(bestLanguage(['pt-BR', 'en'], all)).toBe('pt');
    expect(bestLanguage(['zh-CN'], all)).toBe('zh-Hans');
    expect(bestLanguage(['zh'], all)).toBe('zh-Hans');
    expect(bestLanguage(['zh-TW'], all)).toBeNull();
    expect(bestLanguage(['ja-JP', 'de-AT'], all)).toBe('de');
    expect(bestLanguage(['fr-CA'], ['en', 'es'])).toBeNull();
    expect(bestLanguage(['@@'], all)).toBeNull();
  });
});
