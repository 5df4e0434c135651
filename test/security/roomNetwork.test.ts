import { createHash } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../src/shared/contract';
import type { RoomHost } from '../../src/main/core/host';
import type { StationAuth } from '../../src/main/core/stations';
import { stationAuth } from '../../src/main/core/stations';
import { createKioskServer } from '../../src/main/serve/kioskServer';
import { createAddressCeiling, deviceKey, ROOM_LIMITS } from '../../src/main/serve/roomLimits';
import { createRoomNetwork } from '../../src/main/serve/roomNetwork';
import type { ServeListener } from '../../src/main/serve/server';
import { createAdminServer } from '../../src/main/serve/server';
import type { TestCore } from '../unit/helpers';
import { makeCore } from '../unit/helpers';
import { backupNow, craftedBackup, restore } from '../unit/core/backupHelpers';
import { bearer, call, fakeRenderer, freeRoomPort, request, ROOM, signIn, TOKENS } from './serveHarness';

let t: TestCore;
let room: RoomHost;
let admin: ServeListener;
let origin: string;
let groupCode: string;
let groupId: number;

const json = (body: string) =>
  JSON.parse(body) as { ok: boolean; value?: any; error?: { code: string; retryAfterSeconds?: number } };

/** A phone opening a room link: its cookie and tab secret, as its browser would keep them. */
async function walkUp(code = groupCode, from = origin) {
  const reply = await request(`${from}/j/${code}`);
  expect(reply.status).toBe(303);
  const cookie = String(([] as string[]).concat(reply.headers['set-cookie'] ?? [])[0]).split(';')[0]!;
  const m = /^\/kiosk#tab=([A-Za-z0-9_-]+)&join=([0-9A-Za-z-]*)$/.exec(String(reply.headers.location));
  expect(m, String(reply.headers.location)).not.toBeNull();
  return { session: { Cookie: cookie, 'X-JoinDesk-Tab': m![1]! }, join: m![2]! };
}

beforeAll(async () => {
  const rendererDir = fakeRenderer();
  room = createRoomNetwork({ core: () => t.core, rendererDir, addresses: () => [] });
  t = makeCore(undefined, { host: { room } });
  admin = createAdminServer({ core: t.core, rendererDir, tokens: TOKENS, port: 0 });
  await admin.listen();
  const group = t.must('groups-create', { name: 'Forklift Wave 3' });
  groupId = group.id;
  groupCode = group.joinCode;
  const status = await t.core.call('network-set', { enabled: true, address: ROOM, port: await freeRoomPort() });
  if (!status.ok) throw new Error(JSON.stringify(status.error));
  origin = status.value.url!;
});
afterAll(async () => {
  await room.close();
  await admin.close();
});

describe('the room listener', () => {
  it('is open on the chosen address, and the room link names it', async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    const link = t.must('group-room-link', { groupId });
    expect(link.url).toBe(`${origin}/j/${groupCode.replace(/-/g, '')}`);
  });

  it('has no admin channel, whatever credential a request carries', async () => {
    const adminSession = (await signIn(admin.link())).session;
    const phone = (await walkUp()).session;
    const credentials: Record<string, string>[] = [
      {},
      bearer(TOKENS.admin),
      bearer(TOKENS.kiosk),
      adminSession,
      phone,
      { ...phone, ...bearer(TOKENS.admin) },
    ];
    const adminChannels = CHANNELS.filter((c) => contract[c].audience === 'admin');
    expect(adminChannels.length).toBeGreaterThan(40);
    for (const headers of credentials) {
      for (const channel of [...adminChannels, 'kiosk-exit']) {
        const reply = await call(origin, channel, {}, headers);
        expect(reply.status, `${channel} with ${Object.keys(headers).join('+')}`).toBe(404);
        expect(json(reply.body).error?.code).toBe('not-found');
      }
    }
  });

  it('has no admin page, asset or file route', async () => {
    const code = new URL(admin.link()).searchParams.get('code')!;
    const adminCookie = (await signIn(admin.link())).session;
    for (const path of ['/', '/index.html', `/?code=${code}`, '/files/backups', '/assets/admin-1.js', '/settings']) {
      for (const headers of [{}, adminCookie, bearer(TOKENS.admin)]) {
        expect((await request(`${origin}${path}`, { headers })).status, path).toBe(404);
      }
    }
  });

  it('answers only to its own Host', async () => {
    const port = new URL(origin).port;
    expect((await request(`${origin}/j/${groupCode}`, { headers: { Host: `127.0.0.1:${port}` } })).status).toBe(403);
    expect((await request(`${origin}/j/${groupCode}`, { headers: { Host: `localhost:${port}` } })).status).toBe(403);
  });

  it('a phone walks up with the code filled in, signs up, and its session ends there', async () => {
    const { session, join } = await walkUp(groupCode.replace(/-/g, ''));
    expect(join).toBe(groupCode.replace(/-/g, ''));
    expect((await request(`${origin}/kiosk`, { headers: { Cookie: session.Cookie } })).status).toBe(200);
    expect((await request(`${origin}/assets/kiosk-1.js`)).status).toBe(200);
    const status = await call(origin, 'kiosk-status', {}, session);
    expect(json(status.body).ok).toBe(true);
    expect(json(status.body).value.canExit).toBe(false);
    const reply = await call(origin, 'kiosk-register', { name: 'Ana Ruiz', email: 'ana@example.com', code: join }, session);
    expect(json(reply.body)).toMatchObject({ ok: true, value: { groupName: 'Forklift Wave 3' } });
    // Nothing more from that phone: it cannot look at anything, nor sign up anyone else.
    expect((await call(origin, 'kiosk-status', {}, session)).status).toBe(401);
    const page = await request(`${origin}/kiosk`, { headers: { Cookie: session.Cookie } });
    expect(page.status).toBe(401);
    expect(page.body).toMatch(/scan your group's QR code/);
    const live = t.must('group-live', { groupId });
    expect(live.memberCount).toBe(1);
    expect(live.recent.map((r) => r.firstName)).toEqual(['Ana']);
  });

  it('throttles each phone on its own: one guessing wrong codes holds up no other', async () => {
    const guesser = (await walkUp('WRONG')).session;
    let last: ReturnType<typeof json> | null = null;
    for (let i = 0; i < 8; i++) {
      last = json(
        (await call(origin, 'kiosk-register', { name: 'Guess Er', email: `g${i}@example.com`, code: 'NOPE-0000' }, guesser)).body,
      );
      if (last.error?.code === 'throttled') break;
    }
    expect(last?.error?.code).toBe('throttled');
    const other = (await walkUp()).session;
    const reply = json(
      (await call(origin, 'kiosk-register', { name: 'Bo Lind', email: 'bo@example.com', code: groupCode }, other)).body,
    );
    expect(reply.ok).toBe(true);
  });

  it('caps one address however many sessions it opens', async () => {
    // The address has already spent some failures above; new sessions keep guessing until the ceiling.
    let reply: ReturnType<typeof json> | null = null;
    for (let i = 0; i < 40 && reply?.error?.code !== 'throttled'; i++) {
      const fresh = (await walkUp('X')).session;
      reply = json(
        (await call(origin, 'kiosk-register', { name: 'Guess Er', email: `h${i}@example.com`, code: 'NOPE-0000' }, fresh)).body,
      );
    }
    expect(reply?.error?.code).toBe('throttled');
    expect(reply?.error?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses phones when only paired screens may sign up', async () => {
    const port = Number(new URL(origin).port);
    await t.core.call('network-set', { enabled: true, address: ROOM, port, phonesAllowed: false });
    expect((await request(`${origin}/j/${groupCode}`)).status).toBe(403);
    await t.core.call('network-set', { enabled: true, address: ROOM, port, phonesAllowed: true });
    expect(t.must('network-status', {}).url).toBe(origin);
  });

  it('turning phones off cuts off the phone sessions already open, not only new ones', async () => {
    const port = Number(new URL(origin).port);
    const { session } = await walkUp();
    expect((await call(origin, 'kiosk-status', {}, session)).status).toBe(200);
    await t.core.call('network-set', { enabled: true, address: ROOM, port, phonesAllowed: false });
    expect((await call(origin, 'kiosk-status', {}, session)).status).toBe(401);
    const reg = await call(
      origin,
      'kiosk-register',
      { name: 'Early Bird', email: 'early@example.com', code: groupCode },
      session,
    );
    expect(reg.status).toBe(401);
    await t.core.call('network-set', { enabled: true, address: ROOM, port, phonesAllowed: true });
  });

  it('a HEAD (a link preview) spends no room link and opens no session', async () => {
    const head = await request(`${origin}/j/${groupCode}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['set-cookie']).toBeUndefined();
  });

  it('says why it cannot open on an address this machine lacks', async () => {
    const other = createRoomNetwork({ core: () => t2.core, rendererDir: fakeRenderer(), addresses: () => [] });
    const t2 = makeCore(undefined, { host: { room: other } });
    const r = await t2.core.call('network-set', { enabled: true, address: '192.0.2.77', port: 5184 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'validation', field: 'address' });
    expect(t2.must('network-status', {}).enabled).toBe(false);
  });

  it('turning it off closes it at once, open connections too; a restart does not reopen it', async () => {
    const port = Number(new URL(origin).port);
    // A connection held open (keep-alive) from before.
    const socket = net.connect(port, ROOM);
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    const off = await t.core.call('network-set', { enabled: false });
    expect(off.ok && off.value).toMatchObject({ enabled: false, url: null, address: ROOM, port });
    await closed;
    await expect(request(`${origin}/j/${groupCode}`)).rejects.toThrow(/ECONNREFUSED/);
    expect(t.call('group-room-link', { groupId })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    // JoinDesk starts again on the same data: the choice is remembered, the listener is not reopened.
    const again = createRoomNetwork({ core: () => restarted.core, rendererDir: fakeRenderer(), addresses: () => [] });
    const restarted = makeCore(t.db.name, { host: { room: again } });
    expect(restarted.must('network-status', {})).toMatchObject({ enabled: false, url: null, address: ROOM, port });
  });
});

describe('the room setting in backups', () => {
  it('a backup holding the chosen network restores', async () => {
    const r2 = createRoomNetwork({ core: () => t2.core, rendererDir: fakeRenderer(), addresses: () => [] });
    const t2 = makeCore(undefined, { host: { room: r2 } });
    const saved = await t2.core.call('network-set', { enabled: false, address: ROOM, port: 5190, phonesAllowed: false });
    expect(saved.ok).toBe(true);
    const backup = await backupNow(t2);
    expect(restore(t2, backup.name)).toMatchObject({ ok: true });
    expect(t2.must('network-status', {})).toMatchObject({ enabled: false, address: ROOM, port: 5190, phonesAllowed: false });
  });
});

describe('stations', () => {
  let ts: TestCore;
  let roomS: RoomHost;
  let originS: string;
  beforeAll(async () => {
    let auth: StationAuth | null = null;
    // The core's clock is the test's; the stations' must be the same one.
    const stations: StationAuth = {
      redeem: (c) => auth!.redeem(c),
      byCredential: (c) => auth!.byCredential(c),
      alive: (id) => auth!.alive(id),
      recordSignup: (id) => auth!.recordSignup(id),
    };
    roomS = createRoomNetwork({ core: () => ts.core, rendererDir: fakeRenderer(), addresses: () => [], stations });
    ts = makeCore(undefined, { host: { room: roomS } });
    auth = stationAuth(ts.db, ts.clock.now);
    expect(ts.call('station-pair-start', { name: 'Front desk tablet' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    const on = await ts.core.call('network-set', {
      enabled: true,
      address: ROOM,
      port: await freeRoomPort(),
      phonesAllowed: false,
    });
    if (!on.ok) throw new Error(JSON.stringify(on.error));
    originS = on.value.url!;
  });
  afterAll(() => roomS.close());

  /** Opens a pairing (or station) address as a station's browser: its cookies and tab secret. */
  async function pairAt(url: string, cookie = '') {
    const reply = await request(url, { headers: cookie ? { Cookie: cookie } : {} });
    const cookies = ([] as string[]).concat(reply.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
    const tab = /^\/kiosk\?station#tab=([A-Za-z0-9_-]+)$/.exec(String(reply.headers.location ?? ''))?.[1] ?? '';
    return { reply, cookies, tab };
  }

  it('pairs once with a two-minute code, then holds its own credential; removal cuts it off at once', async () => {
    const group = ts.must('groups-create', { name: 'Evening class' });
    const start = ts.must('station-pair-start', { name: 'Front desk tablet' });
    expect(start.pairingCode).toMatch(/^[0-9A-Z]{6}$/);
    expect(start.url).toBe(`${originS}/pair/${start.pairingCode}`);
    expect(Date.parse(start.expiresAt) - ts.clock.now().getTime()).toBe(120_000);
    expect(ts.must('stations-list', {})).toMatchObject([{ name: 'Front desk tablet', state: 'pairing' }]);

    const paired = await pairAt(start.url);
    expect(paired.reply.status).toBe(303);
    const [credential, sessionCookie] = paired.cookies;
    expect(credential).toMatch(/^joindesk_station_\d+=[A-Za-z0-9_-]{43}$/);
    expect(String(paired.reply.headers['set-cookie'])).toMatch(/Max-Age=\d+/);
    const session = { Cookie: `${credential}; ${sessionCookie}`, 'X-JoinDesk-Tab': paired.tab };
    const status = json((await call(originS, 'kiosk-status', {}, session)).body);
    expect(status).toMatchObject({ ok: true, value: { canExit: false } });
    // The full kiosk: the page, and sign-ups, counted for this station.
    expect((await request(`${originS}/kiosk?station`, { headers: { Cookie: session.Cookie } })).status).toBe(200);
    const reg = json(
      (await call(originS, 'kiosk-register', { name: 'Cy Ode', email: 'cy@example.com', code: group.joinCode }, session)).body,
    );
    expect(reg.ok).toBe(true);
    // A station signs up one person after another: its session goes on.
    expect((await call(originS, 'kiosk-status', {}, session)).status).toBe(200);
    expect(ts.must('stations-list', {})).toMatchObject([{ state: 'paired', signupsToday: 1, lastSeenAt: expect.any(String) }]);

    // The code worked once.
    expect((await pairAt(start.url)).reply.status).toBe(404);
    // Later, the station opens /kiosk again with its credential alone: a fresh session.
    const again = await pairAt(`${originS}/kiosk`, credential);
    expect(again.reply.status).toBe(303);
    expect(again.tab).not.toBe('');

    // Phones are off here ("only paired stations"): the room link answers no.
    expect((await request(`${originS}/j/${group.joinCode}`)).status).toBe(403);

    const { id } = ts.must('stations-list', {})[0]!;
    ts.must('station-remove', { id });
    const cut = await call(originS, 'kiosk-status', {}, session);
    expect(cut.status).toBe(401);
    expect(json(cut.body).error).toMatchObject({ code: 'forbidden' });
    expect(cut.body).toContain('no longer paired');
    // Admin channels stay absent for it too.
    expect((await call(originS, 'groups-list', {}, session)).status).toBe(404);
    expect((await pairAt(`${originS}/kiosk`, credential)).reply.status).toBe(401);
    expect(ts.must('stations-list', {})).toEqual([]);
  });

  it("a HEAD on a pairing address (a scanner's preview) does not take the station's place", async () => {
    const start = ts.must('station-pair-start', { name: 'Preview victim' });
    const head = await request(start.url, { method: 'HEAD' });
    expect(head.headers['set-cookie']).toBeUndefined();
    expect((await pairAt(start.url)).reply.status).toBe(303);
    ts.must('station-remove', { id: ts.must('stations-list', {}).find((x) => x.name === 'Preview victim')!.id });
  });

  it("ids are never given twice: a removed station's open session stays cut off when another pairs", async () => {
    const a = await pairAt(ts.must('station-pair-start', { name: 'Tablet A' }).url);
    const sessionA = { Cookie: a.cookies.join('; '), 'X-JoinDesk-Tab': a.tab };
    expect((await call(originS, 'kiosk-status', {}, sessionA)).status).toBe(200);
    const idA = ts.must('stations-list', {}).find((x) => x.name === 'Tablet A')!.id;
    ts.must('station-remove', { id: idA });
    await pairAt(ts.must('station-pair-start', { name: 'Tablet B' }).url);
    const idB = ts.must('stations-list', {}).find((x) => x.name === 'Tablet B')!.id;
    expect(idB).not.toBe(idA);
    expect((await call(originS, 'kiosk-status', {}, sessionA)).status).toBe(401);
    ts.must('station-remove', { id: idB });
  });

  it("a restore neither brings back a removed station nor plants one whose credential the file's maker knows", async () => {
    const paired = await pairAt(ts.must('station-pair-start', { name: 'Lost tablet' }).url);
    const credential = paired.cookies[0]!;
    const withStation = await backupNow(ts);
    ts.must('station-remove', { id: ts.must('stations-list', {}).find((x) => x.name === 'Lost tablet')!.id });
    expect(restore(ts, withStation.name)).toMatchObject({ ok: true });
    expect(ts.must('stations-list', {}).map((x) => x.name)).not.toContain('Lost tablet');
    expect((await pairAt(`${originS}/kiosk`, credential)).reply.status).toBe(401);
    // A crafted backup naming a station whose credential is "AAAA…".
    const known = 'A'.repeat(43);
    const planted = await craftedBackup(ts, (db) => {
      const key = createHash('sha256').update(known).digest('base64url');
      const row = db.prepare("SELECT value FROM settings WHERE key = 'stations'").pluck().get() as string | undefined;
      const list = row ? (JSON.parse(row) as Record<string, unknown>[]) : [];
      const template = list[0] ?? {};
      list.push({ ...template, id: 77, name: 'Front desk', credentialKey: key, pairingKey: null, expiresAt: null });
      db.prepare(
        "INSERT INTO settings (key, value) VALUES ('stations', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(JSON.stringify(list));
    });
    restore(ts, planted);
    expect(ts.must('stations-list', {}).map((x) => x.name)).not.toContain('Front desk');
    const cookieName = credential.split('=')[0]!;
    expect((await pairAt(`${originS}/kiosk`, `${cookieName}=${known}`)).reply.status).toBe(401);
  });

  it('a pairing code dies after two minutes, and wrong codes count against the address', async () => {
    const start = ts.must('station-pair-start', { name: 'Spare laptop' });
    ts.clock.advance(120_001);
    expect(ts.must('stations-list', {})).toMatchObject([{ name: 'Spare laptop', state: 'expired' }]);
    expect((await pairAt(start.url)).reply.status).toBe(404);
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++)
      status = (await pairAt(`${originS}/pair/ZZZZ${String(i).padStart(2, '0')}`)).reply.status;
    expect(status).toBe(429);
    // The typing form for a screen that cannot scan.
    const form = await request(`${originS}/pair`);
    expect(form.status).toBe(200);
    expect(form.body).toContain('<form method="get" action="/pair">');
  });
});

describe('a room full of phones', () => {
  it('60 phones at once: every acknowledged sign-up is there once, and the last seat is exact', async () => {
    const rendererDir = fakeRenderer();
    const tl = makeCore();
    const group = tl.must('groups-create', { name: 'Big lecture' });
    tl.must('join-code-settings', { groupId: group.id, maxUses: 45 });
    // One loopback address stands for sixty phones here, so its per-address ceiling is raised.
    const ceiling = createAddressCeiling({ ...ROOM_LIMITS, sessionsPerWindow: 1000 });
    const server = createKioskServer({
      core: tl.core,
      rendererDir,
      host: ROOM,
      port: 0,
      room: { phonesAllowed: () => true, ceiling },
    });
    await server.listen();
    try {
      const phones = await Promise.all(Array.from({ length: 60 }, () => walkUp(group.joinCode, server.origin())));
      const results = await Promise.all(
        phones.map(async ({ session }, i) => {
          const reply = await call(
            server.origin(),
            'kiosk-register',
            { name: `Phone Person ${i}`, email: `phone${i}@example.com`, code: group.joinCode },
            session,
          );
          return { i, status: reply.status, body: json(reply.body) };
        }),
      );
      expect(results.every((r) => r.status === 200)).toBe(true);
      const acknowledged = results.filter((r) => r.body.ok).map((r) => `phone${r.i}@example.com`);
      expect(acknowledged).toHaveLength(45);
      expect(results.filter((r) => !r.body.ok).every((r) => r.body.error?.code === 'group-full')).toBe(true);
      const stored = tl.db.prepare('SELECT email FROM learners WHERE group_id = ?').pluck().all(group.id) as string[];
      expect(stored.sort()).toEqual([...acknowledged].sort());
      expect(tl.must('groups-get', { id: group.id })).toMatchObject({ usedCount: 45, memberCount: 45 });
    } finally {
      await server.close();
    }
  });
});

describe('the per-device ceiling', () => {
  it('counts a device once however its address is written, and an IPv6 /64 as one device', () => {
    expect(deviceKey('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(deviceKey('127.0.0.2')).toBe('127.0.0.2');
    expect(deviceKey('2001:db8:0:12::1')).toBe(deviceKey('2001:0db8:0000:0012:abcd:ef01:2345:6789'));
    expect(deviceKey('2001:db8:0:12::1')).not.toBe(deviceKey('2001:db8:0:13::1'));
    const c = createAddressCeiling({ ...ROOM_LIMITS, sessionsPerWindow: 2 });
    expect([c.takeSession('2001:db8::1'), c.takeSession('2001:db8::2'), c.takeSession('2001:db8::3')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('the room address', () => {
  it('is one address of this machine: never "every address" or a group address', async () => {
    for (const address of ['0.0.0.0', '::', '::ffff:0.0.0.0', '0:0:0:0:0:0:0:0', '224.0.0.1', 'ff02::1']) {
      const r = await t.core.call('network-set', { enabled: true, address, port: 5199 });
      expect(r, address).toMatchObject({ ok: false, error: { code: 'validation', field: 'address' } });
    }
    expect(t.must('network-status', {}).address).toBe(ROOM);
  });
});
