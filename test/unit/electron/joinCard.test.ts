import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeCore, tempDir } from '../helpers';
import { BrowserWindow, dialog } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const { saveJoinCardPdf, joinCardFileName } = await import('../../../src/main/electron/joinCard');
const { dialogHost } = await import('../../../src/main/electron/dialogHost');
const { desktopWords } = await import('../../../src/main/electron/words');
const { createCore } = await import('../../../src/main/core');

describe('join card PDF in the desktop app', () => {
  it('prints the sender to PDF and saves it where the admin chose', async () => {
    const t = makeCore();
    const core: ReturnType<typeof createCore> = createCore(t.db, { host: dialogHost(() => core) });
    const g = t.must('groups-create', { name: 'Spring: Leeds/Wave 1' });
    const win = new BrowserWindow({});
    const target = path.join(tempDir(), 'card.pdf');
    dialog.nextSave = { canceled: false, filePath: target };
    const result = await core.invoke('join-card-pdf', { groupId: g.id }, 'admin', { caller: win.webContents });
    // The window learns the file's name, never where it is.
    expect(result).toEqual({ ok: true, value: { handledBy: 'desktop', savedTo: 'card.pdf' } });
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(target, 'utf8')).toContain('%PDF');
    expect(win.webContents.printedWith).toEqual([{ pageSize: 'A4', printBackground: true }]);
    expect(dialog.asked.at(-1)).toMatchObject({ defaultPath: 'Join card - Spring- Leeds-Wave 1.pdf' });
  });

  it('saves nothing when the admin cancels', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    dialog.nextSave = { canceled: true, filePath: undefined };
    const win = new BrowserWindow({});
    expect(await saveJoinCardPdf(g, win.webContents as never, desktopWords('en'))).toEqual({
      handledBy: 'desktop',
      savedTo: null,
    });
  });

  it('makes a file name any OS accepts', () => {
    expect(joinCardFileName({ name: 'a<b>c:d"e/f\\g|h?i*j' } as never)).toBe('Join card - a-b-c-d-e-f-g-h-i-j.pdf');
  });
});
