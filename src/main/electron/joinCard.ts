import type { WebContents } from 'electron';
import { BrowserWindow, dialog } from 'electron';
import fs from 'node:fs/promises';
import type { Group, JoinCardResult } from '../../shared/types';

/** A file name any OS accepts: no path separators or reserved characters. */
export const joinCardFileName = (group: Group): string =>
  `Join card - ${group.name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').slice(0, 80)}.pdf`;

/**
 * The admin window is showing the join card (its print styles hide everything else): Chromium
 * prints it to PDF, and the admin picks where to save it.
 */
export async function saveJoinCardPdf(group: Group, sender: WebContents): Promise<JoinCardResult> {
  const pdf = await sender.printToPDF({ pageSize: 'A4', printBackground: true });
  const owner = BrowserWindow.fromWebContents(sender);
  const options = {
    title: 'Save join card',
    defaultPath: joinCardFileName(group),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return { handledBy: 'desktop', savedTo: null };
  await fs.writeFile(filePath, pdf);
  return { handledBy: 'desktop', savedTo: filePath };
}
