// The SQLite driver for Electron, decided and made apart from node_modules: a pure step over injected
// fs and runner, so the choices (nothing to do, prebuilt, compile) are tested against a stand-in.
import path from 'node:path';

/** Where the Electron copy of better-sqlite3's addon lives for one Electron version (and so one ABI). */
export const electronBindingPath = (root, electronVersion) =>
  path.join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');

const inside = (dir, p) => {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Makes `.native/electron-<version>/better_sqlite3.node` unless it is there already:
 * - there → 'present', nothing run, nothing written;
 * - else a copy of better-sqlite3 (without its build/) in a temp folder gets prebuild-install's binary for
 *   Electron → 'prebuilt', nothing compiled;
 * - none published (or none reachable) → node-gyp rebuild of that copy against Electron's headers → 'compiled'.
 * `sourceDir` (node_modules/better-sqlite3, which plain Node uses) is read, never written, and never the cwd.
 *
 * deps: { fs: { existsSync, mkdtempSync, cpSync, mkdirSync, copyFileSync, renameSync, rmSync },
 *         run(command, args, { cwd, env }) (throws on failure), log(text), tmpdir, execPath,
 *         prebuildInstall (its bin.js), nodeGyp (its bin), env }
 */
export function prepareElectronDriver({ root, electronVersion, sourceDir }, deps) {
  const { fs, run, log = () => {}, tmpdir, execPath, prebuildInstall, nodeGyp, env = {} } = deps;
  const target = electronBindingPath(root, electronVersion);
  if (fs.existsSync(target)) return { outcome: 'present', target };

  const write = (p) => {
    if (inside(sourceDir, p)) throw new Error(`refusing to write inside ${sourceDir}: ${p}`);
    return p;
  };
  const work = write(fs.mkdtempSync(path.join(tmpdir, 'joindesk-native-')));
  const copy = write(path.join(work, 'better-sqlite3'));
  try {
    fs.cpSync(sourceDir, copy, {
      recursive: true,
      filter: (p) => path.relative(sourceDir, p).split(path.sep)[0] !== 'build',
    });
    const runEnv = { ...env, npm_config_runtime: 'electron', npm_config_target: electronVersion };
    const options = { cwd: copy, env: runEnv };
    log(`Preparing the SQLite driver for Electron ${electronVersion} (once)…`);
    let outcome;
    try {
      run(execPath, [prebuildInstall, '--runtime', 'electron', '--target', electronVersion], options);
      outcome = 'prebuilt';
    } catch {
      log('No prebuilt SQLite driver for this platform could be had; compiling it (needs Python and a C++ compiler)…');
      run(
        execPath,
        [
          nodeGyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        options,
      );
      outcome = 'compiled';
    }
    fs.mkdirSync(write(path.dirname(target)), { recursive: true });
    const partial = write(`${target}.partial`);
    fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), partial);
    fs.renameSync(partial, write(target));
    log(`SQLite driver for Electron ready (${outcome}): ${path.relative(root, target)}`);
    return { outcome, target };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
