// A file written by each earlier version, with real rows in it, opens in this one with its data whole;
// a copy of it is kept first, and the upgrade is told once.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { listBackups } from '../../../src/main/files/backupFolder';
import { latestVersion, migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import type { Upgrade } from '../../../src/main/db/open';
import { openDatabase, upgradeMessage } from '../../../src/main/db/open';
import { tempDir } from '../helpers';

const AT = '2026-02-01T09:00:00.000Z';

/** A data file as version `version` left it: its schema, and rows as that version wrote them. */
function fileAt(version: number): string {
  const file = path.join(tempDir(), 'joindesk.db');
  const db = new Database(file);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  db.exec(`
    INSERT INTO groups (id, name, name_key, description, role, created_at, updated_at)
      VALUES (1, 'Night Shift', 'night shift', 'Warehouse', 'learner', '${AT}', '${AT}');
    INSERT INTO retired_codes (group_id, display, key, generated, used_count, set_at, retired_at)
      VALUES (1, 'OLDC-ODE1', '01DC0DE1', 1, 3, '${AT}', '${AT}');
    INSERT INTO join_codes (group_id, display, key, generated, max_uses, used_count, set_at)
      VALUES (1, 'NGHT-SHFT', 'NGHTSHFT', 1, 10, 2, '${AT}');
    INSERT INTO learners (id, name, email, email_key, group_id, role, source, code_key, registered_at) VALUES
      (1, 'Fatima Okafor', 'fatima@example.com', 'fatima@example.com', 1, 'learner', 'kiosk', 'NGHTSHFT', '${AT}'),
      (2, 'Ana Lima', 'ana.lima@depot.example', 'ana.lima@depot.example', 1, 'learner', 'bulk', NULL, '${AT}');
    INSERT INTO courses (id, title, created_at) VALUES (1, 'Forklift safety', '${AT}');
    INSERT INTO group_courses (group_id, course_id) VALUES (1, 1);
    INSERT INTO progress (learner_id, course_id, status, completed_at) VALUES (1, 1, 'completed', '${AT}');
    INSERT INTO audit (at, actor, action, group_id, learner_id) VALUES ('${AT}', 'kiosk', 'learner-registered', 1, 1);
    INSERT INTO settings (key, value) VALUES ('kiosk', '{"orgName":"Depot","welcome":"Hello","idleSeconds":120}');
  `);
  if (version >= 20) {
    db.exec(`
      INSERT INTO kiosk_throttle (kiosk_id, streak) VALUES ('${version >= 40 ? 'code:' : ''}desktop', 2);
      INSERT INTO kiosk_failures (kiosk_id, at) VALUES ('${version >= 40 ? 'code:' : ''}desktop', '${AT}');
    `);
  }
  if (version >= 30) {
    // Version 30 and later keep every learner's search terms beside it, as the app writes them.
    db.exec(`
      INSERT INTO learners (id, name, email, email_key, group_id, role, source, registered_at)
        VALUES (3, 'Chen Wei', 'chen@example.com', 'chen@example.com', 1, 'learner', 'admin', '${AT}');
      INSERT INTO learner_moves (learner_id, from_group_id, to_group_id, reason, at) VALUES (3, 1, 1, 'Shift change', '${AT}');
    `);
  }
  if (version >= 30 && version < 60) {
    db.exec(`
      INSERT INTO learner_terms (term, learner_id) VALUES
        ('fatima', 1), ('okafor', 1), ('example.com', 1), ('example', 1), ('com', 1),
        ('ana', 2), ('lima', 2), ('ana.lima', 2), ('depot.example', 2), ('depot', 2), ('example', 2),
        ('chen', 3), ('wei', 3), ('example.com', 3), ('example', 3), ('com', 3);
    `);
  }
  if (version >= 60) {
    // Version 60 and later index each learner's folded name and email instead.
    db.exec(`
      INSERT INTO learner_search (rowid, doc) VALUES
        (1, 'fatima okafor' || char(10) || 'fatima@example.com' || char(10)),
        (2, 'ana lima' || char(10) || 'ana.lima@depot.example' || char(10)),
        (3, 'chen wei' || char(10) || 'chen@example.com' || char(10));
    `);
  }
  db.close();
  return file;
}

describe('a file from an earlier version', () => {
  it.each([10, 20, 30, 40, 50])('migrates from version %i to the latest with its data whole', (version) => {
    const db = openDatabase(fileAt(version));
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    const core = createCore(db, { env: { now: () => new Date('2026-03-01T09:00:00.000Z') } });
    const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };

    expect(must(core.call('groups-get', { id: 1 }))).toMatchObject({
      name: 'Night Shift',
      joinCode: 'NGHT-SHFT',
      usedCount: 2,
      maxUses: 10,
      memberCount: version >= 30 ? 3 : 2,
      codeState: 'active',
    });
    expect(must(core.call('join-code-history', { groupId: 1 })).map((c) => c.joinCode)).toEqual(['NGHT-SHFT', 'OLDC-ODE1']);
    // Learners from before version 30 were indexed by it: found by a name word and by email.
    expect(must(core.call('learners-list', { search: 'okaf' })).items.map((l) => l.name)).toEqual(['Fatima Okafor']);
    expect(must(core.call('learners-list', { search: 'depot' })).items.map((l) => l.name)).toEqual(['Ana Lima']);
    expect(must(core.call('learners-list', { search: 'example.com' })).total).toBe(version >= 30 ? 2 : 1);
    // Version 60 indexed every learner again for search anywhere in the name or email.
    expect(must(core.call('learners-list', { search: 'kafo' })).items.map((l) => l.name)).toEqual(['Fatima Okafor']);
    expect(must(core.call('learners-list', { search: 'lima pot.ex', sort: 'name' })).items.map((l) => l.name)).toEqual([
      'Ana Lima',
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'learner_terms'").pluck().get()).toBe(0);
    expect(must(core.call('progress-group', { groupId: 1 })).learners.find((l) => l.id === 1)?.statuses[1]).toEqual({
      status: 'completed',
      completedAt: AT,
    });
    // Settings saved before the kiosk spoke other languages read as English first, every language offered.
    expect(must(core.call('kiosk-settings-get', {}))).toEqual({
      orgName: 'Depot',
      welcome: 'Hello',
      idleSeconds: 120,
      defaultLanguage: 'en',
      languages: ['en', 'es', 'fr', 'de', 'pt', 'ar', 'zh-Hans'],
    });
    expect(must(core.call('audit-list', {})).items).toEqual([
      expect.objectContaining({ action: 'learner-registered', learnerId: 1, fromGroupId: null, courseId: null }),
    ]);
    if (version >= 30) {
      expect(must(core.call('learners-get', { id: 3 })).moves).toEqual([
        expect.objectContaining({ fromGroupId: 1, toGroupId: 1, reason: 'Shift change' }),
      ]);
    }
    // Throttle rows are kept, renamed to the sign-up scope (version 40).
    if (version >= 20) {
      expect(db.prepare('SELECT kiosk_id, streak FROM kiosk_throttle').all()).toEqual([{ kiosk_id: 'code:desktop', streak: 2 }]);
      expect(db.prepare('SELECT kiosk_id FROM kiosk_failures').pluck().all()).toEqual(['code:desktop']);
    }
    // And the file works: a learner signs up with the old group's code, a retired code is refused.
    expect(
      core.call('kiosk-register', { name: 'New Person', email: 'new@example.com', code: 'nght shft' }, 'kiosk'),
    ).toMatchObject({
      ok: true,
      value: { groupName: 'Night Shift', courses: [{ id: 1, title: 'Forklift safety' }] },
    });
    expect(core.call('kiosk-register', { name: 'Late', email: 'late@example.com', code: 'OLDC-ODE1' }, 'kiosk')).toMatchObject({
      ok: false,
      error: { code: 'code-retired' },
    });
    // Failed sign-ups are counted from now on (version 80), with the group of the old code.
    expect(db.prepare('SELECT kind, group_id, count FROM kiosk_attempts').all()).toEqual([
      { kind: 'code-retired', group_id: 1, count: 1 },
    ]);
    // Merges are noted from version 90: a learner of the old file folded into another names its record.
    must(core.call('learners-merge', { keepId: 1, mergeId: 2 }));
    expect(db.prepare('SELECT merged_id, merged_registered_at, learner_id FROM learner_merges').all()).toEqual([
      { merged_id: 2, merged_registered_at: AT, learner_id: 1 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('opening an older data file', () => {
  it('keeps a copy as it was in backups/, migrates, and tells once', () => {
    const from = MIGRATIONS[0]!.version;
    const file = fileAt(from);
    const told: Upgrade[] = [];
    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    expect(told).toHaveLength(1);
    const [upgrade] = told as [Upgrade];
    expect(upgrade).toMatchObject({ from, to: latestVersion() });
    expect(path.dirname(upgrade.backup)).toBe(path.join(path.dirname(file), 'backups'));
    expect(listBackups(path.dirname(upgrade.backup))).toEqual([expect.objectContaining({ kind: 'before-upgrade' })]);
    const copy = new Database(upgrade.backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(from);
    copy.close();
    expect(upgradeMessage(upgrade)).toBe(
      `JoinDesk updated its data from version ${from} to ${latestVersion()}; a copy of the old data is in ${upgrade.backup}.`,
    );

    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    expect(told).toHaveLength(1);
  });

  it('says nothing and copies nothing for a new file or one already up to date', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const told: Upgrade[] = [];
    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    expect(told).toEqual([]);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('an older JoinDesk refuses a newer file, saying what to do', () => {
    const file = fileAt(latestVersion());
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion() + 10}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/written by a newer JoinDesk .* Update JoinDesk to open it/);
  });
});
