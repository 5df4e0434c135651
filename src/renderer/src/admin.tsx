// Mantine's core styles first, then the packages that build on them.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminApp } from './AdminApp';
import { SignInNeeded } from './components/SignInNeeded';
import { AdminLanguage } from './i18n/admin/AdminLanguage';
import { Providers } from './Providers';
import { tabSignedIn } from './tabSession';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <Notifications position="bottom-right" />
      {tabSignedIn ? (
        <AdminLanguage>
          <AdminApp />
        </AdminLanguage>
      ) : (
        <SignInNeeded />
      )}
    </Providers>
  </StrictMode>,
);
