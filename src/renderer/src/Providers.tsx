import '@mantine/core/styles.css';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from './theme';

/**
 * What both pages stand on: Mantine with JoinDesk's theme, laid out in the direction `<html dir>`
 * says (set with the page's language: right to left for Arabic). The admin page adds its notifications.
 */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <DirectionProvider detectDirection>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        {children}
      </MantineProvider>
    </DirectionProvider>
  );
}
