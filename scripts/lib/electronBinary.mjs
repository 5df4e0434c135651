// Whether Electron's program is on this machine, and the plain words when it is not. Since Electron 42
// `npm install` fetches nothing: the binary is downloaded on first use (node_modules/electron/install.js).
import fs from 'node:fs';
import path from 'node:path';

/** The binary's path, or why there is none. Reads only; never triggers a download. */
export function findElectronBinary(electronDir, { env = process.env, exists = fs.existsSync, read = fs.readFileSync } = {}) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!exists(pathFile)) return { reason: 'Electron binary not installed (node_modules/electron has no path.txt)' };
  const relative = String(read(pathFile, 'utf8')).trim();
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(electronDir, 'dist', relative);
  return exists(binary) ? { path: binary } : { reason: `Electron binary missing at ${binary}` };
}

const atLeast = (version, [major, minor]) => {
  const [a = 0, b = 0] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

/** What `npm start` prints when Electron's program could not be had: what, how to get it, what to use meanwhile. */
export function missingElectronMessage({ electronVersion, nodeVersion, detail }) {
  const oldNode = !atLeast(nodeVersion, [22, 12]);
  return [
    '',
    `JoinDesk cannot open its desktop window: Electron ${electronVersion}, the program that runs it, is not on this`,
    `computer, and downloading it did not work${detail ? ` (${detail})` : ''}.`,
    '',
    'To get it, on a computer with an internet connection:',
    `  1. Use Node.js 22.12 or newer${oldNode ? ` (this is Node.js ${nodeVersion.replace(/^v/, '')})` : ''}.`,
    '  2. Run `npm install`, then `npm start`. The first start downloads Electron (about 100 MB) once.',
    '',
    'Meanwhile, `npm run serve` runs the same app in your web browser, with no Electron needed.',
    '',
  ].join('\n');
}

/** The last meaningful line of a failed download's output, without the stack. */
export function downloadFailure(output) {
  const lines = String(output ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !/^Downloading/i.test(l));
  const line = lines.find((l) => /error|fail|refused|not found|ENOTFOUND|ECONN/i.test(l)) ?? lines[0];
  return line ? line.replace(/^(\w*Error): /, '').slice(0, 200) : undefined;
}
