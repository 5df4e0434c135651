import { describe, expect, it } from 'vitest';
import type { TestCore } from '../helpers';
import { makeCore } from '../helpers';
import { backupNow, craftedBackup, refusedUnchanged, restore } from './backupHelpers';

const DAY = 24 * 60 * 60 * 1000;

/** One person signed up three times (a, b: typos; c: right), someone else twice (d, e), a day apart. */
function people() {
  const t = makeCore();
  const g = t.must('groups-create', { name: 'Morning' });
  const register = (name: string, email: string) => {
    t.clock.advance(DAY);
    return t.must('kiosk-register', { name, email, code: g.joinCode }).learnerId;
  };
  const a = register('Siobhan Kely', 'siobhan@exmaple.com');
  const b = register("Siobhan O'Brien", 'siobhan@example.co');
  const c = register("Siobhan O'Brien", 'siobhan@example.com');
  const d = register('Bo Chan', 'bo@exmaple.com');
  const e = register('Bo Chan', 'bo@example.com');
  t.clock.advance(DAY);
  return { t, g, a, b, c, d, e };
}

const emails = (t: TestCore) => t.db.prepare('SELECT email FROM learners ORDER BY email').pluck().all();
const registeredAt = (t: TestCore, id: number) =>
  t.db.prepare('SELECT registered_at FROM learners WHERE id = ?').pluck().get(id) as string;
const record = (t: TestCore, id: number) => ({ id, at: registeredAt(t, id) });
const ledger = (t: TestCore) =>
  t.db.prepare('SELECT learner_id AS id, registered_at AS at FROM erasure_ledger ORDER BY registered_at').all();

describe('learner merges are noted', () => {
  it('a merge notes the duplicate’s record; a merge of the kept learner passes the notes on', () => {
    const { t, a, b, c } = people();
    const [atA, atB] = [registeredAt(t, a), registeredAt(t, b)];
    t.must('learners-merge', { keepId: b, mergeId: a });
    expect(t.db.prepare('SELECT * FROM learner_merges').all()).toEqual([
      { merged_id: a, merged_registered_at: atA, learner_id: b, at: t.clock.now().toISOString(), others_until: null },
    ]);
    t.must('learners-merge', { keepId: c, mergeId: b });
    expect(t.db.prepare('SELECT merged_id, merged_registered_at, learner_id FROM learner_merges ORDER BY 2').all()).toEqual([
      { merged_id: a, merged_registered_at: atA, learner_id: c },
      { merged_id: b, merged_registered_at: atB, learner_id: c },
    ]);
    // Records, never people.
    expect(JSON.stringify(t.db.prepare('SELECT * FROM learner_merges').all())).not.toMatch(/siobhan|kely|brien|example/i);
  });

  it('removing the kept learner takes its merge rows: a newcomer given the number inherits none', () => {
    const { t, d, e } = people();
    t.must('learners-merge', { keepId: e, mergeId: d });
    t.must('learners-remove', { learnerId: e });
    expect(t.db.prepare('SELECT count(*) FROM learner_merges').pluck().get()).toBe(0);
  });
});

describe('erasing a learner reaches the records merged into it', () => {
  it('ledgers every record merged in, merges of merges too, and leaves no merge row about them', () => {
    const { t, a, b, c, d, e } = people();
    const records = [record(t, a), record(t, b), record(t, c)];
    t.must('learners-merge', { keepId: b, mergeId: a });
    t.must('learners-merge', { keepId: c, mergeId: b });
    t.must('learners-merge', { keepId: e, mergeId: d });
    t.must('learners-erase', { learnerId: c });
    expect(ledger(t)).toEqual(records);
    // Someone else's merge stays as it was.
    expect(t.db.prepare('SELECT merged_id, learner_id FROM learner_merges').all()).toEqual([{ merged_id: d, learner_id: e }]);
    expect(t.db.prepare('SELECT count(*) FROM audit WHERE learner_id IN (?, ?, ?)').pluck().get(a, b, c)).toBe(0);
  });

  it('merge A into B, back up, erase B, restore: neither comes back', async () => {
    const { t, a, b } = people();
    t.must('learners-merge', { keepId: b, mergeId: a });
    const backup = await backupNow(t);
    t.must('learners-erase', { learnerId: b });
    expect(restore(t, backup.name)).toMatchObject({ ok: true, value: { erasedAgain: 1 } });
    expect(emails(t)).toEqual(['bo@example.com', 'bo@exmaple.com', 'siobhan@example.com']);
    expect(t.db.prepare('SELECT count(*) FROM learner_merges').pluck().get()).toBe(0);
  });

  it('a backup from before the merges cannot bring back a record merged into an erased learner', async () => {
    const { t, a, b, c } = people();
    const beforeMerges = await backupNow(t);
    t.clock.advance(DAY);
    t.must('learners-merge', { keepId: b, mergeId: a });
    t.must('learners-merge', { keepId: c, mergeId: b });
    t.must('learners-erase', { learnerId: c });
    expect(restore(t, beforeMerges.name)).toMatchObject({ ok: true, value: { erasedAgain: 3 } });
    expect(emails(t)).toEqual(['bo@example.com', 'bo@exmaple.com']);
    expect(t.must('learners-list', { search: 'siobhan' }).total).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM audit WHERE learner_id IN (?, ?, ?)').pluck().get(a, b, c)).toBe(0);
  });

  it('a restore that brings a merge into a learner the ledger names erases the merged record too', async () => {
    const { t, a, b } = people();
    const beforeMerge = await backupNow(t);
    t.clock.advance(DAY);
    t.must('learners-merge', { keepId: b, mergeId: a });
    const afterMerge = await backupNow(t);
    // Back to before the merge (both records there, no merge), and B erased there: the ledger names B only.
    expect(restore(t, beforeMerge.name)).toMatchObject({ ok: true });
    t.must('learners-erase', { learnerId: b });
    expect(ledger(t)).toEqual([{ id: b, at: expect.any(String) }]);
    // The later backup holds B with A merged into it: B goes again, and A is ledgered with it…
    expect(restore(t, afterMerge.name)).toMatchObject({ ok: true, value: { erasedAgain: 1 } });
    expect(ledger(t)).toHaveLength(2);
    // …so the backup from before the merge brings back neither.
    expect(restore(t, beforeMerge.name)).toMatchObject({ ok: true, value: { erasedAgain: 2 } });
    expect(emails(t)).toEqual(['bo@example.com', 'bo@exmaple.com', 'siobhan@example.com']);
  });
});

describe('restoring merges', () => {
  it('a backup’s merges come back with its learners, and are still erased with them', async () => {
    const { t, a, b } = people();
    t.must('learners-merge', { keepId: b, mergeId: a });
    const merged = await backupNow(t);
    t.must('learners-remove', { learnerId: b });
    expect(restore(t, merged.name)).toMatchObject({ ok: true, value: { erasedAgain: 0 } });
    expect(t.db.prepare('SELECT merged_id, learner_id FROM learner_merges').all()).toEqual([{ merged_id: a, learner_id: b }]);
    t.must('learners-erase', { learnerId: b });
    expect(ledger(t).map((r) => (r as { id: number }).id)).toEqual([a, b]);
  });

  it('refuses merge rows JoinDesk would never write, changing nothing', async () => {
    const { t, a, b, d } = people();
    t.must('learners-merge', { keepId: b, mergeId: a });
    const still = await craftedBackup(t, (db) =>
      db
        .prepare(
          'INSERT INTO learner_merges (merged_id, merged_registered_at, learner_id, at) SELECT id, registered_at, ?, ? FROM learners WHERE id = ?',
        )
        .run(b, '2026-03-20T09:00:00.000Z', d),
    );
    refusedUnchanged(t, still, /a learner both merged into another and still there/);
    const badTime = await craftedBackup(t, (db) => db.prepare("UPDATE learner_merges SET at = 'yesterday'").run());
    refusedUnchanged(t, badTime, /a merge of learners JoinDesk would not have saved/);
    const noLearner = await craftedBackup(t, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('UPDATE learner_merges SET learner_id = 999').run();
    });
    refusedUnchanged(t, noLearner, /broken links/);
    const altered = await craftedBackup(t, (db) => db.exec('DROP INDEX learner_merges_learner'));
    refusedUnchanged(t, altered, /index "learner_merges_learner" is missing/);
  });
});

describe('the audit log and merges', () => {
  const named = (t: TestCore, learnerId: number) =>
    t
      .must('audit-list', {})
      .items.filter((e) => e.learnerId === learnerId)
      .map((e) => [e.action, e.learnerName])
      .reverse();

  it('names the entries a merge moved over as the kept learner, merges of merges too', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Morning' });
    const other = t.must('groups-create', { name: 'Evening' });
    const register = (name: string, email: string) => {
      t.clock.advance(DAY);
      return t.must('kiosk-register', { name, email, code: g.joinCode }).learnerId;
    };
    const a = register('Siobhan Kely', 'siobhan@exmaple.com');
    t.must('learners-reassign', { learnerId: a, groupId: other.id });
    const b = register("Siobhan O'Brien", 'siobhan@example.co');
    t.must('learners-merge', { keepId: b, mergeId: a });
    t.must('learners-reassign', { learnerId: b, groupId: other.id });
    const c = register("Siobhan O'Brien", 'siobhan@example.com');
    t.clock.advance(DAY);
    t.must('learners-merge', { keepId: c, mergeId: b });
    // All but the last two predate C's sign-up; each was about this person.
    expect(named(t, c)).toEqual([
      ['learner-registered', "Siobhan O'Brien"], // A's
      ['learner-reassigned', "Siobhan O'Brien"], // A's
      ['learner-registered', "Siobhan O'Brien"], // B's
      ['learners-merged', "Siobhan O'Brien"], // A into B
      ['learner-reassigned', "Siobhan O'Brien"], // B's
      ['learner-registered', "Siobhan O'Brien"], // C's own
      ['learners-merged', "Siobhan O'Brien"], // B into C
    ]);
  });

  it('never lends the kept learner’s name to an earlier record that had its number', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Morning' });
    const other = t.must('groups-create', { name: 'Evening' });
    const register = (name: string, email: string) => {
      t.clock.advance(DAY);
      return t.must('kiosk-register', { name, email, code: g.joinCode }).learnerId;
    };
    const typo = register('Ana Ruiz', 'ana@exmaple.com');
    const dee = register('Dee Lin', 'dee@example.com');
    t.clock.advance(DAY);
    t.must('learners-remove', { learnerId: dee }); // the highest number: SQLite may hand it out again
    t.clock.advance(DAY);
    t.must('learners-reassign', { learnerId: typo, groupId: other.id });
    const ana = register('Ana Ruiz', 'ana@example.com');
    expect(ana).toBe(dee);
    t.clock.advance(DAY);
    t.must('learners-merge', { keepId: ana, mergeId: typo });
    expect(named(t, ana)).toEqual([
      // The typo's sign-up cannot be told from Dee's entries (it is older than Dee's last): named as no one.
      ['learner-registered', 'removed learner'],
      ['learner-registered', 'removed learner'], // Dee's
      ['learner-removed', 'removed learner'], // Dee's
      ['learner-reassigned', 'Ana Ruiz'], // the typo's, after Dee was gone
      ['learner-registered', 'Ana Ruiz'],
      ['learners-merged', 'Ana Ruiz'],
    ]);
  });
});
