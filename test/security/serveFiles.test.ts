import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupNow, fileOf } from '../unit/core/backupHelpers';
import type { Harness } from './serveHarness';
import { bearer, request, signIn, start, stream, TOKENS } from './serveHarness';

/** Backups move as downloads and uploads on the admin origin, for admins only; no path ever travels. */
let h: Harness;
afterEach(() => h?.close());

describe('serve mode: backup files', () => {
  it('an admin session downloads a backup from the list by its name; the bytes are the file', async () => {
    h = await start();
    const { name } = await backupNow(h.t);
    const { session } = await signIn(h.adminLink());
    const reply = await request(`${h.admin.origin}/files/backups/${name}`, { headers: session });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(Number(reply.headers['content-length'])).toBe(fs.statSync(fileOf(h.t, name)).size);
    expect(reply.body.startsWith('SQLite format 3')).toBe(true);
  });

  it.each([
    ['no session', {}],
    ['a kiosk bearer token', bearer(TOKENS.kiosk)],
  ])('refuses a download with %s', async (_label, headers) => {
    h = await start();
    const { name } = await backupNow(h.t);
    const reply = await request(`${h.admin.origin}/files/backups/${name}`, { headers });
    expect([401, 403]).toContain(reply.status);
    expect(reply.body).not.toContain('SQLite');
  });

  it('a kiosk session cannot reach file routes on either origin', async () => {
    h = await start();
    const { name } = await backupNow(h.t);
    const { session } = await signIn(h.kioskLink());
    for (const origin of [h.admin.origin, h.kiosk.origin]) {
      const reply = await request(`${origin}/files/backups/${name}`, { headers: session });
      expect([401, 403, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('SQLite');
    }
  });

  it.each(['..%2Fjoindesk.db', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', 'joindesk.db', '..', '.joindesk-had-data'])(
    'names only from the list: %s is not found',
    async (name) => {
      h = await start();
      await backupNow(h.t);
      const reply = await request(`${h.admin.origin}/files/backups/${name}`, { headers: bearer(TOKENS.admin) });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toMatch(/SQLite format|root:/);
    },
  );

  it('an upload joins the list as "uploaded" and can then be restored by name', async () => {
    h = await start();
    h.t.must('groups-create', { name: 'In the upload' });
    const { name } = await backupNow(h.t);
    h.t.must('groups-create', { name: 'Made later' });
    const bytes = fs.readFileSync(fileOf(h.t, name));
    const reply = await request(`${h.admin.origin}/files/backups`, {
      method: 'POST',
      headers: { ...bearer(TOKENS.admin), 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    expect(reply.status).toBe(200);
    const { value } = JSON.parse(reply.body) as { value: { name: string; bytes: number } };
    expect(value).toMatchObject({ name: expect.stringMatching(/^uploaded-.*\.db$/), bytes: bytes.length });
    expect(JSON.stringify(JSON.parse(reply.body))).not.toContain(path.sep + 'backups');
    expect(h.t.must('backup-list', {}).find((b) => b.name === value.name)?.kind).toBe('uploaded');
    expect(fs.statSync(fileOf(h.t, value.name)).mode & 0o777).toBe(0o600);
    expect(h.t.call('backup-restore', { name: value.name })).toMatchObject({ ok: true });
    expect(h.t.must('groups-list', {}).items.map((g) => g.name)).toEqual(['In the upload']);
  });

  it('an upload that is not an SQLite file is refused plainly and leaves nothing behind', async () => {
    h = await start();
    const reply = await request(`${h.admin.origin}/files/backups`, {
      method: 'POST',
      headers: bearer(TOKENS.admin),
      body: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI attacker@example.com\n',
    });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('not an SQLite') },
    });
    const dir = path.join(path.dirname(h.t.db.name), 'backups');
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });

  it('an upload cut short (a header, then zeros) is refused, not stored out of sight', async () => {
    h = await start();
    const body = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(5 * 1024 * 1024)]);
    const reply = await request(`${h.admin.origin}/files/backups`, { method: 'POST', headers: bearer(TOKENS.admin), body });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('cut short') },
    });
    const dir = path.join(path.dirname(h.t.db.name), 'backups');
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });

  it('an upload past its limit is answered 413 without being stored', async () => {
    h = await start();
    const reply = await request(`${h.admin.origin}/files/backups`, {
      method: 'POST',
      headers: { ...bearer(TOKENS.admin), 'Content-Length': String(3 * 1024 ** 3) },
    });
    expect(reply.status).toBe(413);
    // A kiosk-sized request to the same route from a kiosk session never gets to send its body.
    const { session } = await signIn(h.kioskLink());
    const kiosk = await stream(`${h.admin.origin}/files/backups`, session, 4 * 1024 * 1024);
    expect([401, 403]).toContain(kiosk.status);
    expect(kiosk.written).toBeLessThan(4 * 1024 * 1024);
  });

  it('a crafted upload restores nothing: the trigger is named and the live data stays', async () => {
    h = await start();
    h.t.must('groups-create', { name: 'Live' });
    const { name } = await backupNow(h.t);
    const crafted = fs.readFileSync(fileOf(h.t, name));
    const tmp = path.join(path.dirname(h.t.db.name), 'crafted.db');
    fs.writeFileSync(tmp, crafted);
    const db = new Database(tmp);
    db.exec("CREATE TRIGGER take AFTER INSERT ON learners BEGIN UPDATE learners SET role = 'admin' WHERE id = NEW.id; END;");
    db.close();
    const reply = await request(`${h.admin.origin}/files/backups`, {
      method: 'POST',
      headers: bearer(TOKENS.admin),
      body: fs.readFileSync(tmp),
    });
    const uploaded = (JSON.parse(reply.body) as { value: { name: string } }).value.name;
    expect(h.t.call('backup-restore', { name: uploaded })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('trigger "take"') },
    });
    expect(h.t.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'take'").pluck().get()).toBe(0);
  });
});
