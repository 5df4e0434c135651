import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow } from 'electron';
import path from 'node:path';
import type { Audience } from '../../shared/contract';
import { APP_ORIGIN } from './protocol';
import { hardenWebContents } from './security';

export function webPreferencesFor(audience: Audience, preloadDir: string): Electron.WebPreferences {
  return {
    preload: path.join(preloadDir, `${audience}.cjs`),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export const pageUrl = (audience: Audience): string => `${APP_ORIGIN}/${audience === 'admin' ? 'index' : 'kiosk'}.html`;

export function createAppWindow(
  audience: Audience,
  preloadDir: string,
  extra: BrowserWindowConstructorOptions = {},
): BrowserWindow {
  const win = new BrowserWindow({
    width: audience === 'admin' ? 1280 : 1024,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    // Until the page loads: then Electron shows the page's own title (the kiosk's is in its language).
    title: 'JoinDesk',
    autoHideMenuBar: audience === 'kiosk',
    ...extra,
    webPreferences: webPreferencesFor(audience, preloadDir),
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl(audience));
  return win;
}
