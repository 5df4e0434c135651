import { app, BrowserWindow, dialog, session } from 'electron';
import type { WebContents } from 'electron';
import path from 'node:path';
import type { Audience } from '../shared/contract';
import { createCore } from './core';
import { openDatabase } from './db/open';
import { registerIpc } from './electron/ipc';
import { saveJoinCardPdf } from './electron/joinCard';
import { electronBindingPath } from './electron/nativeBinding';
import { handleAppProtocol, registerAppScheme } from './electron/protocol';
import { denyAllPermissions, hardenWebContents } from './electron/security';
import { createAppWindow } from './electron/windows';
import { DB_FILE_NAME, defaultDataDir } from './paths';

const outDir = path.join(import.meta.dirname, '..');
const windows: Partial<Record<Audience, BrowserWindow>> = {};
const audiences = new Map<number, Audience>();

function openWindow(audience: Audience): void {
  const existing = windows[audience];
  if (existing && !existing.isDestroyed()) {
    existing.focus();
    return;
  }
  const win = createAppWindow(audience, path.join(outDir, 'preload'));
  const id = win.webContents.id;
  windows[audience] = win;
  audiences.set(id, audience);
  win.on('closed', () => {
    audiences.delete(id);
    delete windows[audience];
  });
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(path.join(outDir, 'renderer'));
  let db;
  try {
    db = openDatabase(path.join(app.getPath('userData'), DB_FILE_NAME), {
      nativeBinding: electronBindingPath(app.getAppPath(), process.versions.electron),
    });
  } catch (error) {
    dialog.showErrorBox('JoinDesk cannot open its data', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  const core = createCore(db, {
    host: {
      openKiosk: () => {
        openWindow('kiosk');
        return { url: null };
      },
      saveJoinCard: (group, caller) => saveJoinCardPdf(group, caller as WebContents),
    },
  });
  registerIpc(core, (sender: WebContents) => audiences.get(sender.id));
  app.on('will-quit', () => db.close());
  openWindow('admin');
}

registerAppScheme();
app.setPath('userData', defaultDataDir());
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => openWindow('admin'));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow('admin');
  });
  void app.whenReady().then(start);
}
