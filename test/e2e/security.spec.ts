import { expect, guardOrigin, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';

test.describe('serve mode trust boundaries', () => {
  test('a kiosk tab gains no admin rights, even in a browser that holds an admin session', async ({ app, browser, shot }) => {
    // CSP bypassed on purpose: the kiosk page's CSP would block cross-origin fetches by itself, and
    // this test is about what the servers refuse, whatever the page (or an injected script) tries.
    const context = await browser.newContext({ bypassCSP: true });
    const foreign: string[] = [];
    await guardOrigin(context, [app.base, app.kioskBase], foreign);
    const adminTab = await context.newPage();
    const admin = new AdminPage(adminTab);
    await admin.open(app.adminUrl);
    const kioskTab = await context.newPage();
    await new KioskPage(kioskTab).open(app.kioskUrl);

    // One cookie jar, two sessions: each a session id under a name tied to its port, no token.
    const cookies = await context.cookies();
    expect
      .soft(cookies.map((c) => c.name).sort())
      .toEqual([`joindesk_session_${new URL(app.base).port}`, `joindesk_session_${new URL(app.kioskBase).port}`].sort());
    for (const c of cookies) expect.soft(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // The codes left the address bar.
    expect.soft(adminTab.url()).toBe(`${app.base}/`);
    expect.soft(kioskTab.url()).toBe(`${app.kioskBase}/kiosk`);

    const tried = await kioskTab.evaluate(async (adminBase) => {
      const attempt = async (url: string, init: RequestInit = {}): Promise<number | 'blocked'> => {
        try {
          return (await fetch(url, { credentials: 'include', ...init })).status;
        } catch {
          return 'blocked';
        }
      };
      const post = (url: string, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
        attempt(url, { method: 'POST', headers, body: JSON.stringify(body) });
      return {
        'own groups-list': await post('/api/groups-list', {}),
        'own groups-create': await post('/api/groups-create', { name: 'From kiosk' }),
        'own groups-list, claiming admin': await post(
          '/api/groups-list',
          {},
          { 'Content-Type': 'application/json', 'X-JoinDesk-Audience': 'admin' },
        ),
        'own session-link': await post('/api/session-link', { audience: 'admin' }),
        'own /': await attempt('/'),
        'own /index.html': await attempt('/index.html'),
        'admin groups-list': await post(`${adminBase}/api/groups-list`, {}),
        'admin groups-create': await post(`${adminBase}/api/groups-create`, { name: 'From kiosk' }),
        // A "simple" request: no preflight, so the browser sends it with the cookies; the server must refuse it.
        'admin groups-create as text/plain': await post(
          `${adminBase}/api/groups-create`,
          { name: 'From kiosk' },
          {
            'Content-Type': 'text/plain',
          },
        ),
        'admin /': await attempt(`${adminBase}/`),
      };
    }, app.base);
    expect(tried).toEqual({
      'own groups-list': 404,
      'own groups-create': 404,
      'own groups-list, claiming admin': 404,
      'own session-link': 404,
      'own /': 404,
      'own /index.html': 404,
      'admin groups-list': 'blocked',
      'admin groups-create': 'blocked',
      'admin groups-create as text/plain': 'blocked',
      'admin /': 'blocked',
    });
    expect((await app.api('groups-list', {})).value.total).toBe(0);

    // The kiosk page still does its own work.
    // (As the page itself calls: with this tab's own secret.)
    const ownStatus = `fetch('/api/kiosk-status', { method: 'POST', body: '{}', headers: { 'X-JoinDesk-Tab': sessionStorage.getItem('joindesk-tab') } }).then((r) => r.status)`;
    expect(await kioskTab.evaluate(ownStatus)).toBe(200);

    // Loading `/` in the kiosk tab: no admin screen on the kiosk origin...
    const own = await kioskTab.goto(`${app.kioskBase}/`);
    expect(own?.status()).toBe(404);
    // ...and the admin origin refuses a page that another origin's script navigates to.
    await kioskTab.goto(`${app.kioskBase}/kiosk`);
    const [navigated] = await Promise.all([
      kioskTab.waitForResponse((r) => r.url() === `${app.base}/`),
      kioskTab.evaluate(`location.href = ${JSON.stringify(`${app.base}/`)}`),
    ]);
    expect(navigated.status()).toBe(403);
    await expect(kioskTab.getByRole('heading', { name: 'Groups', level: 2 })).toHaveCount(0);

    // A learner types the admin address into the kiosk tab. The browser sends the admin's cookie (one
    // jar), but this tab never got the admin tab's own secret: the page says so and every call is refused.
    const typed = await kioskTab.goto(`${app.base}/`);
    expect(typed?.status()).toBe(200);
    await expect(kioskTab.getByRole('heading', { name: 'This tab is not signed in' })).toBeVisible();
    await shot(kioskTab, 'tab-not-signed-in');
    await expect(kioskTab.getByRole('heading', { name: 'Groups', level: 2 })).toHaveCount(0);
    const fromTyped = await kioskTab.evaluate(async () => {
      const post = (channel: string, body: unknown) =>
        fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.status);
      return {
        list: await post('groups-list', {}),
        create: await post('groups-create', { name: 'Typed in' }),
        download: (await fetch('/files/backups/x.db')).status,
      };
    });
    expect(fromTyped).toEqual({ list: 401, create: 401, download: 401 });

    // The admin, in the same browser, is unaffected.
    await adminTab.reload();
    await expect(adminTab.getByRole('heading', { name: 'Groups', level: 2 })).toBeVisible();
    await admin.createGroup('Made by the admin');
    expect((await app.api('groups-list', {})).value.total).toBe(1);

    await context.close();
    expect(foreign, 'requests outside the app origins').toEqual([]);
  });

  test('Start kiosk opens a one-time link on the kiosk origin', async ({ app, admin: adminTab }) => {
    const admin = new AdminPage(adminTab);
    await admin.open(app.adminUrl);
    expect((await app.api('admin-pin-set', { pin: '73519462' })).ok).toBe(true);
    await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kiosk' }).click();
    const [popup] = await Promise.all([
      adminTab.waitForEvent('popup'),
      adminTab.getByRole('button', { name: 'Start kiosk' }).click(),
    ]);
    await expect(popup.getByRole('heading', { name: 'Join your group' })).toBeVisible();
    expect(popup.url()).toBe(`${app.kioskBase}/kiosk`);
    // A printed link is spent once used; a fresh one from session-link works once more.
    const fresh = await app.link('kiosk');
    expect(new URL(fresh).origin).toBe(app.kioskBase);
    const first = await popup.goto(fresh);
    expect(first?.status()).toBe(200);
    expect((await popup.goto(fresh))?.status()).toBe(401);
  });
});
