import { test as base, expect } from '@playwright/test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

export interface ServeApp {
  /** The admin origin. */
  base: string;
  /** The kiosk's own origin (another port). */
  kioskBase: string;
  /** The one-time sign-in links serve printed; each works once. */
  adminUrl: string;
  kioskUrl: string;
  dataDir: string;
  /** Calls the HTTP API directly as the admin, for arranging state a test is not about. */
  api: (channel: string, input: unknown) => Promise<{ ok: boolean; value?: any; error?: any }>;
  /** The same, for arranging what must succeed: its value, or the test fails naming the channel and the error. */
  must: (channel: string, input: unknown) => Promise<any>;
  /** A fresh one-time sign-in link, for a test that needs more than the printed ones. */
  link: (audience: 'admin' | 'kiosk') => Promise<string>;
}

/** Starts `out/main/serve.js` (the built app) on a free port with an empty data folder. */
async function startServe(): Promise<{ app: ServeApp; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'joindesk-e2e-'));
  // The tests know the tokens because they chose them: serve never puts a token in a link.
  const token = randomBytes(32).toString('base64url');
  const child = spawn(process.execPath, ['out/main/serve.js'], {
    env: {
      ...process.env,
      JOINDESK_PORT: '0',
      JOINDESK_KIOSK_PORT: '0',
      JOINDESK_DATA_DIR: dataDir,
      JOINDESK_TOKEN: token,
      JOINDESK_KIOSK_TOKEN: randomBytes(32).toString('base64url'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const urls: Record<string, string> = {};
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    lines.on('line', (line) => {
      const m = /^(Admin|Kiosk):\s+(\S+)/.exec(line);
      if (m) urls[m[1]!] = m[2]!;
      if (urls.Admin && urls.Kiosk) resolve();
    });
  });
  const adminUrl = urls.Admin!;
  const base = new URL(adminUrl).origin;
  const api: ServeApp['api'] = async (channel, input) => {
    const res = await fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Awaited<ReturnType<ServeApp['api']>>;
  };
  const app: ServeApp = {
    base,
    kioskBase: new URL(urls.Kiosk!).origin,
    adminUrl,
    kioskUrl: urls.Kiosk!,
    dataDir,
    api,
    must: async (channel, input) => {
      const r = await api(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value;
    },
    link: async (audience) => {
      const result = await api('session-link', { audience });
      if (!result.ok) throw new Error(`session-link failed: ${JSON.stringify(result.error)}`);
      return result.value.url as string;
    },
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { app, stop };
}

/** Fails the test if the page asks for anything outside the app's own origins (DESIGN §6: offline). */
export async function guardOrigin(context: BrowserContext, bases: string[], foreign: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const ours = bases.some((base) => url.startsWith(`${base}/`) || url === base);
    if (ours || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
}

/** A page in a fresh context that may talk only to the app; the test fails if it tried anything else. */
async function withGuardedPage(
  browser: Browser,
  bases: string[],
  use: (page: Page) => Promise<void>,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const foreign: string[] = [];
  await guardOrigin(context, bases, foreign);
  await use(await context.newPage());
  await context.close();
  expect(foreign, 'requests outside the app origin').toEqual([]);
}

export const test = base.extend<{ app: ServeApp; admin: Page; kiosk: Page; shot: (page: Page, name: string) => Promise<void> }>({
  app: async ({}, use) => {
    const { app, stop } = await startServe();
    await use(app);
    await stop();
  },
  // Admin and kiosk get separate browser contexts: separate cookies, as on two screens.
  admin: async ({ browser, app }, use) => {
    await withGuardedPage(browser, [app.base, app.kioskBase], use, { permissions: ['clipboard-read', 'clipboard-write'] });
  },
  kiosk: async ({ browser, app }, use) => {
    await withGuardedPage(browser, [app.base, app.kioskBase], use);
  },
  shot: async ({}, use) => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use(async (page, name) => {
      // From the top: a full-page shot of a scrolled page draws fixed headers mid-page.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `${name}.png`),
        fullPage: true,
        animations: 'disabled',
        // Toasts come and go; the screen under them is what the picture is for.
        style: '.mantine-Notifications-root { display: none !important; }',
      });
    });
  },
});

export { expect };
