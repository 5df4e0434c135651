import { z } from 'zod';
import type { LanguageTag } from '../languages';
import { canonicalTag, LANGUAGE_TAGS } from '../languages';
import { cleanName } from '../names';
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
  .string('Choose a language.')
  .max(35, 'Choose one of the languages JoinDesk speaks.')
  .transform(canonicalTag)
  .pipe(z.enum(LANGUAGE_TAGS, 'Choose one of the languages JoinDesk speaks.'));

/** The languages a kiosk offers: at least one, each once, kept in JoinDesk's own order. */
const languageList = z
  .array(languageTag, 'Expected a list of languages.')
  .min(1, 'Offer at least one language.')
  .max(LANGUAGE_TAGS.length, 'Each language at most once.')
  .refine((list) => new Set(list).size === list.length, 'Each language at most once.')
  .transform((list) => LANGUAGE_TAGS.filter((tag) => list.includes(tag)));

export const DEFAULT_NOT_OFFERED = 'The default language must be one the kiosk offers.';

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
      orgName: z.string('Expected text.').max(100, 'At most 100 characters.').transform(cleanName).optional(),
      welcome: z
        .string('Expected text.')
        .max(500, 'At most 500 characters.')
        .transform((s) => s.trim())
        .optional(),
      idleSeconds: z
        .int('Expected a whole number of seconds.')
        .min(10, 'At least 10 seconds.')
        .max(3600, 'At most an hour.')
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
