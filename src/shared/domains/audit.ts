import { z } from 'zod';
import { exportWords } from '../exportWords/en';
import type { ErrorCode } from '../result';
import { schemaText } from '../text';
import { channel } from './define';
import type { Page } from './fields';
import { id, instant, limit, offset } from './fields';

/** Why a sign-up at the kiosk failed, as the records keep it: never what was typed. */
export const ATTEMPT_KINDS = [
  'code-unknown',
  'code-retired',
  'code-disabled',
  'code-not-yet-valid',
  'code-expired',
  'group-full',
  'email-registered',
  'throttled',
  'kiosk-locked',
] as const satisfies readonly ErrorCode[];
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

/** The log's action for failed sign-ups at a kiosk; `attempt` says which kind and where. */
export const FAILED_SIGNUP = 'sign-up-failed';

/** Every action the log records: each worded in the export catalogues (English: shared/exportWords/en.ts). */
export const AUDIT_ACTIONS: string[] = Object.keys(exportWords)
  .filter((id) => id.startsWith('action.') && id !== 'action.withFields')
  .map((id) => id.slice('action.'.length));

const englishAction = (action: string): string | undefined => (exportWords as Record<string, string>)[`action.${action}`];

/** An action in English, for scripts and as the last resort: one no catalogue knows reads as its own words ("group-created" → "Group created"). */
export const auditActionLabel = (action: string): string => {
  // `learner-updated:email,name`: the action, then the fields it changed (names, never values).
  const [base = action, fields] = action.split(':');
  if (fields) return `${auditActionLabel(base)} (${fields.split(',').join(', ')})`;
  const known = englishAction(action);
  if (known) return known;
  const words = action.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * One line of the log. Rows hold ids only; names are joined when the log is read, so a learner's
 * name shows as it is now, and an erased learner as "erased learner" (see `gone`).
 */
export interface AuditEntry {
  /** Unique in the log: `a<id>` for an audit row, `k…` for a minute of failed sign-ups. */
  id: string;
  at: string;
  actor: 'admin' | 'kiosk';
  action: string;
  groupId: number | null;
  /** The group's name now; "removed group" when it is gone. Null when the entry names no group. */
  groupName: string | null;
  fromGroupId: number | null;
  fromGroupName: string | null;
  learnerId: number | null;
  /** The learner's name now, "removed learner" or "erased learner". */
  learnerName: string | null;
  courseId: number | null;
  courseTitle: string | null;
  /**
   * Failed sign-ups (action `sign-up-failed`): how many in that minute, of which kind, at which kiosk.
   * `stationName` is English for scripts; when `paired`, it is the name the admin gave that station,
   * else screens word the station by its code (`desktop`, `phones`…, or `station-<id>` since removed).
   */
  attempt: { kind: AttemptKind; count: number; station: string; stationName: string; paired: boolean } | null;
  /**
   * Which records the entry names are gone, and how: their name fields then hold English words for
   * scripts ("removed group"), which screens and exports word from this, never from the name (a group
   * may well be called "removed group").
   */
  gone: Partial<Record<NamedRecord, Gone>>;
}

export type NamedRecord = 'group' | 'fromGroup' | 'learner' | 'course';
export type Gone = 'removed' | 'erased';

const GONE_WORDS = {
  learner: { erased: 'erasedLearner', removed: 'removedLearner' },
  group: { removed: 'removedGroup' },
  fromGroup: { removed: 'removedGroup' },
  course: { removed: 'removedCourse' },
} as const satisfies Record<NamedRecord, Partial<Record<Gone, string>>>;
export type GoneWord = { [R in NamedRecord]: (typeof GONE_WORDS)[R][keyof (typeof GONE_WORDS)[R]] }[NamedRecord];

/** What became of a record an entry names, as the word every catalogue keys it by; null while it is there. */
export function goneWord(entry: AuditEntry, record: NamedRecord): GoneWord | null {
  const how = entry.gone[record];
  return how ? ((GONE_WORDS[record] as Partial<Record<Gone, GoneWord>>)[how] ?? null) : null;
}

/** The log's filters, shared by the list and its CSV export. */
export const auditFilters = {
  action: z.string(schemaText('field.text')).max(64, schemaText('field.auditAction')).optional(),
  groupId: id.optional(),
  from: instant.optional(),
  to: instant.optional(),
};

export const auditSchemas = {
  auditList: z.strictObject({ ...auditFilters, limit, offset }),
};

export const auditChannels = {
  'audit-list': channel<Page<AuditEntry>>()('admin', auditSchemas.auditList),
};
