import { IntlMessageFormat } from 'intl-messageformat';
import { MAIN_TEXT } from './textMain';
import { SCHEMA_TEXT } from './textSchemas';
import * as limit from './limits';
import { NAME_MAX_CODE_POINTS } from './names';

/**
 * The words main and the shared schemas say to a person, in English, as ICU messages with ids.
 * Errors carry the id and its values (`AppErrorData.text`), so the admin screen words them in the
 * admin's language (its catalogues translate these ids); `message` keeps the English for scripts
 * and tests. Every sentence that reaches the admin from main or from a schema lives here.
 */
export const TEXT = { ...MAIN_TEXT, ...SCHEMA_TEXT };

export type TextId = keyof typeof TEXT;
export type TextValues = Record<string, string | number>;

/** A sentence to be worded where it is shown: its id and the values it takes. */
export interface Text {
  id: TextId;
  values?: TextValues;
}

/**
 * Values that never change (a schema's limits): schema messages are plain strings, so they are
 * written with these values, and a screen reading one back finds them here.
 */
export const FIXED_VALUES: Partial<Record<TextId, TextValues>> = {
  'field.idListTooLong': { max: limit.ID_LIST_MAX },
  'field.pageSize': { min: limit.PAGE_SIZE_MIN, max: limit.PAGE_SIZE_MAX },
  'field.offset': { min: 0 },
  'field.searchTooLong': { max: limit.SEARCH_MAX },
  'field.descriptionTooLong': { max: limit.DESCRIPTION_MAX },
  'field.noteTooLong': { max: limit.NOTE_MAX },
  'field.nameTooLong': { max: NAME_MAX_CODE_POINTS },
  'field.adminPinDigits': { min: limit.ADMIN_PIN_MIN_DIGITS, max: limit.ADMIN_PIN_MAX_DIGITS },
  'field.groupNameTooLong': { max: limit.GROUP_NAME_MAX },
  'field.customCodeTooLong': { max: limit.CUSTOM_MAX_LENGTH },
  'field.customCodeShort': { min: limit.CUSTOM_WARN_BELOW },
  'field.codeMinLengthLow': { min: limit.CUSTOM_MIN_LENGTH },
  'field.codeMinLengthHigh': { max: limit.CUSTOM_MAX_LENGTH },
  'field.maxUsesLow': { min: limit.MAX_USES_MIN },
  'field.maxUsesHigh': { max: limit.MAX_USES_MAX },
  'field.courseTitleTooLong': { max: limit.COURSE_TITLE_MAX },
  'field.csvTooLarge': { max: limit.CSV_MAX_MB },
  'field.backupsKeptLow': { min: limit.BACKUPS_KEPT_MIN },
  'field.backupsKeptHigh': { max: limit.BACKUPS_KEPT_MAX },
  'field.orgNameTooLong': { max: limit.ORG_NAME_MAX },
  'field.idleSecondsLow': { min: limit.IDLE_SECONDS_MIN },
  'field.stationNameTooLong': { max: limit.STATION_NAME_MAX },
  'field.portLow': { min: limit.PORT_MIN },
  'field.portHigh': { max: limit.PORT_MAX },
};

const formats = new Map<TextId, IntlMessageFormat>();

/** The English words of `text`, as `message` carries them. */
export function englishText({ id, values }: Text): string {
  let format = formats.get(id);
  if (!format) {
    format = new IntlMessageFormat(TEXT[id], 'en-GB');
    formats.set(id, format);
  }
  return String(format.format(values));
}

/** A schema's message: the English words of `id` with its fixed values, found again by `textOf`. */
export const schemaText = (id: TextId): string => englishText({ id, values: FIXED_VALUES[id] });

let byEnglish: Map<string, Text> | null = null;

/**
 * The id (and fixed values) behind a message a schema gave, so a screen can word it in its own
 * language; undefined for words that are not in `TEXT` with fixed values.
 */
export function textOf(message: string): Text | undefined {
  if (!byEnglish) {
    byEnglish = new Map();
    for (const id of Object.keys(TEXT) as TextId[]) {
      if (FIXED_VALUES[id] || !TEXT[id].includes('{')) byEnglish.set(schemaText(id), { id, values: FIXED_VALUES[id] });
    }
  }
  return byEnglish.get(message);
}
