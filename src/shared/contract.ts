import type { z } from 'zod';
import type { Result } from './result';
import { schemas } from './schemas';
import type {
  AuditEntry,
  BackupEntry,
  BackupResult,
  BackupSettings,
  Dashboard,
  ProgressGrid,
  RestoreResult,
  CodeHistoryEntry,
  CodePolicy,
  Course,
  ImportPreview,
  ImportSummary,
  LearnerDetail,
  LearnerExport,
  Group,
  JoinCardResult,
  JoinCodeSaved,
  KioskSettings,
  KioskStatus,
  Learner,
  Page,
  Registration,
} from './types';

/** Who may call a channel: the admin app (every channel) or the kiosk (kiosk channels only). */
export type Audience = 'admin' | 'kiosk';

interface ChannelDef<A extends Audience, S extends z.ZodType, O> {
  audience: A;
  input: S;
  /** Type-only marker for the output; never read at run time. */
  output?: O;
}

const channel =
  <O>() =>
  <A extends Audience, S extends z.ZodType>(audience: A, input: S): ChannelDef<A, S, O> => ({ audience, input });

/** Every channel, once. Main's handlers, both preloads and the renderer's api are derived from it. */
export const contract = {
  'groups-create': channel<Group>()('admin', schemas.groupsCreate),
  'groups-list': channel<Page<Group>>()('admin', schemas.groupsList),
  'groups-get': channel<Group>()('admin', schemas.groupsGet),
  'groups-update': channel<Group>()('admin', schemas.groupsUpdate),
  'join-code-update': channel<JoinCodeSaved>()('admin', schemas.joinCodeUpdate),
  'join-code-regenerate': channel<Group>()('admin', schemas.joinCodeRegenerate),
  'join-code-settings': channel<Group>()('admin', schemas.joinCodeSettings),
  'join-code-history': channel<CodeHistoryEntry[]>()('admin', schemas.joinCodeHistory),
  'join-card-pdf': channel<JoinCardResult>()('admin', schemas.joinCard),
  'code-policy-get': channel<CodePolicy>()('admin', schemas.codePolicyGet),
  'code-policy-update': channel<CodePolicy>()('admin', schemas.codePolicyUpdate),
  'groups-clone': channel<Group>()('admin', schemas.groupsClone),
  'learners-list': channel<Page<Learner>>()('admin', schemas.learnersList),
  'learners-get': channel<LearnerDetail>()('admin', schemas.learnersGet),
  'learners-add': channel<Learner>()('admin', schemas.learnersAdd),
  'learners-reassign': channel<Learner>()('admin', schemas.learnersReassign),
  'learners-remove': channel<{ removed: true }>()('admin', schemas.learnerById),
  'learners-erase': channel<{ erased: true }>()('admin', schemas.learnerById),
  'learners-export': channel<LearnerExport>()('admin', schemas.learnerById),
  'learners-import-preview': channel<ImportPreview>()('admin', schemas.learnersImportPreview),
  'learners-import-commit': channel<ImportSummary>()('admin', schemas.learnersImportCommit),
  'learners-import-progress': channel<{ done: number; total: number } | null>()('admin', schemas.importProgress),
  'courses-create': channel<Course>()('admin', schemas.coursesCreate),
  'courses-list': channel<Course[]>()('admin', schemas.coursesList),
  'courses-update': channel<Course>()('admin', schemas.coursesUpdate),
  'group-courses-set': channel<Course[]>()('admin', schemas.groupCoursesSet),
  'course-groups-set': channel<Course>()('admin', schemas.courseGroupsSet),
  'kiosk-open': channel<{ url: string | null }>()('admin', schemas.kioskOpen),
  /** Serve mode only: a fresh one-time sign-in link for a browser (the kiosk's is on the kiosk origin). */
  'session-link': channel<{ url: string }>()('admin', schemas.sessionLink),
  'kiosk-register': channel<Registration>()('kiosk', schemas.kioskRegister),
  'kiosk-status': channel<KioskStatus>()('kiosk', schemas.kioskStatus),
  'kiosk-exit': channel<{ exited: boolean }>()('kiosk', schemas.kioskExit),
  'kiosk-unlock': channel<KioskStatus>()('admin', schemas.kioskUnlock),
  'kiosk-settings-get': channel<KioskSettings>()('admin', schemas.kioskSettingsGet),
  'kiosk-settings-update': channel<KioskSettings>()('admin', schemas.kioskSettingsUpdate),
  'admin-pin-set': channel<{ pinSet: true }>()('admin', schemas.adminPinSet),
  'progress-set': channel<ProgressGrid['learners'][number]['statuses'][number]>()('admin', schemas.progressSet),
  'progress-set-many': channel<{ updated: number }>()('admin', schemas.progressSetMany),
  'progress-group': channel<ProgressGrid>()('admin', schemas.progressGroup),
  'reports-dashboard': channel<Dashboard>()('admin', schemas.reportsDashboard),
  'export-csv': channel<{ filename: string; content: string }>()('admin', schemas.exportCsv),
  'audit-list': channel<Page<AuditEntry>>()('admin', schemas.auditList),
  'backup-list': channel<BackupEntry[]>()('admin', schemas.backupList),
  'backup-create': channel<BackupResult>()('admin', schemas.backupCreate),
  'backup-restore': channel<RestoreResult>()('admin', schemas.backupRestore),
  /** Desktop only: main's own save dialog; answers the chosen file's name, or null if cancelled. */
  'backup-save-copy': channel<{ savedAs: string | null }>()('admin', schemas.backupSaveCopy),
  /** Desktop only: main's own open dialog; the file joins the list as kind `uploaded`. */
  'backup-import-file': channel<{ name: string | null }>()('admin', schemas.backupImportFile),
  'backup-settings-get': channel<BackupSettings>()('admin', schemas.backupSettingsGet),
  'backup-settings-update': channel<BackupSettings>()('admin', schemas.backupSettingsUpdate),
  'backup-auto-run': channel<{ made: string | null; removed: number }>()('admin', schemas.backupAutoRun),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type KioskChannel = { [C in Channel]: Contract[C]['audience'] extends 'kiosk' ? C : never }[Channel];

export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Exclude<Contract[C]['output'], undefined>;

export type Api = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };
export type KioskApi = Pick<Api, KioskChannel>;

export const CHANNELS = Object.keys(contract) as Channel[];

export const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);

/** The admin may call everything; the kiosk only what is marked for it. */
export const audienceMayCall = (audience: Audience, c: Channel): boolean =>
  audience === 'admin' || contract[c].audience === 'kiosk';

export const channelsFor = (audience: Audience): Channel[] => CHANNELS.filter((c) => audienceMayCall(audience, c));
