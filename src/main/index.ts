import type { WebContents } from 'electron';
import { app, BrowserWindow, session } from 'electron';
import path from 'node:path';
import type { Audience } from '../shared/contract';
import { createCore } from './core';
import { checkInBackground, damagedMessage } from './db/backgroundCheck';
import type { Upgrade } from './db/open';
import { openDatabase, upgradeMessage } from './db/open';
import { dialogHost } from './electron/dialogHost';
import { registerIpc } from './electron/ipc';
import { adminWords } from './electron/language';
import { showDamageNotice, showRefusal, showUpgradeNotice } from './electron/startupNotices';
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
  // Once, after an older data file was brought up to date: the log now, and a notice that does not
  // block start-up once the core can say which language the admin reads.
  const upgrades: Upgrade[] = [];
  try {
    db = openDatabase(dbFile, {
      nativeBinding,
      onUpgrade: (upgrade) => {
        console.log(upgradeMessage(upgrade));
        upgrades.push(upgrade);
      },
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    showRefusal(error);
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
      ...dialogHost(() => core),
    },
  });
  registerIpc(core, (sender: WebContents) => audiences.get(sender.id));
  for (const upgrade of upgrades) void adminWords(core).then((w) => showUpgradeNotice(w, upgrade));
  core.undoInterruptedImports();
  scheduleBackups(core);
  // After a quick start (header and schema only), every page is checked in a worker meanwhile.
  checkInBackground(db, {
    workerFile: path.join(import.meta.dirname, 'jobWorker.js'),
    nativeBinding,
    onDamage: (found) => {
      console.error(damagedMessage(dbFile, found));
      void adminWords(core).then((w) => showDamageNotice(w, dbFile, found));
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
