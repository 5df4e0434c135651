import { describe, expect, it } from 'vitest';
import { invalidData } from '../../../src/main/core/restoreData';
import { DEFAULT_NOT_OFFERED } from '../../../src/shared/domains/kiosk';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import { makeCore } from '../helpers';

const settingsRow = (t: ReturnType<typeof makeCore>) =>
  t.db.prepare("SELECT value FROM settings WHERE key = 'kiosk'").pluck().get() as string | undefined;

describe('kiosk languages', () => {
  it('start as every language JoinDesk speaks, English first, and the kiosk reads them', () => {
    const t = makeCore();
    expect(t.must('kiosk-settings-get', {})).toMatchObject({ defaultLanguage: 'en', languages: [...LANGUAGE_TAGS] });
    expect(t.must('kiosk-status', {}, 'kiosk')).toMatchObject({ defaultLanguage: 'en', languages: [...LANGUAGE_TAGS] });
  });

  it('are kept as JoinDesk orders them, read back by the kiosk, and audited', () => {
    const t = makeCore();
    const saved = t.must('kiosk-settings-update', { defaultLanguage: 'ar', languages: ['zh-Hans', 'ar', 'en'] });
    expect(saved).toMatchObject({ defaultLanguage: 'ar', languages: ['en', 'ar', 'zh-Hans'] });
    expect(t.must('kiosk-status', {}, 'kiosk')).toMatchObject({ defaultLanguage: 'ar', languages: ['en', 'ar', 'zh-Hans'] });
    expect(t.must('audit-list', {}).items[0]).toMatchObject({ action: 'kiosk-settings-changed' });
    // What was saved is what a restore accepts as JoinDesk's own.
    expect(invalidData(t.db)).toBeNull();
  });

  it('take tags in any letter case, as BCP 47 allows', () => {
    const t = makeCore();
    expect(t.must('kiosk-settings-update', { defaultLanguage: 'ZH-hans', languages: ['zh-hans', 'EN'] })).toMatchObject({
      defaultLanguage: 'zh-Hans',
      languages: ['en', 'zh-Hans'],
    });
  });

  it.each([
    [{ languages: [] }, 'languages', 'Offer at least one language.'],
    [{ languages: ['en', 'en'] }, 'languages', 'Each language at most once.'],
    [{ languages: ['en', 'ja'] }, 'languages', 'Choose one of the languages JoinDesk speaks.'],
    [{ defaultLanguage: 'zh-Hant' }, 'defaultLanguage', 'Choose one of the languages JoinDesk speaks.'],
    [{ defaultLanguage: 'fr', languages: ['en', 'es'] }, 'defaultLanguage', DEFAULT_NOT_OFFERED],
  ])('refuse %j on its field and change nothing', (input, field, message) => {
    const t = makeCore();
    t.must('kiosk-settings-update', { orgName: 'Depot', defaultLanguage: 'es', languages: ['en', 'es'] });
    const before = settingsRow(t);
    const result = t.call('kiosk-settings-update', input as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field, message } });
    expect(settingsRow(t)).toBe(before);
  });

  it('keep the default among those offered when only one of the two is sent', () => {
    const t = makeCore();
    t.must('kiosk-settings-update', { defaultLanguage: 'es' });
    const before = settingsRow(t);
    // Taking the default away from the list, or making a language default that is not offered.
    expect(t.call('kiosk-settings-update', { languages: ['en', 'fr'] })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'defaultLanguage', message: DEFAULT_NOT_OFFERED },
    });
    t.must('kiosk-settings-update', { languages: ['es', 'fr'] });
    expect(t.call('kiosk-settings-update', { defaultLanguage: 'de' })).toMatchObject({
      ok: false,
      error: { field: 'defaultLanguage', message: DEFAULT_NOT_OFFERED },
    });
    expect(settingsRow(t)).not.toBe(before);
    expect(t.must('kiosk-settings-get', {})).toMatchObject({ defaultLanguage: 'es', languages: ['es', 'fr'] });
  });

  it('are not the kiosk’s to change', () => {
    const t = makeCore();
    expect(t.call('kiosk-settings-update', { defaultLanguage: 'ar' }, 'kiosk')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(t.must('kiosk-settings-get', {}).defaultLanguage).toBe('en');
  });

  it('refuse a restored file whose kiosk languages JoinDesk would not have saved', () => {
    const t = makeCore();
    const write = (value: object) =>
      t.db
        .prepare("INSERT INTO settings (key, value) VALUES ('kiosk', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .run(JSON.stringify(value));
    const base = { orgName: '', welcome: '', idleSeconds: 90 };
    write({ ...base, defaultLanguage: 'es', languages: ['en', 'es'] });
    expect(invalidData(t.db)).toBeNull();
    write(base); // a file from before the kiosk spoke other languages
    expect(invalidData(t.db)).toBeNull();
    for (const bad of [
      { ...base, defaultLanguage: 'es', languages: ['es', 'en'] }, // not in JoinDesk's order
      { ...base, defaultLanguage: 'ja', languages: ['en'] },
      { ...base, defaultLanguage: 'fr', languages: ['en', 'es'] },
      { ...base, defaultLanguage: 'en', languages: [] },
      // One without the other: the missing one would read as its default, which may not be offered.
      { ...base, languages: ['fr'] },
      { ...base, defaultLanguage: 'ar' },
    ]) {
      write(bad);
      expect(invalidData(t.db), JSON.stringify(bad)).toMatch(/a setting "kiosk"/);
    }
  });
});
