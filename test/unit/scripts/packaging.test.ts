// electron-builder.yml against electron-builder's own schema, the fuses read back, icons, signing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { signingPlan } from '../../../scripts/lib/signing.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');
const yaml = require('js-yaml') as { load(text: string): any };
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('electron-builder.yml', () => {
  it('is valid by electron-builder’s own schema (app-builder-lib/scheme.json, with its own ajv)', () => {
    const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
    const Ajv = fromBuilder('ajv').default;
    const schema = fromBuilder('./scheme.json');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // …and the schema does catch a mistake.
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false);
  });

  it('sets the fuses: no Node from outside, asar only and checked, cookies encrypted', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('names the app, takes the version from package.json, and builds an installer for each system', () => {
    expect(config).toMatchObject({ appId: 'org.joindesk.app', productName: 'JoinDesk' });
    expect(config.version).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(pkg.scripts.dist).toContain('scripts/dist.mjs');
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\^26\./);
    expect(pkg.allowScripts).toMatchObject({ electron: true, 'better-sqlite3': true });
  });

  it('ships the Electron SQLite driver unpacked, and never rebuilds node_modules in place', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toContain('.native/electron-*/better_sqlite3.node');
    expect(config.asarUnpack).toContain('.native/**');
    expect(config.files).toContain('out/**');
  });

  it('has its icons: a PNG at every size, .ico and .icns', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = PNG.sync.read(fs.readFileSync(path.join(root, 'build', 'icons', `${size}x${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
    }
    expect(fs.readFileSync(path.join(root, config.win.icon)).readUInt16LE(4)).toBe(6);
    expect(fs.readFileSync(path.join(root, config.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns');
  });
});

describe('code signing', () => {
  it('with nothing set: warns for Windows and macOS, and stops electron-builder guessing a keychain identity', () => {
    const mac = signingPlan({}, 'darwin');
    expect(mac.warnings).toEqual([expect.stringContaining('macOS: not signed')]);
    expect(mac.env).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(signingPlan({}, 'linux', ['--win']).warnings).toEqual([expect.stringContaining('Windows: not signed')]);
    expect(signingPlan({}, 'linux').warnings).toEqual([]);
  });

  it('with certificates in the environment: no warning, nothing overridden', () => {
    expect(signingPlan({ CSC_LINK: 'cert.p12', CSC_KEY_PASSWORD: 'x' }, 'darwin')).toEqual({ warnings: [], env: {} });
    expect(signingPlan({ WIN_CSC_LINK: 'cert.pfx' }, 'win32')).toEqual({ warnings: [], env: {} });
  });
});
