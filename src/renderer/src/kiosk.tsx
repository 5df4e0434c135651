import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KioskScreen } from './features/kiosk/KioskScreen';
import { Providers } from './Providers';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <KioskScreen />
    </Providers>
  </StrictMode>,
);
