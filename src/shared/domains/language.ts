import { z } from 'zod';
import { LANGUAGE_TAGS } from '../languages';
import type { LanguageTag } from '../languages';
import { schemaText } from '../text';
import { channel } from './define';
import { nothing } from './fields';

/** The admin app's language: one JoinDesk speaks, or `system` to follow this computer's. */
export interface LanguageSettings {
  language: LanguageTag | 'system';
}

export const languageSchemas = {
  languageSettingsGet: nothing,
  languageSettingsUpdate: z.strictObject({
    language: z.enum(['system', ...LANGUAGE_TAGS], schemaText('field.adminLanguage')),
  }),
};

export const languageChannels = {
  'language-settings-get': channel<LanguageSettings>()('admin', languageSchemas.languageSettingsGet),
  'language-settings-update': channel<LanguageSettings>()('admin', languageSchemas.languageSettingsUpdate),
};
