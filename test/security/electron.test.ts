import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupNow } from '../unit/core/backupHelpers';
import { makeCore, tempDir } from '../unit/helpers';
import { BrowserWindow, dialog, FakeWebContents, shell } from '../unit/electron/fakeElectron';

vi.mock('electron', () => import('../unit/electron/fakeElectron'));

const { hardenWebContents } = await import('../../src/main/electron/security');
const { dialogHost } = await import('../../src/main/electron/dialogHost');
const { saveJoinCardPdf } = await import('../../src/main/electron/joinCard');
const { desktopWords } = await import('../../src/main/electron/words');
const { createCore } = await import('../../src/main/core');
type Core = ReturnType<typeof createCore>;

describe('Electron layer', () => {
  it('hardens a WebContents once, however often asked: one mailto click opens one draft', () => {
    const wc = new FakeWebContents();
    // As the app does: once when the window is made, once from `web-contents-created`.
    hardenWebContents(wc as never);
    hardenWebContents(wc as never);
    shell.opened.length = 0;
    wc.emitPreventable('will-navigate', 'mailto:?subject=Join&body=Code');
    expect(shell.opened).toEqual(['mailto:?subject=Join&body=Code']);
    expect(wc.listeners.get('will-navigate')).toHaveLength(1);
  });

  it.each([
    'mailto:?subject=Join&attach=/home/admin/.ssh/id_rsa',
    'mailto:?subject=Join&Attach=~/.config/JoinDesk/joindesk.db',
    'mailto:?%61ttach=/etc/passwd',
    'mailto:a@example.com?cc=b@example.com&subject=x',
    'mailto:?subject=a&subject=b',
    'mailto:?body=x&bcc=someone@example.com',
    'https://example.com/?mailto:',
    'mailto:a@b.co?subject=hi#&attach=/etc/passwd',
    'mailto:?subject=a;attach=/etc/passwd&body=x#attach=y',
    'mailto:a@b.co;attach=/etc/passwd?subject=x',
    'mailto:a@b.co%3Fattach=%2Fetc%2Fpasswd?subject=x',
  ])('hands nothing but subject and body to the mail program: %s', (url) => {
    const wc = new FakeWebContents();
    hardenWebContents(wc as never);
    shell.opened.length = 0;
    expect(wc.emitPreventable('will-navigate', url)).toBe(true);
    wc.windowOpenHandler?.({ url });
    expect(shell.opened).toEqual([]);
  });

  it('what it hands over is rebuilt from the subject and body it read, nothing else', () => {
    const wc = new FakeWebContents();
    hardenWebContents(wc as never);
    shell.opened.length = 0;
    wc.emitPreventable('will-navigate', 'mailto:?subject=Join%20us&body=Code%3A%20ABCD-1234%0A;attach=x');
    expect(shell.opened).toEqual(['mailto:?subject=Join%20us&body=Code%3A%20ABCD-1234%0A%3Battach%3Dx']);
  });

  it('the join card PDF is written whole and 0600, and the window learns its name only', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave' });
    const win = new BrowserWindow({});
    const target = path.join(tempDir(), 'card.pdf');
    fs.writeFileSync(target, 'an older card', { mode: 0o644 });
    dialog.nextSave = { canceled: false, filePath: target };
    expect(await saveJoinCardPdf(g, win.webContents as never, desktopWords('en'))).toEqual({
      handledBy: 'desktop',
      savedTo: 'card.pdf',
    });
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(target, 'utf8')).toContain('%PDF');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['card.pdf']);
  });

  it('saves a copy of a backup through main’s own dialog, 0600, answering a name', async () => {
    const t = makeCore();
    const core: Core = createCore(t.db, { host: dialogHost(() => core) });
    const { name } = await backupNow(t);
    const target = path.join(tempDir(), 'usb-copy.db');
    dialog.nextSave = { canceled: false, filePath: target };
    const win = new BrowserWindow({});
    expect(await core.invoke('backup-save-copy', { name }, 'admin', { caller: win.webContents })).toEqual({
      ok: true,
      value: { savedAs: 'usb-copy.db' },
    });
    expect(dialog.asked.at(-1)).toMatchObject({ defaultPath: name });
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    dialog.nextSave = { canceled: true, filePath: undefined };
    expect(await core.invoke('backup-save-copy', { name }, 'admin', { caller: win.webContents })).toEqual({
      ok: true,
      value: { savedAs: null },
    });
  });

  it('a file picked in main’s own open dialog joins the list as uploaded; the window never sees its path', async () => {
    const t = makeCore();
    const core: Core = createCore(t.db, { host: dialogHost(() => core) });
    const { name } = await backupNow(t);
    const outside = path.join(tempDir(), 'from-usb.db');
    fs.copyFileSync(path.join(path.dirname(t.db.name), 'backups', name), outside);
    dialog.nextOpen = { canceled: false, filePaths: [outside] };
    const win = new BrowserWindow({});
    const r = await core.invoke('backup-import-file', {}, 'admin', { caller: win.webContents });
    expect(r).toMatchObject({ ok: true, value: { name: expect.stringMatching(/^uploaded-.*\.db$/) } });
    expect(JSON.stringify(r)).not.toContain(path.dirname(outside));
    const uploaded = (r as { value: { name: string } }).value.name;
    expect(t.must('backup-list', {}).find((b) => b.name === uploaded)?.kind).toBe('uploaded');
    expect(t.call('backup-restore', { name: uploaded })).toMatchObject({ ok: true });
    // A file that is not an SQLite database is refused at once, and nothing joins the list.
    fs.writeFileSync(outside, 'ssh-ed25519 AAAA...');
    const before = t.must('backup-list', {}).length;
    expect(await core.invoke('backup-import-file', {}, 'admin', { caller: win.webContents })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('not an SQLite database') },
    });
    expect(t.must('backup-list', {})).toHaveLength(before);
  });

  it('in a browser the desktop-only channels answer plainly', async () => {
    const t = makeCore();
    expect(await t.core.invoke('backup-import-file', {}, 'admin')).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
