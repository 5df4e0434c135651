import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { damagedMessage } from '../../../src/main/db/backgroundCheck';
import { APPLICATION_ID, latestVersion } from '../../../src/main/db/migrate';
import type { Upgrade } from '../../../src/main/db/open';
import { openDatabase, upgradeMessage } from '../../../src/main/db/open';
import { emptiedBesideBackup, tempDir } from '../helpers';
import { app, dialog } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const { refusalWords, showDamageNotice, showRefusal, showUpgradeNotice } =
  await import('../../../src/main/electron/startupNotices');
const { desktopWords } = await import('../../../src/main/electron/words');

/** What opening `file` throws. */
function refusal(file: string): Error {
  try {
    openDatabase(file).close();
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${file} opened`);
}

/** Each way start-up refuses a data file, made for real. */
const REFUSED: Record<string, () => Error> = {
  corrupt: () => {
    const file = path.join(tempDir(), 'joindesk.db');
    fs.writeFileSync(file, Buffer.alloc(8192, 0x5a));
    return refusal(file);
  },
  missingWithBackup: () => refusal(emptiedBesideBackup()),
  missingNoBackup: () => {
    const file = path.join(tempDir(), 'joindesk.db');
    openDatabase(file).close();
    fs.rmSync(file);
    return refusal(file);
  },
  tooNew: () => {
    const file = path.join(tempDir(), 'joindesk.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion() + 1}`);
    raw.close();
    return refusal(file);
  },
  foreign: () => {
    const file = path.join(tempDir(), 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.pragma('user_version = 3');
    raw.close();
    return refusal(file);
  },
  unknownVersion: () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    // Versions go in tens: 15 was never one (a version past the latest would be "too new" instead).
    raw.pragma('user_version = 15');
    raw.close();
    return refusal(file);
  },
  changed: () => {
    const file = path.join(tempDir(), 'joindesk.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.exec('CREATE TRIGGER spy AFTER INSERT ON learners BEGIN SELECT 1; END;');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    return refusal(file);
  },
};

afterEach(() => {
  app.systemLanguages = ['en-US'];
  app.locale = 'en-US';
});

describe('start-up message boxes', () => {
  it('a refused data file is told in the system’s language, before any setting can be read', () => {
    app.systemLanguages = ['de-CH', 'en-GB'];
    const error = REFUSED.tooNew!();
    showRefusal(error);
    expect(dialog.errorBoxes.at(-1)).toEqual({
      title: 'JoinDesk kann seine Daten nicht öffnen',
      content: `Diese Datendatei wurde von einer neueren JoinDesk-Version geschrieben (Schema ${latestVersion() + 1}; diese Version kennt Schemas bis ${latestVersion()}). Aktualisieren Sie JoinDesk, um sie zu öffnen.`,
    });
  });

  it('in Arabic, paths stay whole and left to right inside the sentence', () => {
    app.systemLanguages = ['ar-EG'];
    const error = REFUSED.missingWithBackup!() as Error & { file: string };
    showRefusal(error);
    const box = dialog.errorBoxes.at(-1)!;
    expect(box.title).toBe('يتعذر على JoinDesk فتح بياناته');
    expect(box.content).toContain(`ملف بيانات JoinDesk \u2066${error.file}\u2069 فارغ (0 بايت)`);
    expect(box.content).toMatch(/\u2066[^\u2069]*auto-20260301T090000000Z-0123abcd\.db\u2069/);
  });

  it('a system language JoinDesk does not speak gets English', () => {
    app.systemLanguages = ['ja-JP'];
    app.locale = 'ja';
    const error = REFUSED.corrupt!();
    showRefusal(error);
    expect(dialog.errorBoxes.at(-1)).toEqual({ title: 'JoinDesk cannot open its data', content: error.message });
  });

  it.each(Object.keys(REFUSED))('%s: the English words are the error’s own, every language says it without leftovers', (kind) => {
    const error = REFUSED[kind]!();
    expect(error.name).toBe(
      { corrupt: 'DatabaseCorruptError', tooNew: 'DatabaseTooNewError' }[kind] ??
        (kind.startsWith('missing') ? 'DataMissingError' : 'NotJoinDeskDatabaseError'),
    );
    expect(refusalWords(desktopWords('en'), error)).toBe(error.message);
    if (kind === 'unknownVersion') expect(error.message).toContain('a version that never existed (15)');
    for (const tag of ['es', 'fr', 'de', 'pt', 'ar', 'zh-Hans'] as const) {
      const said = refusalWords(desktopWords(tag), error);
      expect(said, tag).not.toBe(error.message);
      expect(said, tag).not.toMatch(/[{}]/);
    }
  });

  it('the upgrade and damage notices say the log’s words in English, and the admin’s otherwise', () => {
    const upgrade: Upgrade = { from: 3, to: 7, backup: '/data/backups/before-upgrade-1.db' };
    showUpgradeNotice(desktopWords('en'), upgrade);
    expect(dialog.boxes.at(-1)).toEqual({ type: 'info', title: 'JoinDesk', message: upgradeMessage(upgrade) });
    showUpgradeNotice(desktopWords('zh-Hans'), upgrade);
    expect(dialog.boxes.at(-1)?.message).toBe(
      'JoinDesk 已将数据从版本 3 更新到 7；旧数据的副本保存在 /data/backups/before-upgrade-1.db。',
    );
    const found = `*** in database main ***\nPage 7: btreeInitPage() returns error code 11 ${'x'.repeat(200)}`;
    showDamageNotice(desktopWords('en'), '/data/joindesk.db', found);
    expect(dialog.boxes.at(-1)).toEqual({
      type: 'error',
      title: 'JoinDesk',
      message: damagedMessage('/data/joindesk.db', found),
    });
    showDamageNotice(desktopWords('es'), '/data/joindesk.db', found);
    expect(dialog.boxes.at(-1)?.message).toMatch(/^El archivo de datos de JoinDesk \/data\/joindesk\.db no superó/);
  });
});
