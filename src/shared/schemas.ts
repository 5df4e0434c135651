import { z } from 'zod';
import { isValidEmail } from './email';
import { CUSTOM_MAX_LENGTH, CUSTOM_MIN_LENGTH, normalizeJoinCode } from './joinCode';
import { CODE_STATES, EXPORT_KINDS, LEARNER_SORTS, PROGRESS_STATUSES, ROLES } from './types';
import { cleanName, codePointLength, NAME_MAX_CODE_POINTS } from './names';

/** Field schemas shared by the contract and the forms, so both give the same messages. */

const id = z.int('Expected a whole-number id.').positive('Expected a positive id.');

// Raw limits stop oversized input before any work is done on it.
const personName = z
  .string('Enter your full name.')
  .max(1000, 'That name is too long.')
  .transform(cleanName)
  .pipe(
    z
      .string()
      .min(1, 'Enter your full name.')
      .refine((s) => codePointLength(s) <= NAME_MAX_CODE_POINTS, `Names can have at most ${NAME_MAX_CODE_POINTS} characters.`),
  );

const groupName = z
  .string('Enter a group name.')
  .max(1000, 'That group name is too long.')
  .transform(cleanName)
  .pipe(
    z
      .string()
      .min(1, 'Enter a group name.')
      .refine((s) => codePointLength(s) <= 120, 'Group names can have at most 120 characters.'),
  );

const description = z
  .string('Expected text.')
  .max(2000, 'Descriptions can have at most 2,000 characters.')
  .transform((s) => s.trim());

const email = z
  .string('Enter your email address.')
  .max(1000, 'That email address is too long.')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'Enter your email address.')
  .refine(isValidEmail, 'Enter a valid email address, like name@example.com.');

const joinCode = z
  .string('Enter a join code.')
  .max(200, 'That join code is too long.')
  .superRefine((s, ctx) => {
    const n = normalizeJoinCode(s);
    if (!n.ok) ctx.addIssue({ code: 'custom', message: n.message });
  });

// Timestamps cross the API as ISO 8601 with an offset; stored as UTC so text order is time order.
const instant = z
  .string('Expected a date and time.')
  .max(40)
  .pipe(z.iso.datetime({ offset: true, message: 'Expected an ISO 8601 date and time.' }))
  .transform((s) => new Date(s).toISOString());

const search = z.string('Expected text.').max(200, 'Search text can have at most 200 characters.').optional();
const limit = z.int('Expected a whole number.').min(1).max(500).optional();
const offset = z.int('Expected a whole number.').min(0).optional();

const pin = z
  .string('Enter the PIN.')
  .max(64, 'That PIN is too long.')
  .regex(/^[0-9]{6,12}$/, 'The admin PIN is 6 to 12 digits.');

// 30 MB is several times what 100,000 rows need, and fits the serve-mode body limit (32 MiB).
const csvText = z.string('Expected the CSV file as text.').max(30_000_000, 'That file is too large (30 MB at most).');

const courseTitle = z
  .string('Enter a course title.')
  .max(1000, 'That title is too long.')
  .transform(cleanName)
  .pipe(z.string().min(1, 'Enter a course title.').max(200, 'Course titles can have at most 200 characters.'));

const idList = z.array(id, 'Expected a list of ids.').max(10_000, 'At most 10,000 at once.');

// A name from `backup-list`: main resolves it inside its own backups folder, so no path crosses.
const backupName = z
  .string('Choose a backup from the list.')
  .min(1, 'Choose a backup from the list.')
  .max(100, 'That is not a backup name.')
  .regex(/^[A-Za-z0-9._-]+$/, 'That is not a backup name.');

const role = z.enum(ROLES, `Choose one of: ${ROLES.join(', ')}.`);

export const schemas = {
  groupsCreate: z.strictObject({ name: groupName, description: description.optional(), role: role.optional() }),
  groupsList: z.strictObject({ search, codeState: z.enum(CODE_STATES, 'Unknown code state.').optional(), limit, offset }),
  groupsGet: z.strictObject({ id }),
  groupsUpdate: z.strictObject({ id, name: groupName.optional(), description: description.optional(), role: role.optional() }),
  groupsClone: z.strictObject({ id, name: groupName }),
  joinCodeHistory: z.strictObject({ groupId: id }),
  joinCard: z.strictObject({ groupId: id }),
  codePolicyGet: z.strictObject({}),
  codePolicyUpdate: z.strictObject({
    generatedOnly: z.boolean('Expected true or false.').optional(),
    minLength: z
      .int('Expected a whole number.')
      .min(CUSTOM_MIN_LENGTH, `At least ${CUSTOM_MIN_LENGTH}.`)
      .max(CUSTOM_MAX_LENGTH, `At most ${CUSTOM_MAX_LENGTH}.`)
      .optional(),
  }),
  joinCodeUpdate: z.strictObject({ groupId: id, code: z.string('Enter a join code.').max(200, 'That join code is too long.') }),
  joinCodeRegenerate: z.strictObject({ groupId: id }),
  joinCodeSettings: z.strictObject({
    groupId: id,
    enabled: z.boolean('Expected true or false.').optional(),
    validFrom: instant.nullable().optional(),
    validUntil: instant.nullable().optional(),
    maxUses: z.int('Expected a whole number.').min(1, 'Max uses must be at least 1.').max(1_000_000).nullable().optional(),
  }),
  learnersList: z.strictObject({
    groupId: id.optional(),
    search,
    sort: z.enum(LEARNER_SORTS, 'Unknown sort.').optional(),
    direction: z.enum(['asc', 'desc'], 'Use asc or desc.').optional(),
    limit,
    offset,
  }),
  learnersGet: z.strictObject({ id }),
  learnersAdd: z.strictObject({ name: personName, email, groupId: id }),
  learnersReassign: z.strictObject({
    learnerId: id,
    groupId: id,
    reason: z
      .string('Expected text.')
      .max(500, 'At most 500 characters.')
      .transform((s) => s.trim())
      .optional(),
  }),
  learnerById: z.strictObject({ learnerId: id }),
  learnersImportPreview: z.strictObject({ csv: csvText }),
  learnersImportCommit: z.strictObject({ csv: csvText, existing: z.enum(['skip', 'move'], 'Choose skip or move.') }),
  importProgress: z.strictObject({}),
  coursesCreate: z.strictObject({ title: courseTitle, description: description.optional() }),
  coursesList: z.strictObject({ includeArchived: z.boolean('Expected true or false.').optional() }),
  coursesUpdate: z.strictObject({
    id,
    title: courseTitle.optional(),
    description: description.optional(),
    archived: z.boolean().optional(),
  }),
  groupCoursesSet: z.strictObject({ groupId: id, courseIds: idList }),
  courseGroupsSet: z.strictObject({ courseId: id, groupIds: idList }),
  kioskRegister: z.strictObject({ name: personName, email, code: joinCode }),
  kioskOpen: z.strictObject({}),
  sessionLink: z.strictObject({ audience: z.enum(['admin', 'kiosk'], 'Choose admin or kiosk.') }),
  kioskStatus: z.strictObject({}),
  kioskExit: z.strictObject({ pin: z.string('Enter the PIN.').max(64, 'That PIN is too long.') }),
  kioskUnlock: z.strictObject({ pin: z.string('Enter the PIN.').max(64, 'That PIN is too long.') }),
  kioskSettingsGet: z.strictObject({}),
  kioskSettingsUpdate: z.strictObject({
    orgName: z.string('Expected text.').max(100, 'At most 100 characters.').transform(cleanName).optional(),
    welcome: z
      .string('Expected text.')
      .max(500, 'At most 500 characters.')
      .transform((s) => s.trim())
      .optional(),
    idleSeconds: z
      .int('Expected a whole number of seconds.')
      .min(10, 'At least 10 seconds.')
      .max(3600, 'At most an hour.')
      .optional(),
  }),
  adminPinSet: z.strictObject({ pin, currentPin: z.string().max(64).optional() }),
  progressSet: z.strictObject({
    learnerId: id,
    courseId: id,
    status: z.enum(PROGRESS_STATUSES, 'Use not-started, started or completed.'),
    completedAt: instant.optional(),
  }),
  progressSetMany: z.strictObject({
    learnerIds: idList.min(1, 'Choose at least one learner.'),
    courseId: id,
    status: z.enum(PROGRESS_STATUSES, 'Use not-started, started or completed.'),
    completedAt: instant.optional(),
  }),
  progressGroup: z.strictObject({ groupId: id }),
  reportsDashboard: z.strictObject({}),
  exportCsv: z.strictObject({ kind: z.enum(EXPORT_KINDS, 'Unknown export.'), groupId: id.optional() }),
  auditList: z.strictObject({
    action: z.string().max(64).optional(),
    groupId: id.optional(),
    from: instant.optional(),
    to: instant.optional(),
    limit,
    offset,
  }),
  backupList: z.strictObject({}),
  backupCreate: z.strictObject({}),
  backupRestore: z.strictObject({ name: backupName }),
  backupSaveCopy: z.strictObject({ name: backupName }),
  backupImportFile: z.strictObject({}),
  backupSettingsGet: z.strictObject({}),
  backupSettingsUpdate: z.strictObject({
    autoDaily: z.boolean('Expected true or false.').optional(),
    keep: z.int('Expected a whole number.').min(1, 'Keep at least 1.').max(365, 'At most 365.').optional(),
  }),
  backupAutoRun: z.strictObject({}),
};
