import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServeServer, MAX_BODY_BYTES } from '../../../src/main/serve/server';
import { makeCore, tempDir } from '../helpers';

const tokens = { admin: 'admin-token-123', kiosk: 'kiosk-token-456' };
let server: http.Server;
let port: number;
let t: ReturnType<typeof makeCore>;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  chunked?: boolean;
}) {
  return new Promise<Reply>((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...opts.headers };
    if (opts.body !== undefined && !opts.chunked) headers['Content-Length'] = String(Buffer.byteLength(opts.body));
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${tokens.admin}` }) =>
  request({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  t = makeCore();
  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<title>admin page</title>');
  fs.writeFileSync(path.join(root, 'kiosk.html'), '<title>kiosk page</title>');
  fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'export {}');
  server = createServeServer({ core: t.core, rendererDir: root, tokens });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serve mode: tokens and audiences', () => {
  it('401 without a valid token', async () => {
    expect((await api('groups-list', {}, {})).status).toBe(401);
    expect((await api('groups-list', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await api('groups-list', {}, { Cookie: 'joindesk_admin=nope' })).status).toBe(401);
    expect((await request({ path: '/' })).status).toBe(401);
    expect((await request({ path: '/kiosk' })).status).toBe(401);
    expect((await request({ path: '/?token=wrong' })).status).toBe(401);
    expect((await request({ path: `/kiosk?token=${tokens.admin}` })).status).toBe(401);
  });

  it('trades a link token for an HttpOnly SameSite=Strict cookie, then serves the page with a CSP', async () => {
    const res = await request({ path: `/?token=${tokens.admin}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^joindesk_admin=admin-token-123;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await request({ path: '/', headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('admin page');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");

    const kiosk = await request({ path: `/kiosk?token=${tokens.kiosk}` });
    expect(kiosk.headers['set-cookie']?.[0]).toMatch(/^joindesk_kiosk=kiosk-token-456;.*HttpOnly/);
    const kioskPage = await request({ path: '/kiosk', headers: { Cookie: `joindesk_kiosk=${tokens.kiosk}` } });
    expect(kioskPage.body).toContain('kiosk page');
  });

  it('the admin token reaches every channel, by bearer or cookie', async () => {
    const res = await api('groups-create', { name: 'Ops' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Ops' } });
    const byCookie = await api('groups-list', {}, { Cookie: `joindesk_admin=${tokens.admin}` });
    expect(JSON.parse(byCookie.body)).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('403 for an admin channel with the kiosk token, or from a page that says it is the kiosk', async () => {
    expect((await api('groups-list', {}, { Authorization: `Bearer ${tokens.kiosk}` })).status).toBe(403);
    expect((await api('groups-create', { name: 'X' }, { Cookie: `joindesk_kiosk=${tokens.kiosk}` })).status).toBe(403);
    const downgraded = await api('groups-list', {}, { Authorization: `Bearer ${tokens.admin}`, 'X-JoinDesk-Audience': 'kiosk' });
    expect(downgraded.status).toBe(403);
  });

  it('the kiosk token reaches kiosk-register; a handled error is still HTTP 200', async () => {
    const res = await api(
      'kiosk-register',
      { name: 'Ana', email: 'ana@example.com', code: 'ZZZZ-ZZZZ' },
      { Cookie: `joindesk_kiosk=${tokens.kiosk}` },
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'code-unknown' } });
  });
});

describe('serve mode: request shape', () => {
  it('404 for an unknown channel', async () => {
    expect((await api('groups-drop', {})).status).toBe(404);
    expect((await api('__proto__', {})).status).toBe(404);
  });

  it('400 for a body that is not JSON', async () => {
    const res = await request({
      method: 'POST',
      path: '/api/groups-list',
      headers: { Authorization: `Bearer ${tokens.admin}` },
      body: '{nope',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('200 with a validation error for JSON of the wrong shape, including 1 MB strings', async () => {
    const res = await api('groups-create', { name: 'x'.repeat(1024 * 1024) });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
  });

  it('413 for an oversized body, declared or streamed', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const declared = await request({
      method: 'POST',
      path: '/api/groups-list',
      headers: { Authorization: `Bearer ${tokens.admin}` },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await request({
      method: 'POST',
      path: '/api/groups-list',
      headers: { Authorization: `Bearer ${tokens.admin}`, 'Transfer-Encoding': 'chunked' },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
  });

  it('405 for an API call that is not POST', async () => {
    expect((await request({ path: '/api/groups-list', headers: { Authorization: `Bearer ${tokens.admin}` } })).status).toBe(405);
  });
});

describe('serve mode: Host and Origin', () => {
  it('refuses a foreign Host (DNS rebinding)', async () => {
    const res = await request({ path: '/', headers: { Host: `evil.example:${port}` } });
    expect(res.status).toBe(403);
    const apiRes = await api('groups-list', {}, { Authorization: `Bearer ${tokens.admin}`, Host: 'evil.example' });
    expect(apiRes.status).toBe(403);
  });

  it('accepts localhost and 127.0.0.1 on our port only', async () => {
    expect((await api('groups-list', {}, { Authorization: `Bearer ${tokens.admin}`, Host: `localhost:${port}` })).status).toBe(
      200,
    );
    expect(
      (await api('groups-list', {}, { Authorization: `Bearer ${tokens.admin}`, Host: `127.0.0.1:${port + 1}` })).status,
    ).toBe(403);
  });

  it('refuses a foreign Origin, even with a valid token', async () => {
    const res = await api(
      'groups-create',
      { name: 'Evil' },
      { Authorization: `Bearer ${tokens.admin}`, Origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(t.db.prepare("SELECT count(*) AS n FROM groups WHERE name = 'Evil'").get()).toEqual({ n: 0 });
    const own = await api('groups-list', {}, { Authorization: `Bearer ${tokens.admin}`, Origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
  });
});

describe('serve mode: static files', () => {
  it('serves built assets and nothing outside the renderer folder', async () => {
    expect((await request({ path: '/assets/a.js' })).status).toBe(200);
    for (const p of ['/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/%2e%2e/%2e%2e/package.json', '/%00']) {
      const res = await request({ path: p });
      expect(res.status, p).toBe(404);
    }
  });
});
