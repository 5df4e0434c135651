import { z } from 'zod';
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
  /**
   * `detail`: expiring → the closing instant; filling and full → "used of max"; failures → how many
   * in the last 24 hours, with `attemptKind` the most frequent kind; paused → empty.
   */
  codesNeedingAttention: {
    groupId: number;
    groupName: string;
    reason: AttentionReason;
    detail: string;
    attemptKind?: AttemptKind;
  }[];
}

export const EXPORT_KINDS = ['groups', 'learners', 'progress', 'moodle-users', 'audit'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const reportSchemas = {
  reportsDashboard: nothing,
  // groupId scopes every kind; the audit log's other filters apply to the audit export only.
  exportCsv: z.strictObject({
    kind: z.enum(EXPORT_KINDS, 'Unknown export.'),
    groupId: auditFilters.groupId,
    action: auditFilters.action,
    from: auditFilters.from,
    to: auditFilters.to,
  }),
};

export const reportChannels = {
  'reports-dashboard': channel<Dashboard>()('admin', reportSchemas.reportsDashboard),
  'export-csv': channel<{ filename: string; content: string }>()('admin', reportSchemas.exportCsv),
};
