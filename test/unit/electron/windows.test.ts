import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from './fakeElectron';
import { fakeSession, shell } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const { createAppWindow, webPreferencesFor } = await import('../../../src/main/electron/windows');
const { denyAllPermissions } = await import('../../../src/main/electron/security');

describe('windows', () => {
  it.each(['admin', 'kiosk'] as const)('the %s window is sandboxed and isolated, with its own preload', (audience) => {
    const prefs = webPreferencesFor(audience, '/app/out/preload');
    expect(prefs).toMatchObject({
      preload: `/app/out/preload/${audience}.cjs`,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads each window from app://, never file://', () => {
    const admin = createAppWindow('admin', '/p') as unknown as BrowserWindow;
    const kiosk = createAppWindow('kiosk', '/p') as unknown as BrowserWindow;
    expect(admin.loadedUrl).toBe('app://joindesk/index.html');
    expect(kiosk.loadedUrl).toBe('app://joindesk/kiosk.html');
    expect((kiosk.options.webPreferences as { preload: string }).preload).toBe('/p/kiosk.cjs');
  });

  it('denies navigation away, pop-ups and webviews', () => {
    const win = createAppWindow('admin', '/p') as unknown as BrowserWindow;
    const wc = win.webContents;
    expect(wc.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
    expect(wc.emitPreventable('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(wc.emitPreventable('will-navigate', 'app://other/index.html')).toBe(true);
    expect(wc.emitPreventable('will-navigate', 'app://joindesk/index.html#/groups')).toBe(false);
    expect(wc.emitPreventable('will-redirect', 'https://example.com/')).toBe(true);
    expect(wc.emitPreventable('will-attach-webview')).toBe(true);
    expect(wc.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'app://joindesk/kiosk.html' })).toEqual({ action: 'deny' });
  });

  it('hands an email draft to the system mail program, and nothing else', () => {
    const win = createAppWindow('admin', '/p') as unknown as BrowserWindow;
    const wc = win.webContents;
    shell.opened.length = 0;
    expect(wc.emitPreventable('will-navigate', 'mailto:?subject=Join')).toBe(true);
    expect(wc.windowOpenHandler?.({ url: 'mailto:?subject=Join2' })).toEqual({ action: 'deny' });
    wc.emitPreventable('will-navigate', 'https://example.com/');
    wc.windowOpenHandler?.({ url: 'https://example.com' });
    expect(shell.opened).toEqual(['mailto:?subject=Join', 'mailto:?subject=Join2']);
  });

  it('denies every permission request and check', () => {
    const session = fakeSession();
    denyAllPermissions(session as never);
    const answers: boolean[] = [];
    session.asked.request?.({}, 'media', (allowed: boolean) => answers.push(allowed));
    session.asked.request?.({}, 'notifications', (allowed: boolean) => answers.push(allowed));
    expect(answers).toEqual([false, false]);
    expect(session.asked.check?.({}, 'clipboard-read')).toBe(false);
  });
});
