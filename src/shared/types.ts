/** Domain shapes that cross the boundary. Timestamps are ISO 8601 strings in UTC. */

/** Whether a code accepts sign-ups now, and if not, why. */
export const CODE_STATES = ['active', 'paused', 'scheduled', 'expired', 'full'] as const;
export type CodeState = (typeof CODE_STATES)[number];

/** The role a group gives the people who join it. */
export const ROLES = ['learner', 'instructor', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export interface Group {
  id: number;
  name: string;
  description: string;
  /** Role a learner gets on joining. */
  role: Role;
  /** As shown to people: `XXXX-XXXX` for generated codes, as typed for custom ones. */
  joinCode: string;
  joinCodeGenerated: boolean;
  codeState: CodeState;
  codeEnabled: boolean;
  validFrom: string | null;
  validUntil: string | null;
  maxUses: number | null;
  /** Sign-ups with the current code. */
  usedCount: number;
  memberCount: number;
  createdAt: string;
  codeChangedAt: string;
}

export type LearnerSource = 'kiosk' | 'bulk' | 'admin';

export interface Learner {
  id: number;
  name: string;
  email: string;
  groupId: number;
  groupName: string;
  role: string;
  source: LearnerSource;
  registeredAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** Set when a search matched more than it counts: `total` is then the cap, not the count. */
  capped?: boolean;
}

export interface Registration {
  learnerId: number;
  groupName: string;
  courses: { id: number; title: string }[];
  maskedEmail: string;
}

export interface JoinCodeSaved {
  group: Group;
  /** Advice about the code that was saved (e.g. shorter than recommended). */
  warning?: string;
}

/** One code a group has had: the live one (retiredAt null) or a retired one. */
export interface CodeHistoryEntry {
  joinCode: string;
  generated: boolean;
  setAt: string;
  retiredAt: string | null;
  /** Sign-ups made with this code. */
  joinCount: number;
}

/** How custom codes may be set. */
export interface CodePolicy {
  /** Only generated codes: the pencil is turned off. */
  generatedOnly: boolean;
  /** Minimum length of a custom code, 6–32. */
  minLength: number;
}

/** What the host did with a join card: the desktop app saves a PDF; a browser prints the page itself. */
export type JoinCardResult = { handledBy: 'browser' } | { handledBy: 'desktop'; savedTo: string | null };

/** What the kiosk screen shows besides the form, set by the admin. */
export interface KioskSettings {
  orgName: string;
  welcome: string;
  /** Seconds without input before the kiosk warns, then clears the form. */
  idleSeconds: number;
}

export interface KioskStatus extends KioskSettings {
  throttled: { retryAfterSeconds: number } | null;
  locked: boolean;
  /** Whether an admin PIN exists (the kiosk cannot start without one in the desktop app). */
  pinSet: boolean;
  /** The desktop kiosk window can be left with the PIN; a browser tab has nothing to leave. */
  canExit: boolean;
}

export const PROGRESS_STATUSES = ['not-started', 'started', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface Course {
  id: number;
  title: string;
  description: string;
  archived: boolean;
  createdAt: string;
  /** Groups whose members get this course. */
  groupIds: number[];
}

export interface LearnerCourse {
  id: number;
  title: string;
  status: ProgressStatus;
  completedAt: string | null;
}

export interface LearnerMove {
  fromGroupId: number;
  fromGroupName: string | null;
  toGroupId: number;
  toGroupName: string | null;
  reason: string;
  at: string;
}

export interface LearnerDetail extends Learner {
  courses: LearnerCourse[];
  moves: LearnerMove[];
}

export const LEARNER_SORTS = ['registeredAt', 'name', 'email', 'group'] as const;
export type LearnerSort = (typeof LEARNER_SORTS)[number];

export interface ImportRowError {
  line: number;
  message: string;
  field?: 'name' | 'email' | 'group';
}

export interface ImportRow {
  line: number;
  name: string;
  email: string;
  groupName: string;
  /** new: will be added; existing: the email is registered already (in `currentGroupName`). */
  status: 'new' | 'existing';
  currentGroupName?: string;
}

export interface ImportPreview {
  /** Data rows in the file. */
  total: number;
  valid: number;
  existing: number;
  errorCount: number;
  /** The first errors (all of them, up to a thousand). */
  errors: ImportRowError[];
  /** The first rows that will be imported, to show the admin. */
  sample: ImportRow[];
}

export interface ImportSummary {
  added: number;
  moved: number;
  skipped: number;
  invalid: number;
}

/** Everything JoinDesk holds about one learner, for a subject-access request. */
export interface LearnerExport {
  exportedAt: string;
  learner: LearnerDetail;
  /** Audit entries about this learner: ids and actions only. */
  audit: { at: string; actor: string; action: string; groupId: number | null }[];
}

export interface ProgressGrid {
  groupId: number;
  courses: { id: number; title: string; completed: number; percent: number }[];
  learners: {
    id: number;
    name: string;
    email: string;
    completed: number;
    percent: number;
    /** By course id; a course with no entry is not started. */
    statuses: Record<number, { status: ProgressStatus; completedAt: string | null }>;
  }[];
  /** Completed learner × course pairs out of all of them. */
  percent: number;
}

export interface Dashboard {
  registrationsByDay: { day: string; count: number }[];
  registrationsByGroup: { groupId: number; groupName: string; last30Days: number; total: number }[];
  completionByGroup: { groupId: number; groupName: string; percent: number; members: number; courses: number }[];
  completionByCourse: { courseId: number; title: string; percent: number; learners: number }[];
  codesNeedingAttention: { groupId: number; groupName: string; reason: 'expiring' | 'filling'; detail: string }[];
}

export const EXPORT_KINDS = ['groups', 'learners', 'progress', 'moodle-users'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  actor: 'admin' | 'kiosk';
  action: string;
  groupId: number | null;
  learnerId: number | null;
  fromGroupId: number | null;
  courseId: number | null;
}

export type BackupKind = 'manual' | 'automatic' | 'before-restore' | 'uploaded';

/** A file in the backups folder. Only its name ever crosses the boundary, never a path. */
export interface BackupEntry {
  name: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export interface BackupResult {
  name: string;
  bytes: number;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The backup that holds the data as it was just before the restore. */
  previousKeptAs: string;
  /** Learners in the backup who had been erased since, and were erased again. */
  erasedAgain: number;
}

export interface BackupSettings {
  /** Make a backup once a day, while JoinDesk runs. */
  autoDaily: boolean;
  /** How many automatic backups to keep; older ones are deleted. */
  keep: number;
}
