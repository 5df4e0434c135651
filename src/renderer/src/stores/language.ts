import { create } from 'zustand';
import type { LanguageSettings } from '../../../shared/domains/language';
import type { LanguageTag } from '../../../shared/languages';
import { bestLanguage, DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../../../shared/languages';
import { adminApi } from '../api';

/** This computer's language when JoinDesk speaks it (the browser's, which follows the system's), else English. */
export const systemLanguage = (): LanguageTag => bestLanguage(navigator.languages, LANGUAGE_TAGS) ?? DEFAULT_LANGUAGE;

interface AdminLanguageState {
  /** The setting as read from main; null until it has been read (or could not be). */
  setting: LanguageSettings['language'] | null;
  read: () => Promise<void>;
  /** Settings calls this with the setting as main kept it, and every screen changes language. */
  set: (setting: LanguageSettings['language']) => void;
}

export const useAdminLanguage = create<AdminLanguageState>((set) => ({
  setting: null,
  read: async () => {
    const result = await adminApi['language-settings-get']({});
    set({ setting: result.ok ? result.value.language : 'system' });
  },
  set: (setting) => set({ setting }),
}));

/** The language the admin's screens are in: the setting, or this computer's. */
export const adminLanguage = (setting: LanguageSettings['language']): LanguageTag =>
  setting === 'system' ? systemLanguage() : setting;
