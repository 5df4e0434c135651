import path from 'node:path';

/**
 * better-sqlite3 for Electron's ABI lives apart from the copy in node_modules (which serves plain
 * Node: tests and serve mode), so neither `npm start` nor `npm test` ever rebuilds the other's.
 * `scripts/electron-native.mjs` builds it; see the README. Installers carry the same file, unpacked beside
 * the asar (electron-builder.yml), so an installed app finds it under the same path.
 */
export const electronBindingPath = (appRoot: string, electronVersion: string): string =>
  path.join(appRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
