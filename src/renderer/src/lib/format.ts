import { formatLocale, pageLanguage } from '../i18n/language';

/**
 * Dates and numbers as a person reads them, outside a message: the one place the admin screens
 * format them, so every screen shows the same date the same way. Counts inside words are ICU
 * plurals in the catalogues (i18n/), never built here.
 */

/** The locale dates and numbers follow: the page's language (the admin's setting, or the kiosk's choice). */
export function appLocale(): string {
  return formatLocale(pageLanguage());
}

// Intl formatters are costly to build and cheap to reuse; one per locale and style.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

const dateFormat = (options: Intl.DateTimeFormatOptions, name: string) =>
  cached(`date:${name}:${appLocale()}`, () => new Intl.DateTimeFormat(appLocale(), options));

/**
 * A bare day (`2026-11-28`, as charts and exports group by) is that calendar day here: `new Date`
 * would read it as midnight UTC, which is the day before anywhere west of Greenwich.
 */
const toDate = (value: string | number | Date): Date => {
  if (value instanceof Date) return value;
  const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
};

/** A day, e.g. "27 Nov 2026" or "Nov 27, 2026" depending on the locale. */
export const formatDate = (value: string | number | Date): string => dateFormat(DATE, 'date').format(toDate(value));

/** A day and a time of day: the same day as `formatDate`, then the time. */
export const formatDateTime = (value: string | number | Date): string => dateFormat(DATE_TIME, 'dateTime').format(toDate(value));

/** A count with the locale's digit grouping: 1,000,000 or 1.000.000. */
export const formatNumber = (n: number): string =>
  cached(`number:${appLocale()}`, () => new Intl.NumberFormat(appLocale())).format(n);

/**
 * The dayjs pattern Mantine's date pickers should show, built from the same Intl format as
 * `formatDate`/`formatDateTime`, so a picker's value reads like every other date on screen.
 */
export function pickerFormat(withTime: boolean): string {
  // Single-digit day, month and hour, so a zero-padded field shows as padded.
  const sample = new Date(2026, 2, 5, 9, 7);
  const parts = dateFormat(withTime ? DATE_TIME : DATE, withTime ? 'dateTime' : 'date').formatToParts(sample);
  const hour12 = parts.some((p) => p.type === 'dayPeriod');
  return parts
    .map((p) => {
      switch (p.type) {
        case 'day':
          return p.value.length === 2 ? 'DD' : 'D';
        case 'month':
          return /^\d+$/.test(p.value) ? (p.value.length === 2 ? 'MM' : 'M') : 'MMM';
        case 'year':
          return p.value.length === 2 ? 'YY' : 'YYYY';
        case 'hour':
          return p.value.length === 2 ? (hour12 ? 'hh' : 'HH') : hour12 ? 'h' : 'H';
        case 'minute':
          return 'mm';
        case 'dayPeriod':
          return 'A';
        default:
          // Literal text (commas, "at", dots) is kept as written; dayjs copies what is in brackets.
          return p.value ? `[${p.value}]` : '';
      }
    })
    .join('');
}
