/**
 * Domain shapes that cross the boundary, gathered from their domain modules (src/shared/domains/*).
 * Timestamps are ISO 8601 strings in UTC.
 */
export type { AuditEntry } from './domains/audit';
export type { BackupEntry, BackupKind, BackupResult, BackupSettings, RestoreResult } from './domains/backup';
export type { Course } from './domains/courses';
export type { Page } from './domains/fields';
export { CODE_STATES, ROLES } from './domains/groups';
export type { CodeState, Group, Role } from './domains/groups';
export type { CodeHistoryEntry, CodePolicy, JoinCardResult, JoinCodeSaved } from './domains/joinCodes';
export type { KioskOverview, KioskSettings, KioskStatus, Registration } from './domains/kiosk';
export type { LanguageSettings } from './domains/language';
export type {
  ExistingChoice,
  ImportGroupLimit,
  ImportOutcome,
  ImportPreview,
  ImportReason,
  ImportRejectedRow,
  ImportRow,
  ImportRowError,
  ImportSummary,
  OverLimitChoice,
} from './domains/csvImport';
export { LEARNER_SORTS } from './domains/learners';
export type {
  Learner,
  LearnerCourse,
  LearnerDetail,
  LearnerExport,
  LearnerMove,
  LearnerPage,
  LearnerSort,
  LearnerSource,
} from './domains/learners';
export { PROGRESS_STATUSES } from './domains/progress';
export type { ProgressEntry, ProgressGrid, ProgressStatus } from './domains/progress';
export { EXPORT_KINDS } from './domains/reports';
export type { Dashboard, ExportKind } from './domains/reports';
export { ROOM_DEFAULT_PORT } from './domains/network';
export type { GroupLive, NetworkAddress, NetworkStatus, Station } from './domains/network';
