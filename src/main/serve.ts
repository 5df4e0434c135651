import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createCore } from './core';
import { openDatabase } from './db/open';
import { createImportRunner } from './jobs/importRunner';
import { DB_FILE_NAME, defaultDataDir } from './paths';
import { scheduleBackups } from './scheduledBackups';
import { createServeServer } from './serve/server';

// `npm run serve`: the desktop app's core and renderer over loopback HTTP, without Electron.
const port = Number(process.env.JOINDESK_PORT ?? 5183);
const dataDir = defaultDataDir();
const tokens = {
  admin: process.env.JOINDESK_TOKEN || randomBytes(24).toString('base64url'),
  kiosk: process.env.JOINDESK_KIOSK_TOKEN || randomBytes(24).toString('base64url'),
};
const urls = { base: '', kiosk: '' };

const dbFile = path.join(dataDir, DB_FILE_NAME);
let db;
try {
  db = openDatabase(dbFile);
} catch (error) {
  console.error(`JoinDesk cannot open its data in ${dataDir}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const imports = createImportRunner({ dbFile, workerFile: path.join(import.meta.dirname, 'importWorker.js') });
const core = createCore(db, {
  host: { openKiosk: () => ({ url: urls.kiosk }), runImport: imports.run, importProgress: imports.progress },
});
scheduleBackups(core);
const server = createServeServer({ core, rendererDir: path.join(import.meta.dirname, '..', 'renderer'), tokens });

server.on('error', (error) => {
  console.error(`JoinDesk could not listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  // Port 0 asks for any free port: print the one we got.
  urls.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  urls.kiosk = `${urls.base}/kiosk?token=${encodeURIComponent(tokens.kiosk)}`;
  console.log(`JoinDesk serve mode — data in ${dataDir}`);
  console.log(`Admin:  ${urls.base}/?token=${encodeURIComponent(tokens.admin)}`);
  console.log(`Kiosk:  ${urls.kiosk}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    db.close();
    process.exit(0);
  });
}
