/**
 * The limits the shared schemas enforce and their messages state. A message gives its limit as a
 * placeholder whose value is fixed (`FIXED_VALUES` in text.ts), read from here, so what a schema
 * checks and what it says can never drift apart. This module imports nothing: text.ts reads it.
 */

export const ID_LIST_MAX = 10_000;
export const DESCRIPTION_MAX = 2000;
export const SEARCH_MAX = 200;
export const PAGE_SIZE_MIN = 1;
export const PAGE_SIZE_MAX = 500;
export const GROUP_NAME_MAX = 120;
export const COURSE_TITLE_MAX = 200;
export const ORG_NAME_MAX = 100;
/** A kiosk's welcome, a move's reason. */
export const NOTE_MAX = 500;
export const STATION_NAME_MAX = 60;

/** A custom join code's letters and digits: the least an admin may require, and the most a code may have. */
export const CUSTOM_MIN_LENGTH = 6;
export const CUSTOM_MAX_LENGTH = 32;
/** Custom codes shorter than this are allowed, with advice to make them longer. */
export const CUSTOM_WARN_BELOW = 8;

export const ADMIN_PIN_MIN_DIGITS = 6;
export const ADMIN_PIN_MAX_DIGITS = 12;

export const MAX_USES_MIN = 1;
export const MAX_USES_MAX = 1_000_000;
export const BACKUPS_KEPT_MIN = 1;
export const BACKUPS_KEPT_MAX = 365;
export const IDLE_SECONDS_MIN = 10;
export const IDLE_SECONDS_MAX = 3600;
export const PORT_MIN = 1024;
export const PORT_MAX = 65535;

/** An uploaded CSV file, in megabytes (of a million bytes). */
export const CSV_MAX_MB = 30;
