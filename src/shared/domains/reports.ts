import { z } from 'zod';
import { schemaText } from '../text';
import { LANGUAGE_TAGS } from '../languages';
import type { AttemptKind } from './audit';
import { auditFilters } from './audit';
import { channel } from './define';
import { nothing } from './fields';

/** Why a code is worth a look: full, paused, closing soon, nearly full, or drawing failed sign-ups. */
export type AttentionReason = 'full' | 'paused' | 'failures' | 'expiring' | 'filling';

export interface Dashboard {
  registrationsByDay: { day: string; count: number }[];
  registrationsByGroup: { groupId: number; groupName: string; last30Days: number; total: number }[];
  completionByGroup: { groupId: number; groupName: string; percent: number; members: number; courses: number }[];
  completionByCourse: { courseId: number; title: string; percent: number; learners: number }[];
  codesNeedingAttention: CodeNeedingAttention[];
}

/** A code worth a look, with what a screen needs to say why in any language. */
export type CodeNeedingAttention = { groupId: number; groupName: string } & (
  | { reason: 'paused' }
  /** Places used of the code's maximum. */
  | { reason: 'full' | 'filling'; used: number; max: number }
  /** The closing instant. */
  | { reason: 'expiring'; closes: string }
  /** Failed sign-ups in the last 24 hours, and the most frequent kind. */
  | { reason: 'failures'; failures: number; attemptKind: AttemptKind }
);

export const EXPORT_KINDS = ['groups', 'learners', 'progress', 'moodle-users', 'audit'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const reportSchemas = {
  reportsDashboard: nothing,
  // groupId scopes every kind; the audit log's other filters apply to the audit export only.
  exportCsv: z.strictObject({
    kind: z.enum(EXPORT_KINDS, schemaText('field.exportKind')),
    groupId: auditFilters.groupId,
    action: auditFilters.action,
    from: auditFilters.from,
    to: auditFilters.to,
    // The language of the header row and of the words in cells (statuses, roles, actions); dates stay as they are.
    language: z.enum(LANGUAGE_TAGS, schemaText('field.languageUnknown')).default('en'),
  }),
};

export const reportChannels = {
  'reports-dashboard': channel<Dashboard>()('admin', reportSchemas.reportsDashboard),
  'export-csv': channel<{ filename: string; content: string }>()('admin', reportSchemas.exportCsv),
};
