import type { BrowserWindow, BrowserWindowConstructorOptions, Input } from 'electron';
import { createAppWindow } from './windows';

/**
 * Electron's kiosk mode is full screen without window chrome; it is not an OS lockdown (see the
 * README for what the OS must add). Within Electron's reach, the window cannot be left without the PIN.
 */
export const KIOSK_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  kiosk: true,
  fullscreen: true,
  frame: false,
  alwaysOnTop: true,
  minimizable: false,
  maximizable: false,
  autoHideMenuBar: true,
};

/** Shortcuts that would reload, open developer tools, print, open or close windows, navigate, or quit. */
export function isBlockedShortcut(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh', 'browserhome'].includes(key)) return true;
  if (mod && input.shift && ['i', 'j', 'c', 'r', 'w', 'q', 'n', 't'].includes(key)) return true;
  if (mod && ['r', 'w', 'q', 'n', 't', 'p', 'o', 's', 'm', 'h', 'u'].includes(key)) return true;
  if (input.alt && ['f4', 'arrowleft', 'arrowright', 'home'].includes(key)) return true;
  return false;
}

export interface KioskController {
  open(): void;
  /** Called once the PIN has been checked: lets the window close and brings the admin back. */
  exit(): void;
  isActive(): boolean;
  focus(): void;
}

export function createKioskController(deps: {
  preloadDir: string;
  adminWindow: () => BrowserWindow | undefined;
  onCreated: (win: BrowserWindow) => void;
}): KioskController {
  let kiosk: BrowserWindow | null = null;
  let mayClose = false;

  return {
    open() {
      if (kiosk) return kiosk.focus();
      const win = createAppWindow('kiosk', deps.preloadDir, KIOSK_WINDOW_OPTIONS);
      kiosk = win;
      mayClose = false;
      win.setMenu(null);
      win.setAlwaysOnTop(true, 'screen-saver');
      win.webContents.on('before-input-event', (event, input) => {
        if (isBlockedShortcut(input)) event.preventDefault();
      });
      win.on('close', (event) => {
        if (!mayClose) event.preventDefault();
      });
      win.on('closed', () => {
        kiosk = null;
        deps.adminWindow()?.show();
      });
      // The admin app cannot be reached while the kiosk runs.
      deps.adminWindow()?.hide();
      deps.onCreated(win);
    },
    exit() {
      if (!kiosk) return;
      mayClose = true;
      kiosk.close();
    },
    isActive: () => kiosk !== null,
    focus: () => kiosk?.focus(),
  };
}
