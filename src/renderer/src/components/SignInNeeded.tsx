import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { bestLanguage, DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../../../shared/languages';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { loadSignInCatalogue } from '../i18n/signIn';

function SignInWords() {
  const intl = useIntl();
  return (
    <Center mih="100vh" p="lg">
      <Paper withBorder radius="md" p="xl" maw={520}>
        <Stack>
          <Title order={1} size="h3">
            {intl.formatMessage({ id: 'signIn.title' })}
          </Title>
          <Text>
            {intl.formatMessage(
              { id: 'signIn.body' },
              // The command is typed as it is, whatever the language: left to right.
              { code: (chunks: ReactNode[]) => <code dir="ltr">{chunks}</code> },
            )}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * A browser tab that was not opened from a sign-in link may do nothing: it says how to get one,
 * in the browser's language (nobody has chosen one here: no setting can be read without signing in).
 */
export function SignInNeeded() {
  return (
    <LanguageProvider tag={bestLanguage(navigator.languages, LANGUAGE_TAGS) ?? DEFAULT_LANGUAGE} load={loadSignInCatalogue}>
      <SignInWords />
    </LanguageProvider>
  );
}
