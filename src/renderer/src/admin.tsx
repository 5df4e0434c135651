import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminApp } from './AdminApp';
import { SignInNeeded } from './components/SignInNeeded';
import { Providers } from './Providers';
import { tabSignedIn } from './tabSession';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>{tabSignedIn ? <AdminApp /> : <SignInNeeded />}</Providers>
  </StrictMode>,
);
