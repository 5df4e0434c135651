import type { WebContents } from 'electron';
import type { Core } from '../core';
import type { Host } from '../core/host';
import { saveJoinCardPdf } from './joinCard';
import { adminWords } from './language';
import { pickBackupFile, saveBackupCopy } from './saveDialogs';

/**
 * The desktop host's file dialogs, each in the admin's language as the setting says when it opens.
 * `core` is the core these serve (a getter: the core is made with this host).
 */
export const dialogHost = (core: () => Core): Pick<Host, 'saveJoinCard' | 'saveBackupCopy' | 'pickBackupFile'> => ({
  saveJoinCard: async (group, caller) => saveJoinCardPdf(group, caller as WebContents, await adminWords(core())),
  saveBackupCopy: async (file, name, caller) => saveBackupCopy(file, name, caller as WebContents, await adminWords(core())),
  pickBackupFile: async (caller) => pickBackupFile(caller as WebContents, await adminWords(core())),
});
