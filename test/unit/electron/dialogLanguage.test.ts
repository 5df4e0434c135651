import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LanguageTag } from '../../../src/shared/languages';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import { backupNow } from '../core/backupHelpers';
import { makeCore, tempDir } from '../helpers';
import { app, BrowserWindow, dialog } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const { dialogHost } = await import('../../../src/main/electron/dialogHost');
const { DESKTOP_WORDS } = await import('../../../src/main/electron/words');
const { en } = await import('../../../src/main/electron/words/en');
const { createCore } = await import('../../../src/main/core');

type Core = ReturnType<typeof createCore>;
interface Asked {
  title: string;
  defaultPath?: string;
  filters: { name: string; extensions: string[] }[];
}

/** A desktop core whose language setting is `language`, on a system whose languages are `system`. */
function desktop(language: LanguageTag | 'system', system: string[]) {
  app.systemLanguages = system;
  app.locale = system[0] ?? 'en-US';
  const t = makeCore();
  const core: Core = createCore(t.db, { host: dialogHost(() => core) });
  t.must('language-settings-update', { language });
  return { t, core, win: new BrowserWindow({}) };
}

/** The options of the dialog the backup's "Save a copy" opened (cancelled: nothing is written). */
async function saveCopyDialog(language: LanguageTag | 'system', system: string[]): Promise<Asked> {
  const { t, core, win } = desktop(language, system);
  const { name } = await backupNow(t);
  dialog.nextSave = { canceled: true, filePath: undefined };
  expect(await core.invoke('backup-save-copy', { name }, 'admin', { caller: win.webContents })).toMatchObject({ ok: true });
  return dialog.asked.at(-1) as Asked;
}

afterEach(() => {
  app.systemLanguages = ['en-US'];
  app.locale = 'en-US';
});

describe('Electron’s own dialogs speak the admin’s language', () => {
  it('in Arabic when the setting is Arabic, whatever the system speaks', async () => {
    const asked = await saveCopyDialog('ar', ['fr-FR']);
    expect(asked.title).toBe('حفظ نسخة من النسخة الاحتياطية');
    expect(asked.filters.map((f) => f.name)).toEqual(['نسخة احتياطية من JoinDesk', 'كل الملفات']);
    expect(asked.filters.map((f) => f.extensions)).toEqual([['db'], ['*']]);
  });

  it('in the system’s language when the setting is “system”', async () => {
    expect((await saveCopyDialog('system', ['de-AT', 'en-US'])).title).toBe('Kopie der Sicherung speichern');
    // The first of the system's languages JoinDesk speaks: Japanese is not one, Simplified Chinese is.
    expect((await saveCopyDialog('system', ['ja-JP', 'zh-CN'])).title).toBe('另存备份副本');
  });

  it('in English otherwise: the setting says English, or the system speaks nothing JoinDesk does', async () => {
    expect((await saveCopyDialog('en', ['es-MX'])).title).toBe('Save a copy of the backup');
    const asked = await saveCopyDialog('system', ['ja-JP', 'zh-TW']);
    expect(asked.title).toBe('Save a copy of the backup');
    expect(asked.filters.map((f) => f.name)).toEqual(['JoinDesk backup', 'All files']);
  });

  it('follows a change of the setting at the next dialog', async () => {
    const { t, core, win } = desktop('es', ['en-US']);
    dialog.nextOpen = { canceled: true, filePaths: [] };
    await core.invoke('backup-import-file', {}, 'admin', { caller: win.webContents });
    expect((dialog.asked.at(-1) as Asked).title).toBe('Restaurar desde un archivo');
    t.must('language-settings-update', { language: 'pt' });
    await core.invoke('backup-import-file', {}, 'admin', { caller: win.webContents });
    expect((dialog.asked.at(-1) as Asked).title).toBe('Restaurar de um arquivo');
  });

  it('the join card’s dialog and the name it offers, in French', async () => {
    const { t, core, win } = desktop('fr', ['en-US']);
    const g = t.must('groups-create', { name: 'Printemps: Lyon/1' });
    dialog.nextSave = { canceled: false, filePath: path.join(tempDir(), 'carte.pdf') };
    expect(await core.invoke('join-card-pdf', { groupId: g.id }, 'admin', { caller: win.webContents })).toMatchObject({
      ok: true,
      value: { savedTo: 'carte.pdf' },
    });
    expect(dialog.asked.at(-1)).toMatchObject({
      title: 'Enregistrer la carte d’accès',
      defaultPath: 'Carte d’accès - Printemps- Lyon-1.pdf',
    });
  });

  it('every language has every word, and each formats without leftovers', async () => {
    const { desktopWords } = await import('../../../src/main/electron/words');
    const values = { from: 3, to: 4, backup: 'b', file: 'f', found: 'x', detail: 'd', marker: 'm', supported: 9 };
    for (const tag of LANGUAGE_TAGS) {
      expect(Object.keys(DESKTOP_WORDS[tag]).sort(), tag).toEqual(Object.keys(en).sort());
      const w = desktopWords(tag);
      for (const id of Object.keys(en) as (keyof typeof en)[]) {
        for (const state of ['empty', 'missing']) {
          const said = w.say(id, { ...values, state, version: 15, difference: 'd', group: 'g' });
          expect(said, `${tag} ${id}`).not.toMatch(/[{}#]/);
        }
      }
    }
  });
});
