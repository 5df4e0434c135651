import type { FileFilter, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { BrowserWindow, dialog } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeWhole } from '../files/wholeFile';
import type { DesktopWords } from './words';

/**
 * Main's own file dialogs: the admin picks a place, main writes or reads there, and the renderer
 * learns at most a file name. No path ever comes from, or goes to, a window.
 */
export async function saveWithDialog(
  caller: WebContents,
  options: SaveDialogOptions,
  write: (temp: string) => Promise<void>,
): Promise<string | null> {
  const owner = BrowserWindow.fromWebContents(caller);
  const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return null;
  // The dialog has already asked before replacing a file the admin chose.
  await writeWhole(filePath, write, { replace: true });
  return path.basename(filePath);
}

export async function openWithDialog(caller: WebContents, options: OpenDialogOptions): Promise<string | null> {
  const owner = BrowserWindow.fromWebContents(caller);
  const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
}

const backupFilters = (w: DesktopWords): FileFilter[] => [
  { name: w.say('dialog.filter.backup'), extensions: ['db'] },
  { name: w.say('dialog.filter.all'), extensions: ['*'] },
];

/** `w`: the admin's words, for the dialog's title and file types. */
export const saveBackupCopy = (file: string, name: string, caller: WebContents, w: DesktopWords): Promise<string | null> =>
  saveWithDialog(caller, { title: w.say('dialog.backup.save'), defaultPath: name, filters: backupFilters(w) }, (temp) =>
    fs.copyFile(file, temp),
  );

export const pickBackupFile = (caller: WebContents, w: DesktopWords): Promise<string | null> =>
  openWithDialog(caller, { title: w.say('dialog.backup.open'), properties: ['openFile'], filters: backupFilters(w) });
