import path from 'node:path';
import { createInterface } from 'node:readline';
import { createCore } from './core';
import { reportLeftovers } from './files/backupFolder';
import { checkInBackground, damagedMessage } from './db/backgroundCheck';
import { openDatabase, upgradeMessage } from './db/open';
import { createJobRunner } from './jobs/jobRunner';
import { DB_FILE_NAME, defaultDataDir } from './files/dataDir';
import { scheduleBackups } from './jobs/scheduledBackups';
import type { ServeConfig } from './serve/auth';
import { readServeConfig, ServeConfigError } from './serve/auth';
import { createKioskServer } from './serve/kioskServer';
import { createInFlightGate, LIMITS } from './serve/limits';
import { backupFileStore } from './serve/fileRoutes';
import { createRoomNetwork } from './serve/roomNetwork';
import { stationAuth } from './core/stations';
import { createAdminServer } from './serve/server';

// `npm run serve`: the desktop app's core and renderer over loopback HTTP, without Electron.
// Two listeners on 127.0.0.1: the admin's, and the kiosk's own origin (DESIGN §5).
let config: ServeConfig;
try {
  config = readServeConfig(process.env);
} catch (error) {
  if (!(error instanceof ServeConfigError)) throw error;
  console.error(`JoinDesk serve mode: ${error.message}`);
  process.exit(1);
}
const dataDir = defaultDataDir();
const host = '127.0.0.1';
const rendererDir = path.join(import.meta.dirname, '..', 'renderer');

const dbFile = path.join(dataDir, DB_FILE_NAME);
let db;
try {
  db = openDatabase(dbFile, { onUpgrade: (upgrade) => console.log(upgradeMessage(upgrade)) });
} catch (error) {
  console.error(`JoinDesk cannot open its data in ${dataDir}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
reportLeftovers(dbFile);
const jobs = createJobRunner({
  dbFile,
  workerFile: path.join(import.meta.dirname, 'jobWorker.js'),
  onWriting: (on) => core.setWriting(on),
});
// The room network: off until the admin turns it on (Kiosk page); never reopened by a restart.
const room = createRoomNetwork({ core: () => core, rendererDir, stations: stationAuth(db) });
const core = createCore(db, {
  host: {
    room,
    // Each Start kiosk makes a fresh one-time link on the kiosk origin: a new session, its own throttle identity.
    openKiosk: () => ({ url: kiosk.link() }),
    sessionLink: (audience) => ({ url: audience === 'admin' ? admin.link() : kiosk.link() }),
    runInWorker: jobs.run,
    importProgress: jobs.progress,
  },
});
core.undoInterruptedImports();
scheduleBackups(core);
// After a quick start (header and schema only), every page is checked in a worker meanwhile.
checkInBackground(db, {
  workerFile: path.join(import.meta.dirname, 'jobWorker.js'),
  onDamage: (found) => console.error(damagedMessage(dbFile, found)),
}).catch(() => undefined);
const gate = createInFlightGate();
const admin = createAdminServer({
  core,
  rendererDir,
  tokens: config.tokens,
  host,
  port: config.port,
  gate,
  files: backupFileStore(dbFile),
});
const kiosk = createKioskServer({ core, rendererDir, host, port: config.kioskPort, gate });

function printLinks(): void {
  console.log(`Admin:  ${admin.link()}`);
  console.log(`Kiosk:  ${kiosk.link()}`);
}

try {
  await admin.listen().catch((error: Error) => Promise.reject(new Error(`${host}:${config.port}: ${error.message}`)));
  await kiosk.listen().catch((error: Error) => Promise.reject(new Error(`${host}:${config.kioskPort}: ${error.message}`)));
} catch (error) {
  console.error(`JoinDesk could not listen on ${(error as Error).message}`);
  process.exit(1);
}
console.log(`JoinDesk serve mode — data in ${dataDir}`);
printLinks();
const minutes = LIMITS.codeTtlMs / 60_000;
console.log(`Each link works once, within ${minutes} minutes${process.stdin.isTTY ? '; press Enter for new ones' : ''}.`);
// Tokens are never printed: a script that needs one sets it (DESIGN §5).
if (config.randomTokens.admin || config.randomTokens.kiosk) {
  console.log('Scripts: set JOINDESK_TOKEN / JOINDESK_KIOSK_TOKEN (32+ characters) and send Authorization: Bearer.');
}
if (process.stdin.isTTY) createInterface({ input: process.stdin }).on('line', printLinks);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void Promise.all([admin.close(), kiosk.close(), room.close()]).finally(() => {
      db.close();
      process.exit(0);
    });
  });
}
