/** The languages JoinDesk speaks, as BCP 47 tags, and what both sides need to know about them. */

export const LANGUAGE_TAGS = ['en', 'es', 'fr', 'de', 'pt', 'ar', 'zh-Hans'] as const;

export type LanguageTag = (typeof LANGUAGE_TAGS)[number];

export const DEFAULT_LANGUAGE: LanguageTag = 'en';

/** Each language named in itself, so a reader finds their own whatever language the screen is in. */
export const LANGUAGE_NAMES: Record<LanguageTag, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
  ar: 'العربية',
  'zh-Hans': '中文',
};

export const isLanguageTag = (tag: unknown): tag is LanguageTag =>
  typeof tag === 'string' && (LANGUAGE_TAGS as readonly string[]).includes(tag);

/** Which way a language's text runs: the whole page follows it. */
export const textDirection = (tag: LanguageTag): 'ltr' | 'rtl' => (tag === 'ar' ? 'rtl' : 'ltr');

/** The canonical spelling of a tag (`zh-hans` → `zh-Hans`), or the text as it was when it is no tag at all. */
export function canonicalTag(text: string): string {
  try {
    return Intl.getCanonicalLocales(text.trim())[0] ?? text;
  } catch {
    return text;
  }
}

/**
 * The first of `preferred` (a browser's languages, most wanted first) that one of `offered` serves,
 * or null: `pt-BR` is served by `pt`, `zh-CN` and `zh` by `zh-Hans`, but `zh-TW` (Traditional) is not.
 */
export function bestLanguage(preferred: readonly string[], offered: readonly LanguageTag[]): LanguageTag | null {
  for (const wanted of preferred) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(wanted).maximize();
    } catch {
      continue;
    }
    const found = offered.find((tag) => {
      const ours = new Intl.Locale(tag).maximize();
      return ours.language === locale.language && (ours.language !== 'zh' || ours.script === locale.script);
    });
    if (found) return found;
  }
  return null;
}
