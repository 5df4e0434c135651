import type { ReactNode } from 'react';
import { useEffect, useLayoutEffect, useState } from 'react';
import { useDirection } from '@mantine/core';
import { IntlProvider } from 'react-intl';
import type { LanguageTag } from '../../../shared/languages';
import { textDirection } from '../../../shared/languages';
import { formatLocale, pageLanguage, setPageLanguage } from './language';

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
  const { setDirection } = useDirection();
  // Before the browser paints, so words and direction change together (Mantine's too: menus, drawers).
  useLayoutEffect(() => {
    if (!shown) return;
    setPageLanguage(shown.tag);
    setDirection(textDirection(shown.tag));
  }, [shown, setDirection]);
  if (!shown) return null;
  // Dates and numbers (lib/format.ts) read the page's language as the screens render: it changes
  // before they render in the new words, not after, or a screen already open keeps the old formats.
  if (pageLanguage() !== shown.tag) setPageLanguage(shown.tag);
  return (
    <IntlProvider locale={formatLocale(shown.tag)} defaultLocale="en-GB" messages={shown.messages}>
      {children}
    </IntlProvider>
  );
}
