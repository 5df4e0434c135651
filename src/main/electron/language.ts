import { app } from 'electron';
import type { Core } from '../core';
import type { DesktopWords } from './words';
import { adminLanguage, desktopWords } from './words';

/** The system's languages as Electron reports them, most wanted first. */
export const systemLanguages = (): string[] => [...app.getPreferredSystemLanguages(), app.getLocale()];

/** Before the data is open there is no setting to read: the system's language (or English). */
export const systemWords = (): DesktopWords => desktopWords(adminLanguage('system', systemLanguages()));

/** The admin's words, read from the language setting each time: the admin may change it at any moment. */
export async function adminWords(core: Core): Promise<DesktopWords> {
  const setting = await core.call('language-settings-get', {}, 'admin');
  return desktopWords(adminLanguage(setting.ok ? setting.value.language : 'system', systemLanguages()));
}
