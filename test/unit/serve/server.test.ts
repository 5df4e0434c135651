import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/main/serve/limits';
import type { Harness } from '../../security/serveHarness';
import { bearer, call, request, signIn, start, stream, TOKENS } from '../../security/serveHarness';

// Sessions, audiences, the kiosk origin and the limits are attacked in test/security/serve*.test.ts;
// this is the everyday shape of the API and the files.
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await start();
  admin = h.admin.origin;
});
afterAll(() => h.close());

const asAdmin = bearer(TOKENS.admin);

describe('serve mode: tokens and audiences', () => {
  it('401 without a valid session or token', async () => {
    expect((await call(admin, 'groups-list', {})).status).toBe(401);
    expect((await call(admin, 'groups-list', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await call(admin, 'groups-list', {}, { Cookie: `joindesk_session_${h.admin.port}=nope` })).status).toBe(401);
    expect((await request(`${admin}/`)).status).toBe(401);
    expect((await request(`${h.kiosk.origin}/kiosk`)).status).toBe(401);
  });

  it('serves the admin page to an admin session, with a CSP', async () => {
    const { session } = await signIn(h.adminLink());
    const page = await request(`${admin}/`, { headers: session });
    expect(page.status).toBe(200);
    expect(page.body).toContain('admin page');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const { session: kiosk } = await signIn(h.kioskLink());
    const kioskPage = await request(`${h.kiosk.origin}/kiosk`, { headers: kiosk });
    expect(kioskPage.body).toContain('kiosk page');
  });

  it('the admin reaches every channel, by bearer or session', async () => {
    const res = await call(admin, 'groups-create', { name: 'Ops' }, asAdmin);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Ops' } });
    const { session } = await signIn(h.adminLink());
    const bySession = await call(admin, 'groups-list', {}, session);
    expect(JSON.parse(bySession.body)).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('a kiosk session reaches kiosk-register; a handled error is still HTTP 200', async () => {
    const { session } = await signIn(h.kioskLink());
    const res = await call(
      h.kiosk.origin,
      'kiosk-register',
      { name: 'Ana', email: 'ana@example.com', code: 'ZZZZ-ZZZZ' },
      session,
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'code-unknown' } });
  });
});

describe('serve mode: request shape', () => {
  it('404 for an unknown channel', async () => {
    expect((await call(admin, 'groups-drop', {}, asAdmin)).status).toBe(404);
    expect((await call(admin, '__proto__', {}, asAdmin)).status).toBe(404);
  });

  it('400 for a body that is not JSON', async () => {
    const res = await request(`${admin}/api/groups-list`, { method: 'POST', headers: asAdmin, body: '{nope' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('200 with a validation error for JSON of the wrong shape, including strings near the body limit', async () => {
    const res = await call(admin, 'groups-create', { name: 'x'.repeat(LIMITS.adminBodyBytes - 100) }, asAdmin);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
  });

  it('413 for an oversized body, declared or streamed, and the connection is still answered', async () => {
    for (const declare of [true, false]) {
      const res = await stream(`${admin}/api/groups-list`, asAdmin, LIMITS.adminBodyBytes + 1024, declare);
      expect(res.status, `declared: ${declare}`).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/1 MB/) },
      });
    }
  });

  it('405 for an API call that is not POST', async () => {
    expect((await request(`${admin}/api/groups-list`, { headers: asAdmin })).status).toBe(405);
  });
});

describe('serve mode: Host and Origin', () => {
  it('refuses a foreign Host (DNS rebinding)', async () => {
    expect((await request(`${admin}/`, { headers: { Host: `evil.example:${h.admin.port}` } })).status).toBe(403);
    expect((await call(admin, 'groups-list', {}, { ...asAdmin, Host: 'evil.example' })).status).toBe(403);
  });

  it('accepts localhost and 127.0.0.1 on our port only', async () => {
    expect((await call(admin, 'groups-list', {}, { ...asAdmin, Host: `localhost:${h.admin.port}` })).status).toBe(200);
    expect((await call(admin, 'groups-list', {}, { ...asAdmin, Host: `127.0.0.1:${h.admin.port + 1}` })).status).toBe(403);
  });

  it('refuses a foreign Origin, even with a valid token', async () => {
    const res = await call(admin, 'groups-create', { name: 'Evil' }, { ...asAdmin, Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(h.t.db.prepare("SELECT count(*) AS n FROM groups WHERE name = 'Evil'").get()).toEqual({ n: 0 });
    expect((await call(admin, 'groups-list', {}, { ...asAdmin, Origin: admin })).status).toBe(200);
  });

  it('refuses what another site or another port of this machine starts (Sec-Fetch-Site)', async () => {
    for (const site of ['same-site', 'cross-site']) {
      expect((await request(`${admin}/`, { headers: { 'Sec-Fetch-Site': site } })).status, site).toBe(403);
    }
    expect((await call(admin, 'groups-list', {}, { ...asAdmin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });
});

describe('serve mode: static files', () => {
  it('serves built assets and nothing outside the assets folder', async () => {
    expect((await request(`${admin}/assets/admin-1.js`)).status).toBe(200);
    for (const p of [
      '/../../etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/%00',
      '/assets/..%2fkiosk.html',
    ]) {
      expect((await request(`${admin}${p}`)).status, p).toBe(404);
      expect((await request(`${h.kiosk.origin}${p}`)).status, p).toBe(404);
    }
  });
});
