import { z } from 'zod';
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

export const ATTEMPT_LABELS: Record<AttemptKind, string> = {
  'code-unknown': 'Unknown code',
  'code-retired': 'Old code (changed since)',
  'code-disabled': 'Sign-up paused',
  'code-not-yet-valid': 'Code not open yet',
  'code-expired': 'Code closed',
  'group-full': 'Group full',
  'email-registered': 'Email already registered',
  throttled: 'Too many attempts (waiting)',
  'kiosk-locked': 'Kiosk locked',
};

/** The log's action for failed sign-ups at a kiosk; `attempt` says which kind and where. */
export const FAILED_SIGNUP = 'sign-up-failed';

/** What each action means to a person. An action missing here reads as its own words ("group-created" → "Group created"). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'group-created': 'Group created',
  'group-updated': 'Group changed',
  'group-cloned': 'Group copied',
  'join-code-generated': 'Join code created',
  'join-code-changed': 'Join code changed',
  'join-code-regenerated': 'Join code regenerated',
  'join-code-restored': 'Previous join code brought back',
  'join-code-settings-changed': 'Join code settings changed',
  'code-policy-changed': 'Code rules changed',
  'learner-registered': 'Signed up at the kiosk',
  'learner-added': 'Learner added',
  'learner-updated': 'Learner changed',
  'learners-merged': 'Learners merged',
  'learner-reassigned': 'Learner moved',
  'learner-removed': 'Learner removed',
  'learner-erased': 'Learner erased',
  'learners-imported': 'Learners uploaded',
  'course-created': 'Course created',
  'course-updated': 'Course changed',
  'courses-assigned': 'Courses assigned',
  'progress-set': 'Progress marked',
  'admin-pin-set': 'Admin PIN set',
  'kiosk-settings-changed': 'Kiosk settings changed',
  'kiosk-unlocked': 'Kiosk unlocked',
  'kiosk-exited': 'Kiosk closed',
  'backup-created': 'Backup made',
  'backup-restored': 'Backup restored',
  'backup-settings-changed': 'Backup settings changed',
  'language-settings-changed': 'Admin language changed',
  [FAILED_SIGNUP]: 'Sign-up failed',
};

export const auditActionLabel = (action: string): string => {
  // `learner-updated:email,name`: the action, then the fields it changed (names, never values).
  const [base = action, fields] = action.split(':');
  if (fields) return `${auditActionLabel(base)} (${fields.split(',').join(', ')})`;
  const known = AUDIT_ACTION_LABELS[action];
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
