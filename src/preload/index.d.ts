import type { Api, KioskApi } from '../shared/contract';

declare global {
  interface Window {
    /** Set by the preload in the desktop app: every channel in the admin window, kiosk ones in the kiosk. */
    api?: Api | KioskApi;
  }
}
