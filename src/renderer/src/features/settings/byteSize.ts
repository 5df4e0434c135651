import { appLocale } from '../../lib/format';

/** A file's size as the admin's language writes it (“1.5 MB”, “1,5 Mo”, “1.5 م.ب”): whole kilobytes, or megabytes to one decimal. */
export function formatBytes(bytes: number): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(appLocale(), {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / 1024 / 1024 : Math.max(1, Math.ceil(bytes / 1024)));
}
