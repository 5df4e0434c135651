import type { WebContents } from 'electron';
import { app, BrowserWindow, dialog, session } from 'electron';
import path from 'node:path';
import type { Audience } from '../shared/contract';
import { createCore } from './core';
import { checkInBackground, damagedMessage } from './db/backgroundCheck';
import { openDatabase, upgradeMessage } from './db/open';
import { registerIpc } from './electron/ipc';
import { saveJoinCardPdf } from './electron/joinCard';
import { pickBackupFile, saveBackupCopy } from './electron/saveDialogs';
import { createKioskController } from './electron/kioskWindow';
import { acquireSingleInstance, holdQuitWhile } from './electron/lifecycle';
import { electronBindingPath } from './electron/nativeBinding';
import { handleAppProtocol, registerAppScheme } from './electron/protocol';
import { denyAllPermissions, hardenWebContents } from './electron/security';
import { createAppWindow } from './electron/windows';
import { reportLeftovers } from './files/backupFolder';
import { createJobRunner } from './jobs/jobRunner';
import { DB_FILE_NAME, defaultDataDir } from './files/dataDir';
import { scheduleBackups } from './jobs/scheduledBackups';
import { createRoomNetwork } from './serve/roomNetwork';
import { stationAuth } from './core/stations';

const outDir = path.join(import.meta.dirname, '..');
const preloadDir = path.join(outDir, 'preload');
/** Which audience each of our windows' WebContents speaks for: the IPC layer asks this. */
const audiences = new Map<number, Audience>();
let adminWindow: BrowserWindow | undefined;

function track(win: BrowserWindow, audience: Audience): void {
  const id = win.webContents.id;
  audiences.set(id, audience);
  win.on('closed', () => audiences.delete(id));
}

const kiosk = createKioskController({ preloadDir, adminWindow: () => adminWindow, onCreated: (win) => track(win, 'kiosk') });

function showAdmin(): void {
  if (kiosk.isActive()) return kiosk.focus();
  if (adminWindow && !adminWindow.isDestroyed()) return adminWindow.focus();
  adminWindow = createAppWindow('admin', preloadDir);
  track(adminWindow, 'admin');
  adminWindow.on('closed', () => (adminWindow = undefined));
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(path.join(outDir, 'renderer'));
  const dbFile = path.join(app.getPath('userData'), DB_FILE_NAME);
  const nativeBinding = electronBindingPath(app.getAppPath(), process.versions.electron);
  let db;
  try {
    db = openDatabase(dbFile, {
      nativeBinding,
      // Once, after an older data file was brought up to date: the log, and a notice that does not block start-up.
      onUpgrade: (upgrade) => {
        console.log(upgradeMessage(upgrade));
        void dialog.showMessageBox({ type: 'info', title: 'JoinDesk', message: upgradeMessage(upgrade) });
      },
    });
  } catch (error) {
    dialog.showErrorBox('JoinDesk cannot open its data', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  reportLeftovers(dbFile);
  const jobs = createJobRunner({
    dbFile,
    nativeBinding,
    workerFile: path.join(import.meta.dirname, 'jobWorker.js'),
    onWriting: (on) => core.setWriting(on),
  });
  // The room network (DESIGN §5), the same module as serve mode's; closed until the admin opens it.
  const room = createRoomNetwork({
    core: () => core,
    rendererDir: path.join(outDir, 'renderer'),
    stations: stationAuth(db),
  });
  const core = createCore(db, {
    host: {
      room,
      runInWorker: jobs.run,
      importProgress: jobs.progress,
      openKiosk: () => {
        kiosk.open();
        return { url: null };
      },
      exitKiosk: () => kiosk.exit(),
      saveJoinCard: (group, caller) => saveJoinCardPdf(group, caller as WebContents),
      saveBackupCopy: (file, name, caller) => saveBackupCopy(file, name, caller as WebContents),
      pickBackupFile: (caller) => pickBackupFile(caller as WebContents),
    },
  });
  registerIpc(core, (sender: WebContents) => audiences.get(sender.id));
  core.undoInterruptedImports();
  scheduleBackups(core);
  // After a quick start (header and schema only), every page is checked in a worker meanwhile.
  checkInBackground(db, {
    workerFile: path.join(import.meta.dirname, 'jobWorker.js'),
    nativeBinding,
    onDamage: (found) => {
      console.error(damagedMessage(dbFile, found));
      void dialog.showMessageBox({ type: 'error', title: 'JoinDesk', message: damagedMessage(dbFile, found) });
    },
  }).catch(() => undefined);
  app.on('will-quit', () => {
    void room.close();
    db.close();
  });
  showAdmin();
}

registerAppScheme();
app.setPath('userData', defaultDataDir());
app.enableSandbox();

if (acquireSingleInstance(showAdmin)) {
  holdQuitWhile(() => kiosk.isActive());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showAdmin();
  });
  void app.whenReady().then(start);
}
