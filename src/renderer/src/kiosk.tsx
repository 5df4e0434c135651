import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KioskScreen } from './features/kiosk/KioskScreen';
import { SignInNeeded } from './components/SignInNeeded';
import { Providers } from './Providers';
import { tabSignedIn } from './tabSession';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>{tabSignedIn ? <KioskScreen /> : <SignInNeeded />}</Providers>
  </StrictMode>,
);
