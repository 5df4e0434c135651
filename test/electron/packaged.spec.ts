// The installed app as a user gets it: the unpacked build electron-builder makes (`npm run dist -- --dir`),
// with its fuses set. Playwright's Electron driver needs the Node inspector, which the
// EnableNodeCliInspectArguments fuse turns off, so this drives the app's windows over Chromium's
// DevTools protocol instead. Runs where a packaged app exists; otherwise skips, saying why.
import { chromium, expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdminPage } from '../e2e/pages/AdminPage';
import { KioskPage } from '../e2e/pages/KioskPage';

const UNPACKED: Record<string, string> = {
  linux: 'dist/linux-unpacked/joindesk',
  win32: 'dist/win-unpacked/JoinDesk.exe',
  darwin: 'dist/mac/JoinDesk.app/Contents/MacOS/JoinDesk',
};
const executable = process.env.JOINDESK_PACKAGED_APP ?? path.resolve(UNPACKED[process.platform] ?? UNPACKED.linux!);
const skipReason = fs.existsSync(executable)
  ? ''
  : `no packaged app at ${path.relative(process.cwd(), executable)} (make one with \`npm run dist -- --dir\` where Electron can be downloaded)`;
if (skipReason) console.log(`Packaged-app test skips here: ${skipReason}.`);

async function windowAt(browser: Browser, url: string): Promise<Page> {
  await expect
    .poll(
      () =>
        browser
          .contexts()
          .flatMap((c) => c.pages())
          .some((p) => p.url() === url),
      { timeout: 30_000 },
    )
    .toBe(true);
  return browser
    .contexts()
    .flatMap((c) => c.pages())
    .find((p) => p.url() === url)!;
}

test.describe('packaged app', () => {
  test.skip(!!skipReason, skipReason);

  let app: ChildProcess;
  let browser: Browser;

  test.beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'joindesk-packaged-'));
    app = spawn(executable, ['--remote-debugging-port=0', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])], {
      env: { ...process.env, JOINDESK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const endpoint = await new Promise<string>((resolve, reject) => {
      let seen = '';
      app.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
        if (match) resolve(match[1]!);
      });
      app.on('exit', (code) => reject(new Error(`the app exited (${code}) before it opened: ${seen}`)));
    });
    browser = await chromium.connectOverCDP(endpoint);
  });

  test.afterAll(async () => {
    await browser?.close().catch(() => {});
    if (app && app.exitCode === null) {
      app.kill();
      await new Promise((resolve) => app.once('exit', resolve));
    }
  });

  test('signs up one learner through the kiosk window, then quits', async () => {
    const adminWindow = await windowAt(browser, 'app://joindesk/index.html');
    const admin = new AdminPage(adminWindow);
    await expect(adminWindow.getByRole('heading', { name: 'Groups', level: 2 })).toBeVisible();
    await admin.createGroup('Packaged Cohort');
    const code = await admin.readCodeByHover();

    await admin.setPinFromStartKiosk('73519462');
    await adminWindow.getByRole('button', { name: 'Start kiosk' }).click();

    const kioskWindow = await windowAt(browser, 'app://joindesk/kiosk.html');
    const kiosk = new KioskPage(kioskWindow);
    await kiosk.submit({ name: 'Ana Ruiz', email: 'ana@example.com', code });
    await expect(kiosk.joinedGroup()).toHaveText('Packaged Cohort');
    await kiosk.done();

    await kioskWindow.getByRole('button', { name: 'Staff: exit kiosk' }).click();
    await kioskWindow.getByLabel('Admin PIN').fill('73519462');
    await kioskWindow.getByRole('button', { name: 'Exit kiosk' }).click();
    await expect.poll(() => kioskWindow.isClosed(), { timeout: 10_000 }).toBe(true);

    // Closing the last window quits the app.
    const exited = new Promise<number | null>((resolve) => app.once('exit', resolve));
    await adminWindow.close();
    expect(await exited).toBe(0);
  });
});
