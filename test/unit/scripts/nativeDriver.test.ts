// The native-driver step's decisions against a stand-in file system and runner: nothing real is run.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DriverFs } from '../../../scripts/lib/nativeDriver.mjs';
import { electronBindingPath, prepareElectronDriver } from '../../../scripts/lib/nativeDriver.mjs';

const root = '/app';
const sourceDir = '/app/node_modules/better-sqlite3';
const electronVersion = '45.5.0';
const target = electronBindingPath(root, electronVersion);

function standIn(files: string[], { prebuilt }: { prebuilt: boolean }) {
  const present = new Set(files);
  const writes: string[] = [];
  const runs: { args: string[]; cwd: string; env: Record<string, string | undefined> }[] = [];
  const fs: DriverFs = {
    existsSync: (p) => present.has(p),
    mkdtempSync: (prefix) => (writes.push(`${prefix}X`), `${prefix}X`),
    cpSync: (_from, to, { filter }) => {
      expect(filter(path.join(sourceDir, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
      expect(filter(path.join(sourceDir, 'lib', 'index.js'))).toBe(true);
      writes.push(to);
    },
    mkdirSync: (p) => void writes.push(p),
    copyFileSync: (_from, to) => void writes.push(to),
    renameSync: (_from, to) => (writes.push(to), present.add(to), undefined),
    rmSync: (p) => void writes.push(p),
  };
  const deps = {
    fs,
    tmpdir: '/tmp',
    execPath: '/usr/bin/node',
    prebuildInstall: '/app/node_modules/prebuild-install/bin.js',
    nodeGyp: '/npm/node-gyp.js',
    run: (_cmd: string, args: string[], options: { cwd: string; env: Record<string, string | undefined> }) => {
      runs.push({ args, ...options });
      if (args[0]!.includes('prebuild-install') && !prebuilt) throw new Error('404: no prebuilt for this platform');
    },
  };
  return { deps, writes, runs };
}

describe('the SQLite driver for Electron', () => {
  it('already there for this Electron: runs nothing, writes nothing', () => {
    const { deps, writes, runs } = standIn([target], { prebuilt: true });
    expect(prepareElectronDriver({ root, electronVersion, sourceDir }, deps)).toEqual({ outcome: 'present', target });
    expect(runs).toEqual([]);
    expect(writes).toEqual([]);
  });

  it('a prebuilt one published: downloads it for Electron, compiles nothing', () => {
    const { deps, runs } = standIn([], { prebuilt: true });
    expect(prepareElectronDriver({ root, electronVersion, sourceDir }, deps).outcome).toBe('prebuilt');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.args).toEqual([deps.prebuildInstall, '--runtime', 'electron', '--target', electronVersion]);
  });

  it('none published: rebuilds against Electron 45.5.0’s headers', () => {
    const { deps, runs } = standIn([], { prebuilt: false });
    expect(prepareElectronDriver({ root, electronVersion, sourceDir }, deps).outcome).toBe('compiled');
    expect(runs.map((r) => r.args[0])).toEqual([deps.prebuildInstall, deps.nodeGyp]);
    expect(runs[1]!.args).toEqual(expect.arrayContaining(['rebuild', '--runtime=electron', `--target=${electronVersion}`]));
    expect(runs[1]!.env).toMatchObject({ npm_config_runtime: 'electron', npm_config_target: electronVersion });
  });

  it('a new Electron version gets its own file; the old one is not reused', () => {
    const { deps } = standIn([electronBindingPath(root, '44.0.0')], { prebuilt: true });
    expect(prepareElectronDriver({ root, electronVersion, sourceDir }, deps).outcome).toBe('prebuilt');
  });

  it.each([true, false])('never writes in, nor runs from, node_modules/better-sqlite3 (prebuilt: %s)', (prebuilt) => {
    const { deps, writes, runs } = standIn([], { prebuilt });
    prepareElectronDriver({ root, electronVersion, sourceDir }, deps);
    expect(writes.filter((w) => w.startsWith(sourceDir))).toEqual([]);
    expect(runs.every((r) => r.cwd.startsWith('/tmp/joindesk-native-'))).toBe(true);
    expect(writes).toContain(target);
    expect(writes.at(-1)).toBe('/tmp/joindesk-native-X');
  });

  it('a failed compile leaves no file behind and clears its temp folder', () => {
    const { deps, writes } = standIn([], { prebuilt: false });
    const failing = {
      ...deps,
      run: (cmd: string, args: string[], o: { cwd: string; env: Record<string, string | undefined> }) => {
        if (args[0] === deps.nodeGyp) throw new Error('gyp ERR! not ok');
        deps.run(cmd, args, o);
      },
    };
    expect(() => prepareElectronDriver({ root, electronVersion, sourceDir }, failing)).toThrow('gyp ERR! not ok');
    expect(writes).not.toContain(target);
    expect(writes.at(-1)).toBe('/tmp/joindesk-native-X');
  });
});
