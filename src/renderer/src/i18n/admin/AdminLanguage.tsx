import { MantineThemeProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { LanguageTag } from '../../../../shared/languages';
import { adminLanguage, useAdminLanguage } from '../../stores/language';
import { languageTheme } from '../../theme';
import { LanguageProvider } from '../LanguageProvider';
import { loadAdminCatalogue, rememberAdminIntl } from '.';
import { loadDayjsLocale } from './dayjsLocale';

/** Words for code outside React (notifications), and the theme's own words, in the page's language. */
function SpeakingTheme({ children }: { children: ReactNode }) {
  const intl = useIntl();
  // While rendering, not in an effect: a screen's effects run before this one's would, and may notify.
  rememberAdminIntl(intl);
  const words = useMemo(
    () =>
      languageTheme({
        close: intl.formatMessage({ id: 'app.close' }),
        clearDate: intl.formatMessage({ id: 'app.clearDate' }),
      }),
    [intl],
  );
  return <MantineThemeProvider theme={words}>{children}</MantineThemeProvider>;
}

/** Date pickers name months and weekdays in the same language (dayjs's locale, loaded when first needed). */
function PickerLanguage({ tag, children }: { tag: LanguageTag; children: ReactNode }) {
  const [locale, setLocale] = useState('en');
  useEffect(() => {
    let live = true;
    void loadDayjsLocale(tag).then((name) => live && setLocale(name));
    return () => {
      live = false;
    };
  }, [tag]);
  return <DatesProvider settings={{ locale }}>{children}</DatesProvider>;
}

/** The admin's screens in the admin's language: the setting on Settings, or this computer's when it is `system`. */
export function AdminLanguage({ children }: { children: ReactNode }) {
  const setting = useAdminLanguage((s) => s.setting);
  const read = useAdminLanguage((s) => s.read);
  useEffect(() => {
    void read();
  }, [read]);
  // Nothing until the setting is read (one quick call), so no screen flashes by in another language.
  if (setting === null) return null;
  const tag = adminLanguage(setting);
  return (
    <LanguageProvider tag={tag} load={loadAdminCatalogue}>
      <SpeakingTheme>
        <PickerLanguage tag={tag}>{children}</PickerLanguage>
      </SpeakingTheme>
    </LanguageProvider>
  );
}
