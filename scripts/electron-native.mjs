// Runs before `npm start` and `npm run dev`: makes sure Electron's program is here (downloading it on
// first use, as Electron does since v42) and that better-sqlite3 is built for Electron's ABI in
// .native/electron-<version>/, beside (never over) the copy in node_modules that plain Node uses for
// tests and serve mode. A second run finds both and does nothing. Without the program, it says so in
// plain words and exits 1.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { downloadFailure, findElectronBinary, missingElectronMessage } from './lib/electronBinary.mjs';
import { prepareElectronDriver } from './lib/nativeDriver.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;

// `--driver-only` (npm run dist): electron-builder fetches its own Electron; only the driver is needed.
if (!process.argv.includes('--driver-only') && 'reason' in findElectronBinary(electronDir)) {
  console.log(`Downloading Electron ${electronVersion} (first start only, about 100 MB)…`);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ELECTRON_GET_NO_PROGRESS: '1' },
  });
  if (result.status !== 0 || 'reason' in findElectronBinary(electronDir)) {
    const detail = downloadFailure(`${result.stderr ?? ''}\n${result.stdout ?? ''}`) ?? result.error?.message;
    console.error(missingElectronMessage({ electronVersion, nodeVersion: process.version, detail }));
    process.exit(1);
  }
}

const resolveOr = (id, fallback) => {
  try {
    return require.resolve(id);
  } catch {
    return fallback;
  }
};

try {
  prepareElectronDriver(
    { root, electronVersion, sourceDir: path.dirname(require.resolve('better-sqlite3/package.json')) },
    {
      fs,
      run: (cmd, args, { cwd, env }) =>
        execFileSync(cmd, args, { cwd, env, stdio: 'inherit', shell: process.platform === 'win32' }),
      log: (text) => console.log(text),
      tmpdir: os.tmpdir(),
      execPath: process.execPath,
      prebuildInstall: require.resolve('prebuild-install/bin.js'),
      // npm names its bundled node-gyp to the scripts it runs.
      nodeGyp: process.env.npm_config_node_gyp ?? resolveOr('node-gyp/bin/node-gyp.js', 'node-gyp'),
      env: process.env,
    },
  );
} catch (error) {
  console.error(
    `\nJoinDesk could not prepare the SQLite driver for Electron ${electronVersion}: ${error instanceof Error ? error.message.split('\n')[0] : error}.\n` +
      "It needs an internet connection: for the prebuilt driver, or for Electron's headers to compile it (with Python and a C++ compiler).\n" +
      'Meanwhile, `npm run serve` runs the same app in your web browser.\n',
  );
  process.exit(1);
}
