// `npm start` where Electron's program is not installed and cannot be downloaded (this machine, and CI):
// plain words, no stack trace, exit 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFailure, findElectronBinary, missingElectronMessage } from '../../../scripts/lib/electronBinary.mjs';

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const installed = findElectronBinary(electronDir);

describe('npm start without Electron', () => {
  it.skipIf('path' in installed)('says what is missing, how to get it, and what works meanwhile', () => {
    const started = Date.now();
    const result = spawnSync('npm', ['start'], {
      encoding: 'utf8',
      timeout: 60_000,
      // Nowhere to download from, even on a machine with internet: a closed port on this machine.
      env: {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: fs.mkdtempSync(path.join(os.tmpdir(), 'joindesk-electron-cache-')),
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('Electron 45.5.0, the program that runs it, is not on this');
    expect(output).toContain('Node.js 22.12 or newer');
    expect(output).toContain('Run `npm install`, then `npm start`');
    expect(output).toContain('`npm run serve` runs the same app in your web browser');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('Error:');
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('the message', () => {
  it('names the Node version when it is too old for Electron, and not otherwise', () => {
    expect(missingElectronMessage({ electronVersion: '45.5.0', nodeVersion: 'v20.20.2' })).toContain('(this is Node.js 20.20.2)');
    expect(missingElectronMessage({ electronVersion: '45.5.0', nodeVersion: 'v22.12.0' })).not.toContain('this is Node.js');
  });

  it('keeps one line of a failed download, never its stack', () => {
    const stderr = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async download (x.js:1:1)';
    expect(downloadFailure(stderr)).toBe('fetch failed');
    expect(downloadFailure('')).toBeUndefined();
  });

  it('finds no binary where node_modules/electron has no path.txt, and one where it has', () => {
    const files = new Map([['/e/path.txt', 'electron\n']]);
    const deps = { env: {}, exists: (p: string) => files.has(p) || p === '/e/dist/electron', read: (p: string) => files.get(p)! };
    expect(findElectronBinary('/e', deps)).toEqual({ path: '/e/dist/electron' });
    expect(findElectronBinary('/none', deps)).toHaveProperty('reason');
  });
});
