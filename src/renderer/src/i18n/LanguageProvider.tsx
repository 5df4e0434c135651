import type { ReactNode } from 'react';
import { useEffect, useLayoutEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { LanguageTag } from '../../../shared/languages';
import { formatLocale, setPageLanguage } from './language';

type Catalogue = Record<string, string>;

/**
 * Puts a page's words in `tag`: loads that language's catalogue with `load` (English is built in,
 * the others load when first chosen), then renders its children in it and sets `<html lang dir>`.
 * While another language loads, the one on screen stays, so a switch never flashes a blank page.
 */
export function LanguageProvider({
  tag,
  load,
  children,
}: {
  tag: LanguageTag;
  load: (tag: LanguageTag) => Promise<Catalogue>;
  children: ReactNode;
}) {
  const [shown, setShown] = useState<{ tag: LanguageTag; messages: Catalogue } | null>(null);
  useEffect(() => {
    let live = true;
    void load(tag).then((messages) => {
      if (live) setShown({ tag, messages });
    });
    return () => {
      live = false;
    };
  }, [tag, load]);
  // Before the browser paints, so words and direction change together.
  useLayoutEffect(() => {
    if (shown) setPageLanguage(shown.tag);
  }, [shown]);
  if (!shown) return null;
  return (
    <IntlProvider locale={formatLocale(shown.tag)} defaultLocale="en-GB" messages={shown.messages}>
      {children}
    </IntlProvider>
  );
}
