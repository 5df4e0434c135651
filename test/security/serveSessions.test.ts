import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore } from '../unit/helpers';
import type { Harness } from './serveHarness';
import { bearer, call, request, signIn, start, TOKENS } from './serveHarness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(() => h.close());

const json = (body: string) => JSON.parse(body) as { ok: boolean; value?: unknown; error?: { code: string } };

describe('serve mode: sessions, not tokens, in cookies', () => {
  it('a link carries a one-time code; opening it sets a session cookie named for the port, holding no token', async () => {
    for (const [link, port, bare] of [
      [h.adminLink(), h.admin.port, '/'],
      [h.kioskLink(), h.kiosk.port, '/kiosk'],
    ] as const) {
      const code = new URL(link).searchParams.get('code') ?? '';
      expect(code, 'at least 128 bits of base64url').toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(link).not.toContain(TOKENS.admin);
      expect(link).not.toContain(TOKENS.kiosk);
      const { reply, cookie, setCookie } = await signIn(link);
      expect(reply.status).toBe(303);
      // The redirect drops the code; its fragment hands this tab its own secret (never sent to a server).
      expect(reply.headers.location).toMatch(new RegExp(`^${bare}#tab=[A-Za-z0-9_-]{43,}$`));
      expect(reply.headers.location).not.toContain(code);
      expect(setCookie).not.toContain(TOKENS.admin);
      expect(setCookie).not.toContain(TOKENS.kiosk);
      expect(setCookie).not.toContain(code);
      const [name, value] = cookie.split('=');
      expect(name).toBe(`joindesk_session_${port}`);
      expect(value).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(setCookie).toMatch(/; HttpOnly/);
      expect(setCookie).toMatch(/; SameSite=Strict/);
      expect(setCookie).toMatch(/; Path=\//);
      const origin = new URL(link).origin;
      expect((await request(`${origin}${bare}`, { headers: { Cookie: cookie } })).status).toBe(200);
    }
  });

  it("a session's cookie alone calls nothing: only the tab the link opened in holds its secret", async () => {
    for (const [link, origin, channel] of [
      [h.adminLink(), h.admin.origin, 'groups-list'],
      [h.kioskLink(), h.kiosk.origin, 'kiosk-status'],
    ] as const) {
      const { cookie, tab, session } = await signIn(link);
      expect((await call(origin, channel, {}, session)).status).toBe(200);
      // Another tab of the same browser: same cookie jar, no secret (or another tab's).
      expect((await call(origin, channel, {}, { Cookie: cookie })).status).toBe(401);
      expect((await call(origin, channel, {}, { Cookie: cookie, 'X-JoinDesk-Tab': `${tab}x` })).status).toBe(401);
      const other = await signIn(origin === h.admin.origin ? h.adminLink() : h.kioskLink());
      expect((await call(origin, channel, {}, { Cookie: cookie, 'X-JoinDesk-Tab': other.tab })).status).toBe(401);
    }
  });

  it('a code works once', async () => {
    for (const link of [h.adminLink(), h.kioskLink()]) {
      expect((await request(link)).status).toBe(303);
      const again = await request(link);
      expect(again.status, link).toBe(401);
      expect(again.headers['set-cookie']).toBeUndefined();
    }
  });

  it('a code dies 10 minutes after it was made', async () => {
    const early = [h.adminLink(), h.kioskLink()];
    h.advance(10 * 60_000 - 1000);
    for (const link of early) expect((await request(link)).status).toBe(303);
    const late = [h.adminLink(), h.kioskLink()];
    h.advance(10 * 60_000 + 1);
    for (const link of late) expect((await request(link)).status, link).toBe(401);
  });

  it('never accepts a token from a link or a cookie', async () => {
    const { origin, port } = h.admin;
    expect((await request(`${origin}/?token=${TOKENS.admin}`)).status).toBe(401);
    expect((await request(`${origin}/?code=${TOKENS.admin}`)).status).toBe(401);
    for (const cookie of [`joindesk_admin=${TOKENS.admin}`, `joindesk_session_${port}=${TOKENS.admin}`]) {
      expect((await call(origin, 'groups-list', {}, { Cookie: cookie })).status, cookie).toBe(401);
      expect((await request(`${origin}/`, { headers: { Cookie: cookie } })).status, cookie).toBe(401);
    }
  });

  it('scripts keep using Authorization: Bearer; the kiosk token reaches kiosk channels only', async () => {
    const { origin } = h.admin;
    expect((await call(origin, 'groups-list', {}, bearer(TOKENS.admin))).status).toBe(200);
    expect((await call(origin, 'groups-list', {}, bearer('x'.repeat(40)))).status).toBe(401);
    expect((await call(origin, 'groups-list', {}, bearer(TOKENS.kiosk))).status).toBe(403);
    expect((await call(origin, 'kiosk-status', {}, bearer(TOKENS.kiosk))).status).toBe(200);
    expect((await request(`${origin}/`, { headers: bearer(TOKENS.kiosk) })).status).toBe(403);
  });
});

describe('serve mode: the server alone decides the audience', () => {
  it('X-JoinDesk-Audience changes nothing, either way', async () => {
    const { session: admin } = await signIn(h.adminLink());
    const asKiosk = await call(h.admin.origin, 'groups-list', {}, { ...admin, 'X-JoinDesk-Audience': 'kiosk' });
    expect(asKiosk.status).toBe(200);
    expect(json(asKiosk.body).ok).toBe(true);
    const { session: kiosk } = await signIn(h.kioskLink());
    for (const origin of [h.admin.origin, h.kiosk.origin]) {
      const asAdmin = await call(origin, 'groups-list', {}, { ...kiosk, 'X-JoinDesk-Audience': 'admin' });
      expect(asAdmin.status).not.toBe(200);
    }
    const bearerUp = await call(h.admin.origin, 'groups-list', {}, { ...bearer(TOKENS.kiosk), 'X-JoinDesk-Audience': 'admin' });
    expect(bearerUp.status).toBe(403);
  });

  it('refuses the admin page to a kiosk session, on either origin', async () => {
    const { session: kiosk } = await signIn(h.kioskLink());
    for (const origin of [h.admin.origin, h.kiosk.origin]) {
      for (const p of ['/', '/index.html']) {
        const res = await request(`${origin}${p}`, { headers: kiosk });
        expect([401, 403, 404], `${origin}${p}`).toContain(res.status);
        expect(res.body).not.toContain('admin page');
      }
    }
  });
});

describe('serve mode: the kiosk has its own origin', () => {
  it('is not the admin origin', () => {
    expect(new URL(h.kioskLink()).origin).toBe(h.kiosk.origin);
    expect(h.kiosk.origin).not.toBe(h.admin.origin);
  });

  it('admin channels and admin pages do not exist there, whatever the request carries', async () => {
    const { session: admin } = await signIn(h.adminLink());
    const { session: kiosk } = await signIn(h.kioskLink());
    const carrying: Record<string, Record<string, string>> = {
      'admin session': admin,
      'both sessions': { Cookie: `${admin.Cookie}; ${kiosk.Cookie}`, 'X-JoinDesk-Tab': admin['X-JoinDesk-Tab']! },
      'admin bearer': bearer(TOKENS.admin),
      'kiosk session': kiosk,
    };
    for (const [label, headers] of Object.entries(carrying)) {
      for (const channel of ['groups-list', 'groups-create', 'kiosk-unlock', 'session-link', 'kiosk-open']) {
        const res = await call(h.kiosk.origin, channel, channel === 'groups-create' ? { name: 'Kiosk-made' } : {}, headers);
        expect(res.status, `${channel} with ${label}`).toBe(404);
      }
      for (const p of ['/', '/index.html', '/assets/admin-1.js']) {
        expect((await request(`${h.kiosk.origin}${p}`, { headers })).status, `${p} with ${label}`).toBe(404);
      }
    }
    expect(h.t.db.prepare("SELECT count(*) AS n FROM groups WHERE name = 'Kiosk-made'").get()).toEqual({ n: 0 });
    // What the kiosk page itself needs is there.
    for (const p of ['/assets/kiosk-1.js', '/assets/shared-1.js']) {
      expect((await request(`${h.kiosk.origin}${p}`)).status, p).toBe(200);
    }
  });

  it("the admin's cookie lends no rights on the kiosk origin", async () => {
    const { session: admin } = await signIn(h.adminLink());
    expect((await request(`${h.kiosk.origin}/kiosk`, { headers: admin })).status).toBe(401);
    expect((await call(h.kiosk.origin, 'kiosk-status', {}, admin)).status).toBe(401);
    // A session id made on one origin means nothing on the other.
    const value = admin.Cookie!.split('=')[1];
    const replayed = `joindesk_session_${h.kiosk.port}=${value}`;
    expect((await call(h.kiosk.origin, 'kiosk-status', {}, { Cookie: replayed })).status).toBe(401);
  });

  it('the admin origin serves no kiosk page', async () => {
    const { session: admin } = await signIn(h.adminLink());
    for (const p of ['/kiosk', '/kiosk.html']) {
      expect((await request(`${h.admin.origin}${p}`, { headers: admin })).status, p).toBe(404);
    }
  });

  it('checks Host and Origin against its own host and port', async () => {
    const { session: kiosk } = await signIn(h.kioskLink());
    const headers = kiosk;
    expect((await call(h.kiosk.origin, 'kiosk-status', {}, headers)).status).toBe(200);
    expect((await call(h.kiosk.origin, 'kiosk-status', {}, { ...headers, Host: `127.0.0.1:${h.admin.port}` })).status).toBe(403);
    expect((await call(h.kiosk.origin, 'kiosk-status', {}, { ...headers, Host: 'evil.example' })).status).toBe(403);
    expect((await call(h.kiosk.origin, 'kiosk-status', {}, { ...headers, Origin: h.admin.origin })).status).toBe(403);
    const fromKiosk = await call(h.admin.origin, 'groups-list', {}, { ...bearer(TOKENS.admin), Origin: h.kiosk.origin });
    expect(fromKiosk.status).toBe(403);
  });
});

describe('serve mode: each kiosk session is its own throttle identity', () => {
  it('wrong codes from one kiosk tab do not slow down another', async () => {
    const { session: a } = await signIn(h.kioskLink());
    const { session: b } = await signIn(h.kioskLink());
    const wrong = (session: Record<string, string>, i: number) =>
      call(h.kiosk.origin, 'kiosk-register', { name: 'Tom Wright', email: 'tom@example.com', code: `WRNG-C0D${i}` }, session);
    for (let i = 0; i < 6; i++) await wrong(a, i);
    expect(json((await wrong(a, 7)).body).error?.code).toBe('throttled');
    expect(json((await wrong(b, 8)).body).error?.code).toBe('code-unknown');
    // Rows are keyed by the kioskId the server passed (with the throttle's own prefix, if any).
    const rows = h.t.db.prepare('SELECT kiosk_id FROM kiosk_throttle').pluck().all() as string[];
    const ids = new Set(rows.map((row) => /browser-[0-9a-f]{12}$/.exec(row)?.[0]));
    expect([...ids].every((id) => id !== undefined)).toBe(true);
    expect(ids.size).toBe(2);
    for (const id of ids) {
      // The public id is not the cookie's secret.
      expect(a.Cookie).not.toContain(id!.slice(8));
      expect(b.Cookie).not.toContain(id!.slice(8));
    }
  });
});

describe('serve mode: session-link and kiosk-open make one-time links', () => {
  it('session-link gives an admin a fresh link for either audience, on its own origin', async () => {
    const { session } = await signIn(h.adminLink());
    for (const [audience, origin, bare] of [
      ['admin', h.admin.origin, '/'],
      ['kiosk', h.kiosk.origin, '/kiosk'],
    ] as const) {
      const res = json((await call(h.admin.origin, 'session-link', { audience }, session)).body);
      const url = new URL((res.value as { url: string }).url);
      expect(url.origin).toBe(origin);
      expect(url.pathname).toBe(bare);
      expect((await request(url.href)).status).toBe(303);
      expect((await request(url.href)).status).toBe(401);
    }
    expect((await call(h.admin.origin, 'session-link', { audience: 'kiosk' }, bearer(TOKENS.kiosk))).status).toBe(403);
  });

  it('kiosk-open answers a new kiosk link each time, each its own session', async () => {
    h.t.must('admin-pin-set', { pin: '73519462' });
    const open = async () =>
      (json((await call(h.admin.origin, 'kiosk-open', {}, bearer(TOKENS.admin))).body).value as { url: string }).url;
    const [a, b] = [await open(), await open()];
    expect(a).not.toBe(b);
    expect(new URL(a).origin).toBe(h.kiosk.origin);
    const ca = (await signIn(a)).cookie;
    const cb = (await signIn(b)).cookie;
    expect(ca).not.toBe(cb);
  });

  it('without a host that makes links (the desktop app), session-link is unavailable', () => {
    const t = makeCore();
    expect(t.call('session-link', { audience: 'kiosk' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
