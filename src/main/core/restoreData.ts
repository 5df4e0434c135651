import type Database from 'better-sqlite3';
import { emailKey, isValidEmail } from '../../shared/email';
import { normalizeJoinCode } from '../../shared/joinCode';
import { cleanName, codePointLength, NAME_MAX_CODE_POINTS, nameKey } from '../../shared/names';
import { backupSchemas } from '../../shared/domains/backup';
import { joinCodeSchemas } from '../../shared/domains/joinCodes';
import { kioskSchemas } from '../../shared/domains/kiosk';
import { networkSetting, stationRecords } from '../../shared/domains/network';
import { ROLES } from '../../shared/types';
import { isValidPinRecord } from './adminPin';

/**
 * The rules every row JoinDesk writes obeys, checked on a backup before it may be restored: a file
 * with JoinDesk's exact schema can still carry rows JoinDesk would never write (a code both live and
 * retired, an email whose key is not its own, a 30 MB group name, bidi overrides in a setting).
 */
type Rule = { sql: string; what: string; ok: (row: Record<string, unknown>) => boolean };

const text = (v: unknown, max: number) => typeof v === 'string' && codePointLength(v) <= max;
const clean = (v: unknown, max: number) => typeof v === 'string' && cleanName(v) === v && v.length > 0 && text(v, max);
const normalizedKey = (v: unknown) => {
  if (typeof v !== 'string') return false;
  const n = normalizeJoinCode(v);
  return n.ok && n.key === v;
};
const isRole = (v: unknown) => (ROLES as readonly unknown[]).includes(v);

const RULES: Rule[] = [
  {
    sql: 'SELECT name, name_key, description, role FROM groups',
    what: 'a group JoinDesk would not have saved',
    ok: (r) => clean(r.name, 120) && r.name_key === nameKey(r.name as string) && text(r.description, 2000) && isRole(r.role),
  },
  {
    sql: 'SELECT key, display FROM join_codes',
    what: 'a join code JoinDesk would not have saved',
    ok: (r) => normalizedKey(r.key) && text(r.display, 200),
  },
  {
    sql: 'SELECT key, display FROM retired_codes',
    what: 'a former join code JoinDesk would not have saved',
    ok: (r) => normalizedKey(r.key) && text(r.display, 200),
  },
  {
    sql: 'SELECT 1 AS clash FROM join_codes c JOIN retired_codes r ON r.key = c.key LIMIT 1',
    what: 'a join code that is both live and retired',
    ok: () => false,
  },
  {
    sql: 'SELECT name, email, email_key, role FROM learners',
    what: 'a learner JoinDesk would not have saved',
    ok: (r) =>
      clean(r.name, NAME_MAX_CODE_POINTS) &&
      typeof r.email === 'string' &&
      isValidEmail(r.email) &&
      r.email_key === emailKey(r.email) &&
      isRole(r.role),
  },
  {
    sql: 'SELECT title, description FROM courses',
    what: 'a course JoinDesk would not have saved',
    ok: (r) => clean(r.title, 200) && text(r.description, 2000),
  },
];

/** A stored setting must be exactly what its form would save: valid, and already in its cleaned form. */
const savedAs = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }) => (value: unknown) => {
  const parsed = schema.safeParse(value);
  if (!parsed.success || typeof value !== 'object' || value === null) return false;
  const stored = Object.entries(value);
  const cleaned = parsed.data as Record<string, unknown>;
  return stored.length === Object.keys(cleaned).length && stored.every(([k, v]) => cleaned[k] === v);
};

const SETTINGS: Record<string, (value: unknown) => boolean> = {
  codePolicy: savedAs(joinCodeSchemas.codePolicyUpdate),
  kiosk: savedAs(kioskSchemas.kioskSettingsUpdate),
  backups: savedAs(backupSchemas.backupSettingsUpdate),
  adminPin: isValidPinRecord,
  network: savedAs(networkSetting),
  stations: (value) => stationRecords.safeParse(value).success,
  stationsLastId: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
};

/** Describes the first row JoinDesk would never have written, or null when there is none. */
export function invalidData(db: Database.Database): string | null {
  for (const rule of RULES) {
    for (const row of db.prepare(rule.sql).iterate() as Iterable<Record<string, unknown>>) {
      if (!rule.ok(row)) return rule.what;
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
    if (!check || !check(parsed)) return `a setting "${key.slice(0, 40)}" JoinDesk never writes`;
  }
  return null;
}
