import { DirectionProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { LanguageTag } from '../../../../shared/languages';
import { textDirection } from '../../../../shared/languages';
import { formatLocale } from '../language';
import type { AdminCatalogue } from '.';
import { loadAdminCatalogue } from '.';

/**
 * A part of a page in another language than the page (a join card printed for learners who read
 * Arabic, in an admin app in English): its words, `lang` and `dir` are its own; the page's stay.
 * Renders nothing until that language's catalogue has loaded.
 */
export function InLanguage({ tag, children }: { tag: LanguageTag; children: ReactNode }) {
  const [shown, setShown] = useState<{ tag: LanguageTag; messages: AdminCatalogue } | null>(null);
  useEffect(() => {
    let live = true;
    void loadAdminCatalogue(tag).then((messages) => live && setShown({ tag, messages }));
    return () => {
      live = false;
    };
  }, [tag]);
  if (!shown) return null;
  const dir = textDirection(shown.tag);
  return (
    <IntlProvider locale={formatLocale(shown.tag)} defaultLocale="en-GB" messages={shown.messages}>
      <DirectionProvider initialDirection={dir}>
        <div lang={shown.tag} dir={dir}>
          {children}
        </div>
      </DirectionProvider>
    </IntlProvider>
  );
}
