import type Database from 'better-sqlite3';
import { emailKey, isValidEmail } from '../../shared/email';
import { normalizeJoinCode } from '../../shared/joinCode';
import { cleanName, codePointLength, NAME_MAX_CODE_POINTS, nameKey } from '../../shared/names';
import { ATTEMPT_KINDS } from '../../shared/domains/audit';
import { backupSchemas } from '../../shared/domains/backup';
import { joinCodeSchemas } from '../../shared/domains/joinCodes';
import { kioskSchemas } from '../../shared/domains/kiosk';
import { languageSchemas } from '../../shared/domains/language';
import { networkSetting, stationRecords } from '../../shared/domains/network';
import type { Text, TextId } from '../../shared/text';
import { englishText } from '../../shared/text';
import { ROLES } from '../../shared/types';
import { isValidPinRecord } from './adminPin';

/**
 * The rules every row JoinDesk writes obeys, checked on a backup before it may be restored: a file
 * with JoinDesk's exact schema can still carry rows JoinDesk would never write (a code both live and
 * retired, an email whose key is not its own, a 30 MB group name, bidi overrides in a setting).
 */
type Rule = { sql: string; what: TextId; ok: (row: Record<string, unknown>) => boolean };

const text = (v: unknown, max: number) => typeof v === 'string' && codePointLength(v) <= max;
const clean = (v: unknown, max: number) => typeof v === 'string' && cleanName(v) === v && v.length > 0 && text(v, max);
const normalizedKey = (v: unknown) => {
  if (typeof v !== 'string') return false;
  const n = normalizeJoinCode(v);
  return n.ok && n.key === v;
};
const isRole = (v: unknown) => (ROLES as readonly unknown[]).includes(v);
/** A time as JoinDesk writes them (`toISOString`). */
const isoTime = (v: unknown) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(v);

const RULES: Rule[] = [
  {
    sql: 'SELECT name, name_key, description, role FROM groups',
    what: 'restore.invalid.group',
    ok: (r) => clean(r.name, 120) && r.name_key === nameKey(r.name as string) && text(r.description, 2000) && isRole(r.role),
  },
  {
    sql: 'SELECT key, display FROM join_codes',
    what: 'restore.invalid.joinCode',
    ok: (r) => normalizedKey(r.key) && text(r.display, 200),
  },
  {
    sql: 'SELECT key, display FROM retired_codes',
    what: 'restore.invalid.retiredCode',
    ok: (r) => normalizedKey(r.key) && text(r.display, 200),
  },
  {
    sql: 'SELECT 1 AS clash FROM join_codes c JOIN retired_codes r ON r.key = c.key LIMIT 1',
    what: 'restore.invalid.codeLiveAndRetired',
    ok: () => false,
  },
  {
    sql: 'SELECT name, email, email_key, role FROM learners',
    what: 'restore.invalid.learner',
    ok: (r) =>
      clean(r.name, NAME_MAX_CODE_POINTS) &&
      typeof r.email === 'string' &&
      isValidEmail(r.email) &&
      r.email_key === emailKey(r.email) &&
      isRole(r.role),
  },
  {
    sql: 'SELECT merged_id, merged_registered_at, at, others_until FROM learner_merges',
    what: 'restore.invalid.merge',
    ok: (r) =>
      Number.isSafeInteger(r.merged_id) &&
      (r.merged_id as number) > 0 &&
      isoTime(r.merged_registered_at) &&
      isoTime(r.at) &&
      (r.others_until === null || isoTime(r.others_until)),
  },
  {
    // A merge deletes the duplicate: a record both merged away and still there was never written.
    sql: `SELECT 1 AS clash FROM learner_merges m
          JOIN learners l ON l.id = m.merged_id AND l.registered_at = m.merged_registered_at LIMIT 1`,
    what: 'restore.invalid.mergedStillThere',
    ok: () => false,
  },
  {
    sql: 'SELECT title, description FROM courses',
    what: 'restore.invalid.course',
    ok: (r) => clean(r.title, 200) && text(r.description, 2000),
  },
  {
    sql: 'SELECT minute, station, kind, group_id, count FROM kiosk_attempts',
    what: 'restore.invalid.attempts',
    ok: (r) =>
      typeof r.minute === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(r.minute) &&
      typeof r.station === 'string' &&
      /^(desktop|browser|phones|script|station-\d{1,9})$/.test(r.station) &&
      (ATTEMPT_KINDS as readonly unknown[]).includes(r.kind) &&
      Number.isSafeInteger(r.group_id) &&
      (r.group_id as number) >= 0,
  },
];

/** A stored setting must be exactly what its form would save: valid, and already in its cleaned form. */
const savedAs = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }) => (value: unknown) => {
  const parsed = schema.safeParse(value);
  if (!parsed.success || typeof value !== 'object' || value === null) return false;
  const stored = Object.entries(value);
  const cleaned = parsed.data as Record<string, unknown>;
  // As JSON, so a list (the kiosk's languages) compares by what it holds.
  return (
    stored.length === Object.keys(cleaned).length && stored.every(([k, v]) => JSON.stringify(cleaned[k]) === JSON.stringify(v))
  );
};

const SETTINGS: Record<string, (value: unknown) => boolean> = {
  codePolicy: savedAs(joinCodeSchemas.codePolicyUpdate),
  // JoinDesk saves the kiosk's languages and its default together (or, before they existed, neither).
  kiosk: (value) =>
    savedAs(kioskSchemas.kioskSettingsUpdate)(value) &&
    'languages' in (value as object) === 'defaultLanguage' in (value as object),
  backups: savedAs(backupSchemas.backupSettingsUpdate),
  language: savedAs(languageSchemas.languageSettingsUpdate),
  adminPin: isValidPinRecord,
  network: savedAs(networkSetting),
  stations: (value) => stationRecords.safeParse(value).success,
  stationsLastId: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
};

/** The refusal naming the first row JoinDesk would never have written, or null when there is none. */
export function invalidDataText(db: Database.Database): Text | null {
  for (const rule of RULES) {
    for (const row of db.prepare(rule.sql).iterate() as Iterable<Record<string, unknown>>) {
      if (!rule.ok(row)) return { id: rule.what };
    }
  }
  for (const { key, value } of db.prepare('SELECT key, value FROM settings').iterate() as Iterable<{
    key: string;
    value: string;
  }>) {
    const check = Object.prototype.hasOwnProperty.call(SETTINGS, key) ? SETTINGS[key] : undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = undefined;
    }
    if (!check || !check(parsed)) return { id: 'restore.invalid.setting', values: { key: key.slice(0, 40) } };
  }
  return null;
}

/** That refusal in English, or null. */
export function invalidData(db: Database.Database): string | null {
  const text = invalidDataText(db);
  return text && englishText(text);
}
