import type { LanguageTag } from '../../../shared/languages';

/** Where each language but English comes from: a chunk of its own, loaded when first chosen. */
export type OtherLanguages<C> = Record<Exclude<LanguageTag, 'en'>, () => Promise<{ default: C }>>;

/** A catalogue's loader: English from the page's own bundle, any other language from its chunk. */
export const catalogueLoader =
  <C>(english: C, others: OtherLanguages<C>) =>
  async (tag: LanguageTag): Promise<C> =>
    tag === 'en' ? english : (await others[tag]()).default;
