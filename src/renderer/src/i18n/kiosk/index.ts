import { useCallback } from 'react';
import type { PrimitiveType } from 'react-intl';
import { useIntl } from 'react-intl';
import type { KioskCatalogue, KioskMessageId } from './en';
import { en } from './en';
import { catalogueLoader } from '../loadCatalogue';

export type { KioskCatalogue, KioskMessageId };

export const loadKioskCatalogue = catalogueLoader<KioskCatalogue>(en, {
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  pt: () => import('./pt'),
  ar: () => import('./ar'),
  'zh-Hans': () => import('./zh-Hans'),
});

/** A kiosk message with its values, to be worded when it is shown (in whatever language is on then). */
export interface KioskText {
  id: KioskMessageId;
  values?: Record<string, PrimitiveType>;
}

/** Words one kiosk message in the page's language: `text('form.title')`, `text('form.throttled', { seconds })`. */
export function useKioskText() {
  const intl = useIntl();
  return useCallback(
    (id: KioskMessageId | KioskText, values?: Record<string, PrimitiveType>): string =>
      typeof id === 'string' ? intl.formatMessage({ id }, values) : intl.formatMessage({ id: id.id }, id.values),
    [intl],
  );
}
