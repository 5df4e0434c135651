// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/, beside (never over) the
// copy in node_modules that plain Node uses for tests and serve mode. Runs before `npm start`; a
// second run finds the file and does nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronVersion = require('electron/package.json').version;
const target = path.join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');

if (fs.existsSync(target)) process.exit(0);

const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'joindesk-native-'));
const copy = path.join(work, 'better-sqlite3');
fs.cpSync(source, copy, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: copy, env, stdio: 'inherit', shell: process.platform === 'win32' });

console.log(`Preparing better-sqlite3 for Electron ${electronVersion}…`);
try {
  // A prebuilt binary when one is published; otherwise compile against Electron's headers.
  run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion]);
} catch {
  run(process.execPath, [
    // npm names its bundled node-gyp to the scripts it runs.
    process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ready: ${path.relative(root, target)}`);
