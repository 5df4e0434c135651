import type { WebContents } from 'electron';
import fs from 'node:fs/promises';
import type { Group, JoinCardResult } from '../../shared/types';
import { saveWithDialog } from './saveDialogs';
import type { DesktopWords } from './words';
import { desktopWords } from './words';

/** A file name any OS accepts, in the admin's words: no path separators or reserved characters. */
export const joinCardFileName = (group: Group, w: DesktopWords = desktopWords('en')): string =>
  w.say('dialog.joinCard.fileName', { group: group.name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').slice(0, 80) });

/**
 * The admin window is showing the join card (its print styles hide everything else): Chromium
 * prints it to PDF, and the admin picks where to save it. The window learns the file's name only.
 */
export async function saveJoinCardPdf(group: Group, sender: WebContents, w: DesktopWords): Promise<JoinCardResult> {
  const pdf = await sender.printToPDF({ pageSize: 'A4', printBackground: true });
  const savedTo = await saveWithDialog(
    sender,
    {
      title: w.say('dialog.joinCard.save'),
      defaultPath: joinCardFileName(group, w),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    },
    (temp) => fs.writeFile(temp, pdf),
  );
  return { handledBy: 'desktop', savedTo };
}
