import type { IntlShape } from 'react-intl';
import type { AttemptKind, AuditEntry, NamedRecord } from '../../../../shared/domains/audit';
import { auditActionLabel, goneWord } from '../../../../shared/domains/audit';
import type { AdminMessageId, AdminWords } from '../../i18n/admin';
import { en } from '../../i18n/admin/en';

const isMessageId = (id: string): id is AdminMessageId => id in en;

/**
 * What an audit action means, by its code, in the language of `t`: `learner-updated:email,name`
 * reads "Learner changed (email, name)" with the fields named in that language too. An action no
 * catalogue knows yet reads as its own words, in English.
 */
export function actionWords(t: AdminWords, intl: IntlShape, action: string): string {
  const [base = action, fields] = action.split(':');
  const id = `reports.action.${base}`;
  if (!isMessageId(id)) return auditActionLabel(action);
  if (!fields) return t(id);
  const named = fields.split(',').map((field) => {
    const fieldId = `reports.field.${field}`;
    return isMessageId(fieldId) ? t(fieldId) : field;
  });
  return t('reports.action.withFields', {
    action: t(id),
    fields: intl.formatList(named, { type: 'conjunction', style: 'narrow' }),
  });
}

export const attemptWords = (t: AdminWords, kind: AttemptKind): string => t(`reports.attempt.${kind}`);

/** The name an entry gives a record, or — worded here — what became of it; `gone` says which. */
export function nameWords(t: AdminWords, entry: AuditEntry, record: NamedRecord, value: string): { text: string; gone: boolean } {
  const gone = goneWord(entry, record);
  return gone ? { text: t(`reports.audit.gone.${gone}`), gone: true } : { text: value, gone: false };
}

const STATIONS: Record<string, AdminMessageId> = {
  desktop: 'reports.station.desktop',
  phones: 'reports.station.phones',
  browser: 'reports.station.browser',
  script: 'reports.station.script',
};

/** Where failed sign-ups came from: a built-in station by its code, a paired one by the name it was given. */
export function stationWords(t: AdminWords, attempt: NonNullable<AuditEntry['attempt']>): string {
  const builtIn = STATIONS[attempt.station];
  if (builtIn) return t(builtIn);
  if (attempt.paired) return attempt.stationName;
  // A paired station since removed is `station-<id>`; anything else is named by no one.
  const removed = /^station-(\d+)$/.exec(attempt.station);
  return removed ? t('reports.station.removed', { n: removed[1]! }) : t('reports.station.other');
}

/** A share of 100 (`37.5`) as the language writes a percentage: 37.5%, 37,5 %, ٣٧٫٥٪. */
export const percentWords = (intl: IntlShape, percent: number): string =>
  intl.formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 1 });
