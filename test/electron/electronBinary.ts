import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron binary's path, or why there is none. Looks without `require('electron')`, which
 * would try to download the binary on a machine that has none.
 */
export function findElectronBinary(): { path: string } | { reason: string } {
  const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { reason: 'Electron binary not installed (node_modules/electron has no path.txt)' };
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative) : path.join(dir, 'dist', relative);
  return fs.existsSync(binary) ? { path: binary } : { reason: `Electron binary missing at ${binary}` };
}
