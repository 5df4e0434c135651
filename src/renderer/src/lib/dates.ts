/** Dates as a person reads them: kept for the screens that import them from here (see `format.ts`). */
export { formatDate, formatDateTime } from './format';
