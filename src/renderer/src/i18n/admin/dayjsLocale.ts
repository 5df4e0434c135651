import type { LanguageTag } from '../../../../shared/languages';

// dayjs's names for JoinDesk's languages; each locale file is a small chunk loaded when chosen.
const LOCALES: Record<Exclude<LanguageTag, 'en'>, { name: string; load: () => Promise<unknown> }> = {
  es: { name: 'es', load: () => import('dayjs/locale/es') },
  fr: { name: 'fr', load: () => import('dayjs/locale/fr') },
  de: { name: 'de', load: () => import('dayjs/locale/de') },
  pt: { name: 'pt-br', load: () => import('dayjs/locale/pt-br') },
  ar: { name: 'ar', load: () => import('dayjs/locale/ar') },
  'zh-Hans': { name: 'zh-cn', load: () => import('dayjs/locale/zh-cn') },
};

/** Loads dayjs's locale for `tag` (month and weekday names for the date pickers) and answers its name. */
export async function loadDayjsLocale(tag: LanguageTag): Promise<string> {
  if (tag === 'en') return 'en';
  await LOCALES[tag].load();
  return LOCALES[tag].name;
}
