import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KioskScreen } from './features/kiosk/KioskScreen';
import { SignInNeeded } from './components/SignInNeeded';
import { Providers } from './Providers';
import { phoneJoinCode, tabSignedIn } from './tabSession';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>{tabSignedIn ? <KioskScreen phoneCode={phoneJoinCode} /> : <SignInNeeded />}</Providers>
  </StrictMode>,
);
