import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdminPage } from '../e2e/pages/AdminPage';
import { KioskPage } from '../e2e/pages/KioskPage';
import { findElectronBinary } from './electronBinary';

const binary = findElectronBinary();
const skipReason = 'reason' in binary ? binary.reason : '';

test.describe('desktop app', () => {
  test.skip(!!skipReason, skipReason);

  let app: ElectronApplication;

  test.beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/electron-native.mjs'], { stdio: 'inherit' });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'joindesk-electron-'));
    app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: ['out/main/index.js', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, JOINDESK_DATA_DIR: dataDir },
    });
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('the seed walkthrough in the desktop windows', async () => {
    const adminWindow = await app.firstWindow();
    expect(adminWindow.url()).toBe('app://joindesk/index.html');
    const admin = new AdminPage(adminWindow);
    await expect(adminWindow.getByRole('heading', { name: 'Groups', level: 2 })).toBeVisible();

    await admin.createGroup('Desktop Cohort');
    const code = await admin.readCodeByHover();

    await adminWindow.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kiosk' }).click();
    const [kioskWindow] = await Promise.all([
      app.waitForEvent('window'),
      adminWindow.getByRole('button', { name: 'Open kiosk' }).click(),
    ]);
    expect(kioskWindow.url()).toBe('app://joindesk/kiosk.html');
    // The kiosk's preload exposes the kiosk channel only.
    expect(await kioskWindow.evaluate('Object.keys(window.api).sort()')).toEqual([
      'kiosk-exit',
      'kiosk-register',
      'kiosk-status',
    ]);

    const kiosk = new KioskPage(kioskWindow);
    await expect(kioskWindow.getByRole('heading', { name: 'Join your group' })).toBeVisible();
    await kiosk.submit({ name: 'Ana Ruiz', email: 'ana@example.com', code: ` ${code.toLowerCase()} ` });
    await expect(kiosk.joinedGroup()).toHaveText('Desktop Cohort');
    await kiosk.done();

    await adminWindow.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await admin.openGroup('Desktop Cohort');
    await admin.openTab('Settings');
    const editor = await admin.startEditingCode();
    await editor.fill('DESKTOP-2027');
    await adminWindow.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(admin.codeValue()).toHaveText('DESKTOP-2027');

    await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code });
    await expect(kiosk.error('This join code has been changed. Ask your instructor for the new one.')).toBeVisible();

    await admin.openTab(/Members/);
    await expect(adminWindow.getByRole('table', { name: 'Learners' }).getByText('Ana Ruiz')).toBeVisible();
  });
});
