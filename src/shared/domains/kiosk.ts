import { z } from 'zod';
import type { LanguageTag } from '../languages';
import { canonicalTag, LANGUAGE_TAGS } from '../languages';
import { IDLE_SECONDS_MAX, IDLE_SECONDS_MIN, NOTE_MAX, ORG_NAME_MAX } from '../limits';
import { cleanName } from '../names';
import { schemaText } from '../text';
import { channel } from './define';
import { email, joinCode, nothing, personName, typedPin } from './fields';

export interface Registration {
  learnerId: number;
  groupName: string;
  courses: { id: number; title: string }[];
  maskedEmail: string;
}

/** What the kiosk screen shows besides the form, set by the admin. */
export interface KioskSettings {
  orgName: string;
  welcome: string;
  /** Seconds without input before the kiosk warns, then clears the form. */
  idleSeconds: number;
  /** The language every learner starts in; the kiosk comes back to it with every reset. */
  defaultLanguage: LanguageTag;
  /** The languages the kiosk's picker offers (always including the default), in JoinDesk's order. */
  languages: LanguageTag[];
}

/** What a kiosk screen knows about itself (`kiosk-status`). */
export interface KioskStatus extends KioskSettings {
  /** This kiosk's sign-up delay after wrong codes. */
  throttled: { retryAfterSeconds: number } | null;
  /** This kiosk is locked (by wrong codes or wrong exit PINs) until an admin unlocks it. */
  locked: boolean;
  /** Whether an admin PIN exists (the kiosk cannot start without one in the desktop app). */
  pinSet: boolean;
  /** The desktop kiosk window can be left with the PIN; a browser tab has nothing to leave. */
  canExit: boolean;
}

/** What the admin knows about the kiosks (`kiosk-overview`, and the answer to `kiosk-unlock`). */
export interface KioskOverview extends KioskSettings {
  /** The admin-PIN delay after wrong PINs. */
  throttled: { retryAfterSeconds: number } | null;
  /** Some kiosk is locked and waits for the admin PIN. */
  locked: boolean;
  pinSet: boolean;
  canExit: boolean;
}

/** A BCP 47 tag JoinDesk speaks, in any letter case (`zh-hans` is `zh-Hans`). */
const languageTag = z
  .string(schemaText('field.languageChoose'))
  .max(35, schemaText('field.languageUnknown'))
  .transform(canonicalTag)
  .pipe(z.enum(LANGUAGE_TAGS, schemaText('field.languageUnknown')));

/** The languages a kiosk offers: at least one, each once, kept in JoinDesk's own order. */
const languageList = z
  .array(languageTag, schemaText('field.languageList'))
  .min(1, schemaText('field.languagesNone'))
  .max(LANGUAGE_TAGS.length, schemaText('field.languagesRepeated'))
  .refine((list) => new Set(list).size === list.length, schemaText('field.languagesRepeated'))
  .transform((list) => LANGUAGE_TAGS.filter((tag) => list.includes(tag)));

export const DEFAULT_NOT_OFFERED = schemaText('field.defaultLanguageNotOffered');

export const kioskSchemas = {
  kioskRegister: z.strictObject({ name: personName, email, code: joinCode }),
  kioskOpen: nothing,
  kioskStatus: nothing,
  kioskOverview: nothing,
  kioskExit: z.strictObject({ pin: typedPin }),
  kioskUnlock: z.strictObject({ pin: typedPin }),
  kioskSettingsGet: nothing,
  kioskSettingsUpdate: z
    .strictObject({
      orgName: z
        .string(schemaText('field.text'))
        .max(ORG_NAME_MAX, schemaText('field.orgNameTooLong'))
        .transform(cleanName)
        .optional(),
      welcome: z
        .string(schemaText('field.text'))
        .max(NOTE_MAX, schemaText('field.noteTooLong'))
        .transform((s) => s.trim())
        .optional(),
      idleSeconds: z
        .int(schemaText('field.idleSeconds'))
        .min(IDLE_SECONDS_MIN, schemaText('field.idleSecondsLow'))
        .max(IDLE_SECONDS_MAX, schemaText('field.idleSecondsHigh'))
        .optional(),
      defaultLanguage: languageTag.optional(),
      languages: languageList.optional(),
    })
    // Main checks the pair again once merged with what is saved, when only one of them is sent.
    .refine((s) => !s.defaultLanguage || !s.languages || s.languages.includes(s.defaultLanguage), {
      message: DEFAULT_NOT_OFFERED,
      path: ['defaultLanguage'],
    }),
};

export const kioskChannels = {
  'kiosk-open': channel<{ url: string | null }>()('admin', kioskSchemas.kioskOpen),
  'kiosk-register': channel<Registration>()('kiosk', kioskSchemas.kioskRegister),
  'kiosk-status': channel<KioskStatus>()('kiosk', kioskSchemas.kioskStatus),
  'kiosk-exit': channel<{ exited: boolean }>()('kiosk', kioskSchemas.kioskExit),
  'kiosk-overview': channel<KioskOverview>()('admin', kioskSchemas.kioskOverview),
  'kiosk-unlock': channel<KioskOverview>()('admin', kioskSchemas.kioskUnlock),
  'kiosk-settings-get': channel<KioskSettings>()('admin', kioskSchemas.kioskSettingsGet),
  'kiosk-settings-update': channel<KioskSettings>()('admin', kioskSchemas.kioskSettingsUpdate),
};
