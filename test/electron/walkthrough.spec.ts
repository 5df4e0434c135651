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

    await admin.setPinFromStartKiosk('73519462');
    const [kioskWindow] = await Promise.all([
      app.waitForEvent('window'),
      adminWindow.getByRole('button', { name: 'Start kiosk' }).click(),
    ]);
    expect(await adminWindow.evaluate('document.visibilityState')).toBe('hidden');
    expect(kioskWindow.url()).toBe('app://joindesk/kiosk.html');
    // The kiosk's preload exposes kiosk channels only.
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

    // The code changes (over the API the admin window uses, as the admin app is hidden meanwhile).
    await adminWindow.evaluate(
      `(async () => {
        const g = (await window.api['groups-list']({ search: 'Desktop' })).value.items[0];
        await window.api['join-code-update']({ groupId: g.id, code: 'DESKTOP-2027' });
      })()`,
    );

    await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code });
    await expect(kiosk.error('This join code has been changed. Ask your instructor for the new one.')).toBeVisible();

    // Leaving kiosk mode takes the PIN; then the admin window is back.
    await kioskWindow.getByRole('button', { name: 'Staff: exit kiosk' }).click();
    await kioskWindow.getByLabel('Admin PIN').fill('00000000');
    await kioskWindow.getByRole('button', { name: 'Exit kiosk' }).click();
    await expect(kioskWindow.getByText('That PIN is not right.')).toBeVisible();
    await kioskWindow.getByLabel('Admin PIN').fill('73519462');
    await Promise.all([kioskWindow.waitForEvent('close'), kioskWindow.getByRole('button', { name: 'Exit kiosk' }).click()]);

    await adminWindow.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await admin.openGroup('Desktop Cohort');
    await admin.openTab(/Members/);
    await expect(adminWindow.getByRole('table', { name: 'Learners' }).getByText('Ana Ruiz')).toBeVisible();
  });
});
