import { TEXT } from '../../../../shared/text';
import { app } from './app/en';
import { groups } from './groups/en';
import { learners } from './learners/en';
import { reports } from './reports/en';
import { courses } from './courses/en';
import { settings } from './settings/en';
import { kiosk } from './kiosk/en';

/**
 * The admin app's words in English, area by area, with what main and the shared schemas say
 * (shared/text.ts). Each other language has one file like this, loaded when it is chosen.
 */
export const en = { ...app, ...groups, ...learners, ...reports, ...courses, ...settings, ...kiosk, ...TEXT };

export type AdminMessageId = keyof typeof en;

/** Every language's catalogue has exactly English's keys. */
export type AdminCatalogue = Record<AdminMessageId, string>;
