import { describe, expect, it } from 'vitest';
import { invalidData } from '../../../src/main/core/restoreData';
import { backupNow, craftedBackup, refusedUnchanged, restore } from './backupHelpers';
import { makeCore } from '../helpers';
import type { TestCore } from '../helpers';

const languageRow = (t: TestCore) =>
  t.db.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get() as string | undefined;
const auditCount = (t: TestCore) => t.db.prepare('SELECT count(*) FROM audit').pluck().get() as number;

describe('the admin language setting', () => {
  it('starts as this computer’s language', () => {
    const t = makeCore();
    expect(t.must('language-settings-get', {})).toEqual({ language: 'system' });
    expect(languageRow(t)).toBeUndefined();
  });

  it('keeps a language JoinDesk speaks, reads it back, and audits the change', () => {
    const t = makeCore();
    expect(t.must('language-settings-update', { language: 'ar' })).toEqual({ language: 'ar' });
    expect(t.must('language-settings-get', {})).toEqual({ language: 'ar' });
    expect(t.must('audit-list', {}).items[0]).toMatchObject({ action: 'language-settings-changed' });
    // Back to the computer's own, as Settings offers.
    expect(t.must('language-settings-update', { language: 'system' })).toEqual({ language: 'system' });
    expect(t.must('language-settings-get', {})).toEqual({ language: 'system' });
    // What was saved is what a restore accepts as JoinDesk's own.
    expect(invalidData(t.db)).toBeNull();
  });

  it.each([
    ['a language JoinDesk does not speak', { language: 'ja' }],
    ['Traditional Chinese', { language: 'zh-Hant' }],
    ['an empty language', { language: '' }],
    ['a number', { language: 7 }],
    ['no language at all', {}],
  ])('refuses %s on its field and changes nothing', (_label, input) => {
    const t = makeCore();
    t.must('language-settings-update', { language: 'fr' });
    const [row, audits] = [languageRow(t), auditCount(t)];
    expect(t.call('language-settings-update', input as never)).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'language', message: 'Choose a language JoinDesk speaks, or this computer’s.' },
    });
    expect(languageRow(t)).toBe(row);
    expect(auditCount(t)).toBe(audits);
    expect(t.must('language-settings-get', {})).toEqual({ language: 'fr' });
  });

  it('refuses a field the setting does not have, and changes nothing', () => {
    const t = makeCore();
    expect(t.call('language-settings-update', { language: 'de', theme: 'dark' } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(languageRow(t)).toBeUndefined();
  });

  it('is this computer’s: a restore keeps the language set here, whatever the backup holds', async () => {
    const t = makeCore();
    t.must('language-settings-update', { language: 'zh-Hans' });
    t.must('groups-create', { name: 'Before' });
    const backup = await backupNow(t);
    t.must('language-settings-update', { language: 'ar' });
    t.must('groups-create', { name: 'After' });
    expect(restore(t, backup.name)).toMatchObject({ ok: true });
    // The data came back; the language did not change under the admin.
    expect(t.must('groups-list', {}).items.map((g) => g.name)).toEqual(['Before']);
    expect(t.must('language-settings-get', {})).toEqual({ language: 'ar' });
  });

  it('is kept as the computer’s own even when it was never set here', async () => {
    const t = makeCore();
    t.must('language-settings-update', { language: 'de' });
    const backup = await backupNow(t);
    // This computer goes back to following itself (no row at all), then restores a German backup.
    t.db.prepare("DELETE FROM settings WHERE key = 'language'").run();
    expect(restore(t, backup.name)).toMatchObject({ ok: true });
    expect(t.must('language-settings-get', {})).toEqual({ language: 'system' });
  });

  it.each([
    ['a language JoinDesk does not speak', '{"language":"ja"}'],
    ['a field the setting does not have', '{"language":"en","theme":"dark"}'],
    ['not JSON', 'fr'],
  ])('is checked in a backup before it is restored: %s is refused, and nothing changes', async (_label, value) => {
    const t = makeCore();
    t.must('groups-create', { name: 'Wave' });
    const name = await craftedBackup(t, (db) =>
      db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('language', ?)").run(value),
    );
    refusedUnchanged(t, name, /setting "language"/);
  });
});
