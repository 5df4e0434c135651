import type { SignInCatalogue } from './en';
import { en } from './en';
import { catalogueLoader } from '../loadCatalogue';

export type { SignInCatalogue };

export const loadSignInCatalogue = catalogueLoader<SignInCatalogue>(en, {
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  pt: () => import('./pt'),
  ar: () => import('./ar'),
  'zh-Hans': () => import('./zh-Hans'),
});
