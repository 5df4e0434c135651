import type { LanguageTag } from '../../../../shared/languages';
import type { SignInCatalogue } from './en';
import { en } from './en';

export type { SignInCatalogue };

// English is in the page's own bundle; each other language is a small chunk, loaded when the browser asks for it.
const LOADERS: Record<Exclude<LanguageTag, 'en'>, () => Promise<{ default: SignInCatalogue }>> = {
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  pt: () => import('./pt'),
  ar: () => import('./ar'),
  'zh-Hans': () => import('./zh-Hans'),
};

export async function loadSignInCatalogue(tag: LanguageTag): Promise<SignInCatalogue> {
  return tag === 'en' ? en : (await LOADERS[tag]()).default;
}
